package dev.slsbench.cli;

import dev.slsbench.sla.SlaCriterion;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The SLA flags of {@code slsbench run}: thresholds checked on every configuration of the
 * selected phases after the run; a broken one makes the exit code 1. Left out, a threshold is
 * not checked.
 */
final class SlaOptions {

    /** Which configurations the thresholds apply to. */
    enum SlaPhase { ALL, STABILITY, CONCURRENCY, OPEN_LOOP, TRAFFIC }

    @Option(names = "--sla-p50-ms", paramLabel = "MS", description = "Largest allowed median latency of successful calls.")
    Double p50Millis;

    @Option(names = "--sla-p90-ms", paramLabel = "MS", description = "Largest allowed p90 latency.")
    Double p90Millis;

    @Option(names = "--sla-p99-ms", paramLabel = "MS", description = "Largest allowed p99 latency.")
    Double p99Millis;

    @Option(names = "--sla-max-throttle-rate", paramLabel = "FRACTION",
            description = "Largest allowed fraction of calls throttled (0..1).")
    Double maxThrottleRate;

    @Option(names = "--sla-max-error-rate", paramLabel = "FRACTION",
            description = "Largest allowed fraction of calls failed other than by throttling (0..1).")
    Double maxErrorRate;

    @Option(names = "--sla-min-tps", paramLabel = "TPS", description = "Smallest allowed mean successful calls per second.")
    Double minTps;

    @Option(names = "--sla-max-cost-per-million-usd", paramLabel = "USD",
            description = "Largest allowed cost of one million calls at the configuration's memory size.")
    Double maxCostPerMillionUsd;

    @Option(names = "--sla-max-cold-start-ms", paramLabel = "MS",
            description = "Largest allowed cold start: the median latency of the calls judged cold; fails when no"
                    + " cold start was measured.")
    Double maxColdStartMillis;

    @Option(names = "--sla-max-cold-start-rate", paramLabel = "FRACTION",
            description = "Largest allowed fraction of the calls that were judged cold (0.05 is 5%).")
    Double maxColdStartRate;

    @Option(names = "--sla-phase", paramLabel = "PHASE",
            description = "The phase whose configurations the SLA flags apply to: all, stability, concurrency, traffic or"
                    + " open_loop. Default: all.")
    SlaPhase phase = SlaPhase.ALL;

    /** The thresholds given, by criterion, in the criterion's order. */
    Map<SlaCriterion, Double> thresholds() {
        Map<SlaCriterion, Double> thresholds = new EnumMap<>(SlaCriterion.class);
        put(thresholds, SlaCriterion.P50_MILLIS, p50Millis);
        put(thresholds, SlaCriterion.P90_MILLIS, p90Millis);
        put(thresholds, SlaCriterion.P99_MILLIS, p99Millis);
        put(thresholds, SlaCriterion.MAX_THROTTLE_RATE, maxThrottleRate);
        put(thresholds, SlaCriterion.MAX_ERROR_RATE, maxErrorRate);
        put(thresholds, SlaCriterion.MIN_TPS, minTps);
        put(thresholds, SlaCriterion.MAX_COST_PER_MILLION_USD, maxCostPerMillionUsd);
        put(thresholds, SlaCriterion.MAX_COLD_START_MILLIS, maxColdStartMillis);
        put(thresholds, SlaCriterion.MAX_COLD_START_RATE, maxColdStartRate);
        return thresholds;
    }

    /** Why a threshold cannot be used (negative, not finite, a rate above 1); empty when all can. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        thresholds().forEach((criterion, limit) -> {
            if (!Double.isFinite(limit) || limit < 0) {
                problems.add(SlaFlag.of(criterion).flag() + ": " + limit + " is not a finite number of at least 0");
            } else if (criterion.isRate() && limit > 1) {
                problems.add(SlaFlag.of(criterion).flag() + ": " + limit + " is not a fraction between 0 and 1 (0.05 is 5%)");
            }
        });
        return problems;
    }

    private static void put(Map<SlaCriterion, Double> thresholds, SlaCriterion criterion, Double limit) {
        if (limit != null) {
            thresholds.put(criterion, limit);
        }
    }
}
