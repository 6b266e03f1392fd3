package dev.slsbench.load;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.record.RecordedConfiguration;

/**
 * Hears about configurations as they run: the seam for progress bars and reporting entries.
 * Methods are called from client threads, concurrently, once per call for
 * {@link #progress}; implementations must be thread-safe and quick. All default to nothing.
 */
public interface LoadListener {

    /** The configuration's first call is about to be made against {@code endpointName}. */
    default void configurationStarted(BenchmarkConfiguration configuration, String endpointName, long plannedCalls) {
    }

    /** {@code done} of {@code planned} calls of the configuration have ended. */
    default void progress(BenchmarkConfiguration configuration, long done, long planned) {
    }

    /** The configuration stops before its planned calls, for {@code reason}. */
    default void configurationAbandoned(BenchmarkConfiguration configuration, String reason) {
    }

    /** The configuration has ended; every call it issued is accounted for. */
    default void configurationFinished(RecordedConfiguration recorded) {
    }
}
