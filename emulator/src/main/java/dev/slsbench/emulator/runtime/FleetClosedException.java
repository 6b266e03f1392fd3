package dev.slsbench.emulator.runtime;

/** The variant's fleet was closed (endpoint updated or deleted) while a call wanted a container. */
final class FleetClosedException extends Exception {

    FleetClosedException() {
        super("the variant is being replaced or deleted", null, false, false);
    }
}
