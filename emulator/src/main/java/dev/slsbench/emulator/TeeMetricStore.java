package dev.slsbench.emulator;

import dev.slsbench.emulator.metrics.MetricStore;

import java.time.Instant;
import java.util.Map;

/** Records every datapoint into two stores: the one CloudWatch reads and one the embedder supplied. */
record TeeMetricStore(MetricStore first, MetricStore second) implements MetricStore {

    @Override
    public void put(String namespace, String metricName, Map<String, String> dimensions, double value, String unit,
            Instant timestamp) {
        first.put(namespace, metricName, dimensions, value, unit, timestamp);
        second.put(namespace, metricName, dimensions, value, unit, timestamp);
    }
}
