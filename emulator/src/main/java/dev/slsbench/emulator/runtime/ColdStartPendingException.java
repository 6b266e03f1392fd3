package dev.slsbench.emulator.runtime;

/** A call's cold start outlasted the wait for it; the container goes on starting for later calls. */
final class ColdStartPendingException extends Exception {

    ColdStartPendingException() {
        super("the container is still starting", null, false, false);
    }
}
