package dev.slsbench.cli;

import dev.slsbench.payload.PayloadSummary;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.RunEnvironment;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.sla.SlaCriterion;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.stats.LatencyHistograms;
import dev.slsbench.stats.OutcomeCounts;
import dev.slsbench.stats.TpsSummary;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI's SLA flags judged by the framework's evaluator, and the lines the CLI prints. */
class SlaCheckTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** {@code ok} calls of {@code millis} each, {@code throttled} throttles, {@code failed} model errors. */
    private static ConfigurationResult measured(BenchmarkConfiguration configuration, long millis, int ok, int throttled,
                                                int failed, ColdStartSummary coldStarts) {
        Histogram latencies = LatencyHistograms.newHistogram();
        for (int i = 0; i < ok; i++) {
            latencies.recordValue(millis * 1_000_000);
        }
        return ConfigurationResult.of(configuration, "ep-" + configuration.id(),
                failed > 0 && ok == 0 ? ConfigurationStatus.ABANDONED : ConfigurationStatus.COMPLETED, null, START,
                START.plusSeconds(10), new OutcomeCounts(ok, throttled, 0, failed, 0), latencies,
                ok == 0 ? Optional.empty() : Optional.of(new TpsSummary(10, ok / 10.0, 0, 0, 0, 0)), coldStarts, null);
    }

    private static ConfigurationResult deploymentFailed(BenchmarkConfiguration configuration) {
        return ConfigurationResult.of(configuration, null, ConfigurationStatus.DEPLOYMENT_FAILED, "no capacity", START,
                START, OutcomeCounts.NONE, LatencyHistograms.newHistogram(), Optional.empty(), ColdStartSummary.NONE, null);
    }

    private static BenchmarkResult result(ConfigurationResult... configurations) {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").runId("sla1").build();
        return new BenchmarkResult(plan, RunEnvironment.current("test", "us-east-1"), START, START.plusSeconds(60),
                new PayloadSummary(1, 10, 10, "test"), List.of(configurations), Optional.empty(), Optional.empty(), List.of());
    }

    private static Map<SlaCriterion, Double> thresholds(Object... pairs) {
        Map<SlaCriterion, Double> thresholds = new EnumMap<>(SlaCriterion.class);
        for (int i = 0; i < pairs.length; i += 2) {
            thresholds.put((SlaCriterion) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return thresholds;
    }

    @Test
    void judgesLatencyAgainstTheLimitInMilliseconds() {
        BenchmarkResult result = result(measured(new StabilityConfiguration(1024), 40, 100, 0, 0, ColdStartSummary.NONE),
                measured(new StabilityConfiguration(2048), 20, 100, 0, 0, ColdStartSummary.NONE));

        List<SlaVerdict> verdicts = SlaCheck.evaluate(result, thresholds(SlaCriterion.P99_MILLIS, 30),
                SlaOptions.SlaPhase.ALL);

        assertThat(verdicts).extracting(SlaVerdict::configurationId, SlaVerdict::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s1024", false),
                        org.assertj.core.groups.Tuple.tuple("s2048", true));
        assertThat(verdicts.getFirst().actual().getAsDouble()).isBetween(39.9, 40.1);
        assertThat(SlaCheck.describe(verdicts.getFirst())).matches("s1024: p99 latency (39\\.9|40\\.0)\\d ms exceeds --sla-p99-ms 30");
    }

    @Test
    void countsThrottlesAndOtherFailuresApartAsFractionsOfCallsIssued() {
        BenchmarkResult result = result(measured(new StabilityConfiguration(1024), 10, 90, 5, 5, ColdStartSummary.NONE));

        List<SlaVerdict> verdicts = SlaCheck.evaluate(result,
                thresholds(SlaCriterion.MAX_THROTTLE_RATE, 0.05, SlaCriterion.MAX_ERROR_RATE, 0.04), SlaOptions.SlaPhase.ALL);

        assertThat(verdicts).extracting(SlaVerdict::criterion, SlaVerdict::passed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("maxThrottleRate", true),
                org.assertj.core.groups.Tuple.tuple("maxErrorRate", false));
        assertThat(verdicts.get(1).actual()).hasValue(0.05);
        assertThat(SlaCheck.describe(verdicts.get(1))).isEqualTo("s1024: error rate 0.0500 exceeds --sla-max-error-rate 0.04");
    }

    @Test
    void failsALatencyLimitWhenNoCallSucceeded() {
        BenchmarkResult result = result(measured(new StabilityConfiguration(1024), 0, 0, 0, 3, ColdStartSummary.NONE));

        SlaVerdict verdict = SlaCheck.evaluate(result, thresholds(SlaCriterion.P50_MILLIS, 1000), SlaOptions.SlaPhase.ALL)
                .getFirst();

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.actual()).isEmpty();
        assertThat(SlaCheck.describe(verdict)).isEqualTo("s1024: median latency not measured exceeds --sla-p50-ms 1000");
    }

    @Test
    void passesAColdStartLimitWhenNoColdStartWasSeenAndJudgesTheSlowestOneOtherwise() {
        BenchmarkResult result = result(
                measured(new StabilityConfiguration(1024), 10, 10, 0, 0, ColdStartSummary.NONE),
                measured(new StabilityConfiguration(2048), 10, 10, 0, 0,
                        new ColdStartSummary(1, 9, 0, OptionalDouble.of(750))));

        List<SlaVerdict> verdicts = SlaCheck.evaluate(result, thresholds(SlaCriterion.MAX_COLD_START_MILLIS, 500),
                SlaOptions.SlaPhase.ALL);

        assertThat(verdicts).extracting(SlaVerdict::passed).containsExactly(true, false);
        assertThat(verdicts.get(1).actual()).hasValue(750.0);
    }

    @Test
    void treatsMinimumTpsAsAFloor() {
        BenchmarkResult result = result(measured(new StabilityConfiguration(1024), 10, 50, 0, 0, ColdStartSummary.NONE));

        SlaVerdict verdict = SlaCheck.evaluate(result, thresholds(SlaCriterion.MIN_TPS, 6), SlaOptions.SlaPhase.ALL).getFirst();

        assertThat(verdict.passed()).isFalse();
        assertThat(SlaCheck.describe(verdict)).isEqualTo("s1024: mean TPS 5.00 calls/s is below --sla-min-tps 6");
    }

    @Test
    void judgesOnlyTheSelectedPhaseAndNeverAConfigurationThatDidNotDeploy() {
        BenchmarkResult result = result(
                measured(new StabilityConfiguration(1024), 10, 10, 0, 0, ColdStartSummary.NONE),
                deploymentFailed(new StabilityConfiguration(2048)),
                measured(new ConcurrencyConfiguration(1024, 2, 4), 10, 10, 10, 0, ColdStartSummary.NONE));

        List<SlaVerdict> stabilityOnly = SlaCheck.evaluate(result, thresholds(SlaCriterion.MAX_THROTTLE_RATE, 0),
                SlaOptions.SlaPhase.STABILITY);
        List<SlaVerdict> all = SlaCheck.evaluate(result, thresholds(SlaCriterion.MAX_THROTTLE_RATE, 0),
                SlaOptions.SlaPhase.ALL);

        assertThat(stabilityOnly).extracting(SlaVerdict::configurationId).containsExactly("s1024");
        assertThat(all).extracting(SlaVerdict::configurationId, SlaVerdict::passed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("s1024", true),
                org.assertj.core.groups.Tuple.tuple("c1024-2-4", false));
    }
}
