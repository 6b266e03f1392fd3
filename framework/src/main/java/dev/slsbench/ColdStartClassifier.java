package dev.slsbench;

import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.metrics.MetricSummary;
import dev.slsbench.metrics.SageMakerMetric;
import dev.slsbench.record.InvocationRecord;
import dev.slsbench.record.RecordedConfiguration;
import dev.slsbench.record.SlowestCalls;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.stats.LatencyHistograms;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Judges each call of a configuration cold, warm or unknown from what a client can know on AWS,
 * where no response says "cold" (see {@link ColdStartSummary#METHOD_MODEL_SETUP_COUNT} and
 * {@link ColdStartSummary#METHOD_FIRST_CALL}), and splits the successful latencies into the warm
 * histogram and the cold calls.
 *
 * <p>A cold call waits for a whole container start, so its latency is at least the shortest
 * ModelSetupTime CloudWatch reports; that, and standing out of the other calls' p99, is what
 * keeps a slow warm call from being taken for one of the N cold starts CloudWatch counted.
 */
final class ColdStartClassifier {

    /**
     * The verdict on one configuration's calls.
     *
     * @param summary counts, method and the cold calls' latency summary
     * @param coldCalls the calls judged cold, in sequence order
     * @param warmLatencies successful latencies of the calls not judged cold (nanoseconds)
     * @param othersKnownWarm whether successful calls not judged cold are known to be warm (else unknown)
     */
    record Verdict(ColdStartSummary summary, List<InvocationRecord> coldCalls, Histogram warmLatencies,
                   boolean othersKnownWarm) {
    }

    private ColdStartClassifier() {
    }

    /**
     * @param recorded what the recorder saw
     * @param metrics CloudWatch's metrics over the configuration's window
     * @param freshEndpoint whether the configuration was the first on an endpoint deployed for it without
     *        provisioned concurrency (its first call then needs a container start)
     */
    static Verdict classify(RecordedConfiguration recorded, EndpointMetrics metrics, boolean freshEndpoint) {
        long ok = recorded.outcomes().ok();
        long failed = recorded.outcomes().failures();
        Histogram all = recorded.successLatencies();
        Optional<MetricSummary> setup = metrics.get(SageMakerMetric.MODEL_SETUP_TIME);
        if (setup.isPresent()) {
            long starts = Math.round(setup.get().sampleCount().orElse(1));
            return byStartCount(recorded, all, starts, setup.get().minimum(), OptionalDouble.of(setup.get().average()),
                    failed);
        }
        if (metrics.get(SageMakerMetric.INVOCATIONS).isPresent()) {
            return verdict(List.of(), all, ok, failed, true, ColdStartSummary.METHOD_MODEL_SETUP_COUNT,
                    "CloudWatch reported Invocations but no ModelSetupTime in the window: no container started",
                    OptionalDouble.empty());
        }
        Optional<InvocationRecord> first = recorded.firstCall().filter(InvocationRecord::isSuccess);
        if (freshEndpoint && first.isPresent()) {
            return verdict(List.of(first.get().withColdStart(true)), all, ok, failed, false,
                    ColdStartSummary.METHOD_FIRST_CALL, "CloudWatch reported nothing for the window; the first call"
                            + " on a freshly deployed endpoint without provisioned concurrency starts a container",
                    OptionalDouble.empty());
        }
        return verdict(List.of(), all, ok, failed, false, ColdStartSummary.METHOD_NONE,
                "CloudWatch reported nothing for the window and the endpoint was not fresh", OptionalDouble.empty());
    }

    private static Verdict byStartCount(RecordedConfiguration recorded, Histogram all, long starts,
                                        double minSetupMillis, OptionalDouble meanSetupMillis, long failed) {
        List<InvocationRecord> slowest = recorded.slowestCalls();
        int considered = (int) Math.min(starts, slowest.size());
        Histogram rest = all.copy();
        for (InvocationRecord call : slowest.subList(0, considered)) {
            subtractOne(rest, call.latencyNanos());
        }
        double restP99Millis = rest.getTotalCount() == 0 ? 0 : rest.getValueAtPercentile(99) / 1e6;
        double thresholdMillis = Math.max(minSetupMillis, restP99Millis);
        List<InvocationRecord> cold = new ArrayList<>();
        for (InvocationRecord call : slowest.subList(0, considered)) {
            if (call.latencyMillis() >= thresholdMillis) {
                cold.add(call.withColdStart(true));
            }
        }
        String basis = String.format(Locale.ROOT, "CloudWatch counted %d container start(s) (ModelSetupTime samples);"
                + " %d of the %d slowest calls took at least the shortest ModelSetupTime %.3f ms and more than the"
                + " other calls' p99 %.3f ms%s", starts, cold.size(), considered, minSetupMillis, restP99Millis,
                starts > SlowestCalls.KEPT ? " (only the " + SlowestCalls.KEPT + " slowest calls are kept)" : "");
        return verdict(cold, all, recorded.outcomes().ok(), failed, true, ColdStartSummary.METHOD_MODEL_SETUP_COUNT,
                basis, meanSetupMillis);
    }

    private static Verdict verdict(List<InvocationRecord> cold, Histogram all, long ok, long failed,
                                   boolean othersKnownWarm, String method, String basis,
                                   OptionalDouble meanSetupMillis) {
        List<InvocationRecord> bySequence = cold.stream()
                .sorted(Comparator.comparingLong(InvocationRecord::sequence)).toList();
        Histogram warm = all.copy();
        Histogram coldLatencies = LatencyHistograms.newHistogram();
        for (InvocationRecord call : bySequence) {
            subtractOne(warm, call.latencyNanos());
            coldLatencies.recordValue(call.latencyNanos());
        }
        long coldCount = bySequence.size();
        long warmCount = othersKnownWarm ? ok - coldCount : 0;
        long unknown = othersKnownWarm ? failed : failed + ok - coldCount;
        ColdStartSummary summary = new ColdStartSummary(coldCount, warmCount, unknown, millis(coldLatencies, 100),
                method, basis, bySequence.stream().map(InvocationRecord::sequence).toList(),
                coldCount == 0 ? OptionalDouble.empty() : OptionalDouble.of(coldLatencies.getMinValue() / 1e6),
                millis(coldLatencies, 50), millis(coldLatencies, 90), meanSetupMillis, millis(all, 99));
        return new Verdict(summary, bySequence, warm, othersKnownWarm);
    }

    private static OptionalDouble millis(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(h.getValueAtPercentile(percentile) / 1e6);
    }

    /** Removes one recording of {@code valueNanos} (HdrHistogram has no single-value removal). */
    private static void subtractOne(Histogram h, long valueNanos) {
        Histogram one = LatencyHistograms.newHistogram();
        one.recordValue(valueNanos);
        h.subtract(one);
    }
}
