package dev.slsbench.record;

/**
 * Sees each call of a configuration as the {@link ConfigurationRecorder} records it, from any
 * client thread: per-step figures and stopping conditions watch the calls this way.
 */
@FunctionalInterface
public interface CallObserver {

    /** {@code call} has ended and been recorded. */
    void observe(InvocationRecord call);
}
