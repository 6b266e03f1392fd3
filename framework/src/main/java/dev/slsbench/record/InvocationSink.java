package dev.slsbench.record;

import dev.slsbench.plan.BenchmarkConfiguration;

/**
 * Where records go as calls end, e.g. {@code RawResultsCsvWriter::append}. Called from client
 * threads concurrently; implementations must be thread-safe.
 */
@FunctionalInterface
public interface InvocationSink {

    /** Takes one call of {@code configuration}. */
    void accept(BenchmarkConfiguration configuration, InvocationRecord call);

    /**
     * Takes one warm-up call of {@code configuration}: made before the measured calls and counted
     * in no statistic. By default taken like any other call.
     */
    default void acceptWarmUp(BenchmarkConfiguration configuration, InvocationRecord call) {
        accept(configuration, call);
    }

    /** A sink that keeps nothing. */
    static InvocationSink discarding() {
        return (configuration, call) -> { };
    }
}
