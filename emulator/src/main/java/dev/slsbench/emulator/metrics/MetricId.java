package dev.slsbench.emulator.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Identifies one CloudWatch metric: namespace, name and dimensions, as ListMetrics returns it.
 * Dimensions are kept sorted by name so that equal metrics print and compare the same.
 *
 * @param namespace e.g. {@code AWS/SageMaker}
 * @param metricName e.g. {@code ModelLatency}
 * @param dimensions dimension values by name, sorted and unmodifiable
 */
public record MetricId(String namespace, String metricName, SortedMap<String, String> dimensions) {

    public MetricId {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(metricName, "metricName");
        dimensions = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(dimensions, "dimensions")));
    }

    /** A metric id from any map of dimensions. */
    public static MetricId of(String namespace, String metricName, Map<String, String> dimensions) {
        return new MetricId(namespace, metricName, new TreeMap<>(dimensions));
    }
}
