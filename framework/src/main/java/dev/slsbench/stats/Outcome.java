package dev.slsbench.stats;

/**
 * How one call ended, as the toolkit classifies it, plus {@link #CLIENT_ERROR} for everything
 * the toolkit did not anticipate (timeouts, connection failures, validation errors).
 *
 * <p>The flag methods give the toolkit's raw CSV columns: {@code throttle_exception},
 * {@code insufficient_memory_error} and {@code other_model_error}, each 0 or 1. A client error
 * sets none of them (it is not a model error); like every failure its
 * {@code invocation_latency} is -1.
 */
public enum Outcome {
    /** The endpoint answered with a 2xx response. */
    OK,
    /** {@code ThrottlingException}: MaxConcurrency was reached. */
    THROTTLED,
    /** A {@code ModelError} whose message contains "insufficient memory". */
    INSUFFICIENT_MEMORY,
    /** Any other {@code ModelError}: the container failed or answered with an error. */
    MODEL_ERROR,
    /** Any other failure: service or validation error, timeout, I/O error. */
    CLIENT_ERROR;

    /** Whether the call succeeded. */
    public boolean isSuccess() {
        return this == OK;
    }

    /** Whether the call failed for a reason other than throttling (counted in error rates). */
    public boolean isError() {
        return this != OK && this != THROTTLED;
    }

    /** The toolkit's {@code throttle_exception} flag. */
    public int throttleExceptionFlag() {
        return this == THROTTLED ? 1 : 0;
    }

    /** The toolkit's {@code insufficient_memory_error} flag. */
    public int insufficientMemoryErrorFlag() {
        return this == INSUFFICIENT_MEMORY ? 1 : 0;
    }

    /** The toolkit's {@code other_model_error} flag. */
    public int otherModelErrorFlag() {
        return this == MODEL_ERROR ? 1 : 0;
    }
}
