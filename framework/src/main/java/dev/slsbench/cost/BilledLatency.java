package dev.slsbench.cost;

import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.metrics.SageMakerMetric;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The duration a configuration's average call is billed for, in milliseconds, and where the
 * figure came from.
 *
 * @param millis billed duration of the average call
 * @param source CloudWatch (the toolkit's rule) or client-observed (fallback)
 */
public record BilledLatency(double millis, BillingLatencySource source) {

    public BilledLatency {
        Objects.requireNonNull(source, "source");
        if (!(millis >= 0)) {
            throw new IllegalArgumentException("millis: " + millis + " is not ≥ 0");
        }
    }

    /**
     * The toolkit's rule applied to a set of configurations keyed by memory size: each one's
     * {@code ModelLatency} Average plus the mean {@code OverheadLatency} Average over all of them
     * (0 when none reported it); a configuration without {@code ModelLatency} falls back to its
     * client-observed mean latency.
     *
     * @param metricsByMemoryMb CloudWatch metrics per configuration
     * @param clientMeanMillisByMemoryMb client-observed mean latency per configuration
     */
    public static Map<Integer, BilledLatency> toolkitRule(Map<Integer, EndpointMetrics> metricsByMemoryMb,
                                                          Map<Integer, Double> clientMeanMillisByMemoryMb) {
        OptionalDouble meanOverhead = metricsByMemoryMb.values().stream()
                .map(m -> m.average(SageMakerMetric.OVERHEAD_LATENCY))
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .average();
        Map<Integer, BilledLatency> billed = new TreeMap<>();
        clientMeanMillisByMemoryMb.forEach((memoryMb, clientMean) -> {
            EndpointMetrics metrics = metricsByMemoryMb.get(memoryMb);
            OptionalDouble modelLatency = metrics == null ? OptionalDouble.empty()
                    : metrics.average(SageMakerMetric.MODEL_LATENCY);
            billed.put(memoryMb, modelLatency.isPresent()
                    ? new BilledLatency(modelLatency.getAsDouble() + meanOverhead.orElse(0), BillingLatencySource.CLOUDWATCH)
                    : new BilledLatency(clientMean, BillingLatencySource.CLIENT_OBSERVED));
        });
        return billed;
    }
}
