package dev.slsbench.bench;

import dev.slsbench.emulator.metrics.MetricStore;

import java.time.Instant;
import java.util.Map;

/**
 * An emulator metric store that keeps each call's ModelLatency and OverheadLatency (microseconds)
 * in arrival order, so that a single sequential client can pair them with its own latencies.
 */
final class PerCallLatencyStore implements MetricStore {

    private final long[] modelMicros;
    private final long[] overheadMicros;
    private int models;
    private int overheads;
    private volatile boolean recording;

    PerCallLatencyStore(int capacity) {
        modelMicros = new long[capacity];
        overheadMicros = new long[capacity];
    }

    /** Starts keeping figures, from the first slot again. */
    synchronized void startRecording() {
        models = 0;
        overheads = 0;
        recording = true;
    }

    void stopRecording() {
        recording = false;
    }

    @Override
    public synchronized void put(String namespace, String metricName, Map<String, String> dimensions, double value,
                                 String unit, Instant timestamp) {
        if (!recording) {
            return;
        }
        switch (metricName) {
            case "ModelLatency" -> modelMicros[models++] = (long) value;
            case "OverheadLatency" -> overheadMicros[overheads++] = (long) value;
            default -> { }
        }
    }

    synchronized int count() {
        if (models != overheads) {
            throw new IllegalStateException(models + " ModelLatency but " + overheads + " OverheadLatency values");
        }
        return models;
    }

    /** The emulator's own figure for call {@code i}: ModelLatency + OverheadLatency, in nanoseconds. */
    synchronized long emulatorNanos(int i) {
        return (modelMicros[i] + overheadMicros[i]) * 1000;
    }
}
