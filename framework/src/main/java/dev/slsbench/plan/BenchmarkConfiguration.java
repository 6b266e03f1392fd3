package dev.slsbench.plan;

/**
 * One measured unit of a benchmark: a set of calls against one endpoint shape whose results
 * are summarised together. Derived from a {@link BenchmarkPlan}, never built by hand.
 */
public sealed interface BenchmarkConfiguration
        permits StabilityConfiguration, ConcurrencyConfiguration, OpenLoopConfiguration, TrafficConfiguration {

    /**
     * A short id, stable across runs of the same plan and valid inside SageMaker resource names
     * (letters, digits, hyphens), e.g. {@code s2048}, {@code c2048-4-8} or, with ProvisionedConcurrency
     * 1, {@code s2048-p1}.
     */
    String id();

    /** The phase this configuration belongs to. */
    Phase phase();

    /** The endpoint this configuration's calls go to. */
    EndpointShape endpointShape();

    /** Where this configuration's latencies count from (its phase's measurement). */
    default LatencyMeasurement latencyMeasurement() {
        return phase().latencyMeasurement();
    }

    /** The endpoint's memory size in MB. */
    default int memoryMb() {
        return endpointShape().memoryMb();
    }

    /**
     * The endpoint's ProvisionedConcurrency, 0 for none: one of the plan's values in the stability and
     * concurrency phases, the plan's first value in the open-loop phases and traffic shapes.
     */
    default int provisionedConcurrency() {
        return 0;
    }

    /** The endpoint's MaxConcurrency. */
    default int maxConcurrency() {
        return endpointShape().maxConcurrency();
    }
}
