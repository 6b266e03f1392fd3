package dev.slsbench.metrics;

import dev.slsbench.record.InvocationRecord;
import dev.slsbench.stats.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class ColdStartObservationTest {

    private static final Instant AT = Instant.parse("2025-01-01T10:00:00Z");

    private static Optional<InvocationRecord> firstCallTaking(double millis) {
        long nanos = (long) (millis * 1e6);
        return Optional.of(new InvocationRecord("s1024", 0, 0, 0, nanos, nanos, Outcome.OK, null, 1, 1, null));
    }

    private static EndpointMetrics metrics(MetricSummary... summaries) {
        Map<String, MetricSummary> byName = new java.util.HashMap<>();
        for (MetricSummary s : summaries) {
            byName.put(s.metricName(), s);
        }
        return new EndpointMetrics("ep", AT, AT.plusSeconds(60), byName, List.of());
    }

    private static MetricSummary setupTime(double minMillis, double count) {
        return new MetricSummary("ModelSetupTime", "AWS/SageMaker", "Milliseconds", OptionalDouble.of(count),
                minMillis, minMillis, minMillis, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    @Test
    void aFirstCallLongerThanTheShortestSetupTimeWasCold() {
        ColdStartObservation observation = ColdStartObservation.of(firstCallTaking(900), metrics(setupTime(800, 1)));

        assertThat(observation.firstCallCold()).contains(true);
        assertThat(observation.coldStarts()).hasValue(1);
        assertThat(observation.basis()).contains("900.000 ms", "at least", "800.000 ms");
    }

    @Test
    void aFirstCallShorterThanAnySetupWasWarm() {
        ColdStartObservation observation = ColdStartObservation.of(firstCallTaking(5), metrics(setupTime(800, 2)));

        assertThat(observation.firstCallCold()).contains(false);
        assertThat(observation.coldStarts()).hasValue(2);
    }

    @Test
    void invocationsWithoutSetupTimeMeanNoColdStart() {
        ColdStartObservation observation = ColdStartObservation.of(firstCallTaking(5),
                metrics(MetricSummary.of(SageMakerMetric.INVOCATIONS, 1, 1, 1)));

        assertThat(observation.firstCallCold()).contains(false);
        assertThat(observation.coldStarts()).hasValue(0);
    }

    @Test
    void withoutMetricsTheVerdictIsUnknown() {
        ColdStartObservation observation = ColdStartObservation.of(firstCallTaking(5), EndpointMetrics.none("ep", AT));

        assertThat(observation.firstCallCold()).isEmpty();
        assertThat(observation.coldStarts()).isEmpty();
        assertThat(observation.firstCallLatencyMillis()).hasValue(5.0);
    }
}
