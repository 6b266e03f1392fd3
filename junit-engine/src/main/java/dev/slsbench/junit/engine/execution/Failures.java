package dev.slsbench.junit.engine.execution;

/** Rethrows what user code or a run threw, unchanged, from methods that may throw {@code Exception}. */
final class Failures {

    private Failures() {
    }

    static Exception rethrow(Throwable failure) throws Exception {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof Exception exception) {
            throw exception;
        }
        throw new IllegalStateException(failure);
    }
}
