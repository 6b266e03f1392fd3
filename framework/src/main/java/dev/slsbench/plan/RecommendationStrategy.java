package dev.slsbench.plan;

/**
 * How the memory size for the concurrency phase (and the final recommendation) is chosen from
 * the stability results.
 */
public enum RecommendationStrategy {
    /**
     * The Python toolkit's rule: minimise average latency × cost per 1M invocations × a
     * discount factor falling linearly from 1 (smallest size) to 0.5 (largest).
     */
    TOOLKIT,
    /** The cheapest configuration, unless a costlier one is significantly cheaper (never). */
    COST,
    /** The fastest configuration, but only when it is significantly faster than the cheaper ones. */
    SPEED,
    /** The best latency × cost trade-off, preferring a larger size only on a significant gain. */
    BALANCED
}
