package dev.slsbench.result;

import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.stats.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * One forced cold start of the cold-start phase: the first call to a fresh endpoint (cold by
 * construction, unless ProvisionedConcurrency kept a container warm), the ModelSetupTime
 * CloudWatch reported for it, and the call right after it (warm), so that the two can be compared.
 * Latencies are client-side, in milliseconds.
 *
 * @param memoryMb the endpoint's MemorySizeInMB
 * @param provisionedConcurrency the endpoint's ProvisionedConcurrency (0 for none)
 * @param sample 1-based number of the sample at this memory size and ProvisionedConcurrency
 * @param endpointName the fresh endpoint the sample was taken on
 * @param firstCallLatencyMillis the first call's latency as the client saw it
 * @param firstCallOutcome how the first call ended
 * @param modelSetupTimeMillis ModelSetupTime of the endpoint's calls, empty when CloudWatch had none
 * @param secondCallLatencyMillis the second call's latency; empty when it was not made
 * @param secondCallOutcome how the second call ended; empty when it was not made
 * @param metrics the endpoint's CloudWatch metrics over the two calls (with ProvisionedConcurrency,
 *        the ServerlessProvisionedConcurrency ones), empty when they could not be read
 */
public record ColdStartSample(int memoryMb, int provisionedConcurrency, int sample, String endpointName,
                              double firstCallLatencyMillis, Outcome firstCallOutcome,
                              Optional<Double> modelSetupTimeMillis, Optional<Double> secondCallLatencyMillis,
                              Optional<Outcome> secondCallOutcome, Optional<EndpointMetrics> metrics) {

    public ColdStartSample {
        Objects.requireNonNull(endpointName, "endpointName");
        Objects.requireNonNull(firstCallOutcome, "firstCallOutcome");
        modelSetupTimeMillis = modelSetupTimeMillis == null ? Optional.empty() : modelSetupTimeMillis;
        secondCallLatencyMillis = secondCallLatencyMillis == null ? Optional.empty() : secondCallLatencyMillis;
        secondCallOutcome = secondCallOutcome == null ? Optional.empty() : secondCallOutcome;
        metrics = metrics == null ? Optional.empty() : metrics;
    }
}
