package dev.slsbench.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The CloudWatch metrics of one endpoint over one window: the metrics that had data, and —
 * reported rather than hidden — the names of those that had none (ModelSetupTime is absent
 * when no call was cold).
 *
 * @param endpointName the endpoint the metrics belong to
 * @param windowStart start of the queried window
 * @param windowEnd end of the queried window
 * @param metrics metrics with data, by CloudWatch name, sorted by name
 * @param missing names of metrics queried that returned no data points
 */
public record EndpointMetrics(String endpointName, Instant windowStart, Instant windowEnd,
                              Map<String, MetricSummary> metrics, List<String> missing) {

    public EndpointMetrics {
        Objects.requireNonNull(endpointName, "endpointName");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        metrics = java.util.Collections.unmodifiableMap(new TreeMap<>(metrics));
        missing = List.copyOf(missing);
    }

    /** No metrics collected (e.g. the collector was off), nothing reported missing. */
    public static EndpointMetrics none(String endpointName, Instant at) {
        return new EndpointMetrics(endpointName, at, at, Map.of(), List.of());
    }

    /** The metric, when it had data. */
    public Optional<MetricSummary> get(SageMakerMetric metric) {
        return Optional.ofNullable(metrics.get(metric.metricName()));
    }

    /** The metric's Average, when it had data. */
    public OptionalDouble average(SageMakerMetric metric) {
        MetricSummary summary = metrics.get(metric.metricName());
        return summary == null ? OptionalDouble.empty() : OptionalDouble.of(summary.average());
    }
}
