package dev.slsbench.emulator.runtime;

/** Every container a variant may run (MaxConcurrency) is busy or starting: the call is throttled. */
final class CapacityExhaustedException extends Exception {

    CapacityExhaustedException(String message) {
        super(message, null, false, false);
    }
}
