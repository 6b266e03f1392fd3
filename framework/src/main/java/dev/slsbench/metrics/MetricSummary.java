package dev.slsbench.metrics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One CloudWatch metric of one endpoint over the benchmark's window, already in
 * {@link SageMakerMetric#storedUnit() stored units} (milliseconds for latencies).
 *
 * @param metricName CloudWatch name, e.g. {@code ModelLatency}
 * @param namespace CloudWatch namespace
 * @param unit unit of the values below, e.g. {@code Milliseconds}
 * @param sampleCount data points behind the statistics, when CloudWatch reported it
 * @param average the {@code Average} statistic
 * @param minimum the {@code Minimum} statistic
 * @param maximum the {@code Maximum} statistic
 * @param p25 the {@code p25} extended statistic, when reported
 * @param p50 the {@code p50} extended statistic, when reported
 * @param p75 the {@code p75} extended statistic, when reported
 */
public record MetricSummary(String metricName, String namespace, String unit, OptionalDouble sampleCount,
                            double average, double minimum, double maximum,
                            OptionalDouble p25, OptionalDouble p50, OptionalDouble p75) {

    public MetricSummary {
        Objects.requireNonNull(metricName, "metricName");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(sampleCount, "sampleCount");
        Objects.requireNonNull(p25, "p25");
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p75, "p75");
    }

    /** A summary with only the basic statistics. */
    public static MetricSummary of(SageMakerMetric metric, double average, double minimum, double maximum) {
        return new MetricSummary(metric.metricName(), metric.namespace(), metric.storedUnit(), OptionalDouble.empty(),
                average, minimum, maximum, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }
}
