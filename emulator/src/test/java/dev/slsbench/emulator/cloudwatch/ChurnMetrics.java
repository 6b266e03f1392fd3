package dev.slsbench.emulator.cloudwatch;

import dev.slsbench.emulator.metrics.MetricStore;
import java.time.Instant;
import java.util.Map;

/**
 * The datapoints the client tests put and expect back: in the minute starting {@link #MINUTE},
 * ModelLatency 1,000, 2,000, ... 100,000 µs and one Invocation each, for endpoint {@code churn}.
 */
final class ChurnMetrics {

    static final Instant MINUTE = Instant.parse("2025-06-01T12:00:00Z");
    static final Instant NOW = MINUTE.plusSeconds(30);
    static final Map<String, String> DIMENSIONS = Map.of("EndpointName", "churn", "VariantName", "AllTraffic");

    private ChurnMetrics() {
    }

    static void putInto(MetricStore store) {
        for (int i = 1; i <= 100; i++) {
            Instant at = MINUTE.plusMillis(i * 100L);
            store.put(MetricStore.SAGEMAKER_NAMESPACE, "ModelLatency", DIMENSIONS, i * 1000, "Microseconds", at);
            store.put(MetricStore.SAGEMAKER_NAMESPACE, "Invocations", DIMENSIONS, 1, "Count", at);
        }
    }
}
