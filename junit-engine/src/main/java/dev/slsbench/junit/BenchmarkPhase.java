package dev.slsbench.junit;

import org.apiguardian.api.API;

/**
 * Which configurations of a {@link ServerlessBenchmark} an {@link Sla @Sla} or a
 * {@link Verify @Verify} method applies to.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum BenchmarkPhase {
    /** Stability and concurrency configurations. */
    ALL,
    /** Stability configurations only: one per memory size, MaxConcurrency 1, sequential calls. */
    STABILITY,
    /** Concurrency configurations only: one per MaxConcurrency × client count. */
    CONCURRENCY;

    /** Whether a configuration of {@code phase} is selected. */
    public boolean includes(dev.slsbench.plan.Phase phase) {
        return switch (this) {
            case ALL -> phase == dev.slsbench.plan.Phase.STABILITY || phase == dev.slsbench.plan.Phase.CONCURRENCY;
            case STABILITY -> phase == dev.slsbench.plan.Phase.STABILITY;
            case CONCURRENCY -> phase == dev.slsbench.plan.Phase.CONCURRENCY;
        };
    }
}
