package dev.slsbench.emulator;

import dev.slsbench.emulator.metrics.MetricStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A MetricStore that keeps every datapoint, for tests to read back. */
final class RecordingMetricStore implements MetricStore {

    record Datapoint(String namespace, String metricName, Map<String, String> dimensions, double value, String unit,
            Instant timestamp) {
    }

    private final ConcurrentLinkedQueue<Datapoint> datapoints = new ConcurrentLinkedQueue<>();

    @Override
    public void put(String namespace, String metricName, Map<String, String> dimensions, double value, String unit,
            Instant timestamp) {
        datapoints.add(new Datapoint(namespace, metricName, Map.copyOf(dimensions), value, unit, timestamp));
    }

    /** The datapoints of one metric of one endpoint, in recording order. */
    List<Datapoint> of(String metricName, String endpointName) {
        return datapoints.stream()
                .filter(point -> point.metricName().equals(metricName))
                .filter(point -> endpointName.equals(point.dimensions().get("EndpointName")))
                .toList();
    }

    double sum(String metricName, String endpointName) {
        return of(metricName, endpointName).stream().mapToDouble(Datapoint::value).sum();
    }
}
