package dev.slsbench.metrics;

import dev.slsbench.record.InvocationRecord;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Whether an endpoint's first call met a cold container, and how that was decided. SageMaker's
 * response does not say, so the rule rests on CloudWatch:
 * <ul>
 *   <li>ModelSetupTime has data: CloudWatch counted {@code coldStarts} container starts in the
 *       window; the first call was cold when its latency is at least the shortest setup time
 *       (a cold call waits for a whole setup), warm otherwise;</li>
 *   <li>ModelSetupTime has no data but Invocations has: no container started in the window, so
 *       the first call was warm (e.g. provisioned concurrency);</li>
 *   <li>neither has data (metrics not published yet, or no calls): unknown.</li>
 * </ul>
 *
 * @param firstCallCold cold, warm, or empty when unknown
 * @param coldStarts container starts CloudWatch counted in the window, when it reported any data
 * @param firstCallLatencyMillis the first call's latency, when there was a first call
 * @param basis the evidence behind the verdict, in words
 */
public record ColdStartObservation(Optional<Boolean> firstCallCold, OptionalLong coldStarts,
                                   OptionalDouble firstCallLatencyMillis, String basis) {

    public ColdStartObservation {
        Objects.requireNonNull(firstCallCold, "firstCallCold");
        Objects.requireNonNull(coldStarts, "coldStarts");
        Objects.requireNonNull(firstCallLatencyMillis, "firstCallLatencyMillis");
        Objects.requireNonNull(basis, "basis");
    }

    /** Applies the rule above to an endpoint's first call and its metrics over the call window. */
    public static ColdStartObservation of(Optional<InvocationRecord> firstCall, EndpointMetrics metrics) {
        OptionalDouble latency = firstCall.map(c -> OptionalDouble.of(c.latencyMillis())).orElse(OptionalDouble.empty());
        Optional<MetricSummary> setup = metrics.get(SageMakerMetric.MODEL_SETUP_TIME);
        if (setup.isPresent()) {
            long starts = Math.round(setup.get().sampleCount().orElse(1));
            if (latency.isEmpty()) {
                return new ColdStartObservation(Optional.empty(), OptionalLong.of(starts), latency,
                        "ModelSetupTime reported " + starts + " container start(s) but no call was made");
            }
            boolean cold = latency.getAsDouble() >= setup.get().minimum();
            return new ColdStartObservation(Optional.of(cold), OptionalLong.of(starts), latency, String.format(
                    java.util.Locale.ROOT, "first call took %.3f ms, %s the shortest ModelSetupTime %.3f ms (%d start(s))",
                    latency.getAsDouble(), cold ? "at least" : "less than", setup.get().minimum(), starts));
        }
        if (metrics.get(SageMakerMetric.INVOCATIONS).isPresent()) {
            return new ColdStartObservation(firstCall.isPresent() ? Optional.of(false) : Optional.empty(),
                    OptionalLong.of(0), latency, "CloudWatch reported Invocations but no ModelSetupTime in the window");
        }
        return new ColdStartObservation(Optional.empty(), OptionalLong.empty(), latency,
                "CloudWatch reported neither ModelSetupTime nor Invocations for the window");
    }
}
