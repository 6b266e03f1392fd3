package dev.slsbench.sla;

import dev.slsbench.cost.BilledLatency;
import dev.slsbench.cost.BillingLatencySource;
import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.payload.PayloadSummary;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.Phase;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.RunEnvironment;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.stats.LatencyHistograms;
import dev.slsbench.stats.OutcomeCounts;
import dev.slsbench.stats.TpsSummary;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

/** SLA judgement on hand-built results with known figures. */
class SlaEvaluatorTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final StabilityConfiguration S2048 = new StabilityConfiguration(2048);
    private static final ConcurrencyConfiguration C2048_4_8 = new ConcurrencyConfiguration(2048, 4, 8);

    /**
     * A completed configuration whose successful calls took 1, 2, ..., {@code ok} milliseconds, with
     * the given failures, 10 TPS on average and one cold call of {@code coldMillis} (none when negative).
     */
    private static ConfigurationResult ramp(BenchmarkConfiguration configuration, int ok, long throttled, long errors,
                                            double coldMillis) {
        Histogram latencyNanos = LatencyHistograms.newHistogram();
        for (int i = 1; i <= ok; i++) {
            latencyNanos.recordValue(i * 1_000_000L);
        }
        ColdStartSummary cold = coldMillis < 0 ? new ColdStartSummary(0, ok, 0, OptionalDouble.empty())
                : new ColdStartSummary(1, ok - 1, 0, OptionalDouble.of(coldMillis));
        return ConfigurationResult.of(configuration, "ep-" + configuration.id(), ConfigurationStatus.COMPLETED, null,
                START, START.plusSeconds(10), new OutcomeCounts(ok, throttled, 0, errors, 0), latencyNanos,
                ok == 0 ? Optional.empty() : Optional.of(TpsSummary.ofCountsPerSecond(List.of(8L, 10L, 12L))), cold, null);
    }

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

    private static Optional<ConfigurationCost> usdPerMillion(double usd) {
        BigDecimal perMillion = BigDecimal.valueOf(usd);
        return Optional.of(new ConfigurationCost(2048, new BilledLatency(10, BillingLatencySource.CLOUDWATCH),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, perMillion.movePointLeft(6), perMillion, Optional.empty()));
    }

    private static List<String> failures(List<SlaJudgement> judgements) {
        return judgements.stream().filter(j -> !j.verdict().passed()).map(SlaJudgement::message).toList();
    }

    @Test
    void passesWhenEveryThresholdHolds() {
        List<SlaJudgement> judgements = SlaEvaluator.evaluate(ramp(S2048, 100, 0, 0, 300), usdPerMillion(4.2),
                List.of(SlaThresholds.builder().p99Millis(100).maxThrottleRate(0).maxErrorRate(0).minTps(5)
                        .maxCostPerMillionUsd(5).maxColdStartMillis(400).build()));

        assertThat(judgements).hasSize(6).allMatch(j -> j.verdict().passed());
    }

    @Test
    void listsEveryViolatedThresholdWithTheMeasuredValue() {
        ConfigurationResult result = ramp(C2048_4_8, 90, 8, 2, 900);
        var latency = result.latency().orElseThrow();

        List<SlaJudgement> judgements = SlaEvaluator.evaluate(result, usdPerMillion(6.5), List.of(SlaThresholds.builder()
                .p50Millis(10).p90Millis(20).p99Millis(50).maxThrottleRate(0.05).maxErrorRate(0).minTps(20)
                .maxCostPerMillionUsd(5).maxColdStartMillis(500).build()));

        assertThat(failures(judgements)).containsExactly(
                "median latency 45.50 ms exceeds @Sla(p50Millis = 10)",
                "p90 latency %.2f ms exceeds @Sla(p90Millis = 20)".formatted(latency.p90Millis()),
                "p99 latency %.2f ms exceeds @Sla(p99Millis = 50)".formatted(latency.p99Millis()),
                "throttle rate 0.0800 (8 of 100 calls) exceeds @Sla(maxThrottleRate = 0.05)",
                "error rate 0.0200 (2 of 100 calls) exceeds @Sla(maxErrorRate = 0)",
                "mean TPS 10.00 is below @Sla(minTps = 20)",
                "cost per 1M calls 6.5000 USD exceeds @Sla(maxCostPerMillionUsd = 5)",
                "cold start 900.00 ms exceeds @Sla(maxColdStartMillis = 500)");
        assertThat(judgements).extracting(j -> j.verdict().configurationId()).containsOnly("c2048-4-8");
    }

    @Test
    void countsThrottlesOnlyInTheThrottleRateAndOtherFailuresOnlyInTheErrorRate() {
        ConfigurationResult onlyThrottled = ramp(C2048_4_8, 90, 10, 0, -1);

        assertThat(failures(SlaEvaluator.evaluate(onlyThrottled, Optional.empty(),
                List.of(SlaThresholds.builder().maxErrorRate(0).build())))).isEmpty();
        assertThat(failures(SlaEvaluator.evaluate(onlyThrottled, Optional.empty(),
                List.of(SlaThresholds.builder().maxThrottleRate(0.1).build())))).isEmpty();
        assertThat(failures(SlaEvaluator.evaluate(onlyThrottled, Optional.empty(),
                List.of(SlaThresholds.builder().maxThrottleRate(0.09).build())))).hasSize(1);
    }

    @Test
    void appliesThresholdsOnlyToTheirPhasesMemorySizesAndMaxConcurrencies() {
        ConfigurationResult slow = ramp(S2048, 100, 0, 0, -1);
        SlaThresholds concurrencyOnly = SlaThresholds.builder().p99Millis(1).phases(Set.of(Phase.CONCURRENCY)).build();
        SlaThresholds otherMemory = SlaThresholds.builder().p99Millis(1).memorySizesMb(Set.of(1024)).build();
        SlaThresholds otherMaxConcurrency = SlaThresholds.builder().p99Millis(1).maxConcurrencies(Set.of(2)).build();

        assertThat(SlaEvaluator.evaluate(slow, Optional.empty(), List.of(concurrencyOnly, otherMemory, otherMaxConcurrency)))
                .isEmpty();
        assertThat(failures(SlaEvaluator.evaluate(ramp(C2048_4_8, 100, 0, 0, -1), Optional.empty(),
                List.of(concurrencyOnly)))).hasSize(1);
        assertThat(failures(SlaEvaluator.evaluate(slow, Optional.empty(), List.of(SlaThresholds.builder().p99Millis(1)
                .memorySizesMb(Set.of(2048)).maxConcurrencies(Set.of(1)).build())))).hasSize(1);
    }

    @Test
    void treatsAThresholdOnAFigureNobodyMeasuredAsViolatedExceptColdStart() {
        ConfigurationResult nothingSucceeded = ramp(S2048, 0, 0, 5, -1);

        List<SlaJudgement> judgements = SlaEvaluator.evaluate(nothingSucceeded, Optional.empty(),
                List.of(SlaThresholds.builder().p99Millis(100).minTps(1).maxCostPerMillionUsd(1).maxColdStartMillis(1).build()));

        assertThat(failures(judgements)).containsExactly(
                "p99 latency not measured (no successful call) exceeds @Sla(p99Millis = 100)",
                "mean TPS not measured (no successful call) is below @Sla(minTps = 1)",
                "cost per 1M calls not known (the region is not priced or the memory size was not costed)"
                        + " exceeds @Sla(maxCostPerMillionUsd = 1)");
        assertThat(judgements.getLast().verdict()).extracting(SlaVerdict::criterion, SlaVerdict::passed)
                .containsExactly("maxColdStartMillis", true);
    }

    @Test
    void judgesLatencyAgainstTheLimitInMillisecondsForEveryConfigurationOfARun() {
        BenchmarkResult result = result(measured(new StabilityConfiguration(1024), 40, 100, 0, 0, ColdStartSummary.NONE),
                measured(new StabilityConfiguration(2048), 20, 100, 0, 0, ColdStartSummary.NONE));

        List<SlaVerdict> verdicts = SlaEvaluator.evaluate(result, List.of(SlaThresholds.builder().p99Millis(30).build()))
                .stream().map(SlaJudgement::verdict).toList();

        assertThat(verdicts).extracting(SlaVerdict::configurationId, SlaVerdict::passed)
                .containsExactly(tuple("s1024", false), tuple("s2048", true));
        assertThat(verdicts.getFirst().actual().getAsDouble()).isBetween(39.9, 40.1);
        assertThat(verdicts.getFirst().limit()).isEqualTo(30);
    }

    @Test
    void reportsRatesAsFractionsOfCallsIssued() {
        BenchmarkResult result = result(measured(new StabilityConfiguration(1024), 10, 90, 5, 5, ColdStartSummary.NONE));

        List<SlaVerdict> verdicts = SlaEvaluator.evaluate(result,
                        List.of(SlaThresholds.builder().maxThrottleRate(0.05).maxErrorRate(0.04).build()))
                .stream().map(SlaJudgement::verdict).toList();

        assertThat(verdicts).extracting(SlaVerdict::criterion, SlaVerdict::passed)
                .containsExactly(tuple("maxThrottleRate", true), tuple("maxErrorRate", false));
        assertThat(verdicts.get(1).actual()).hasValue(0.05);
    }

    @Test
    void judgesTheSlowestColdStartAndPassesWhenNoneWasSeen() {
        BenchmarkResult result = result(
                measured(new StabilityConfiguration(1024), 10, 10, 0, 0, ColdStartSummary.NONE),
                measured(new StabilityConfiguration(2048), 10, 10, 0, 0, new ColdStartSummary(1, 9, 0, OptionalDouble.of(750))));

        List<SlaVerdict> verdicts = SlaEvaluator.evaluate(result,
                List.of(SlaThresholds.builder().maxColdStartMillis(500).build())).stream().map(SlaJudgement::verdict).toList();

        assertThat(verdicts).extracting(SlaVerdict::passed).containsExactly(true, false);
        assertThat(verdicts.get(1).actual()).hasValue(750.0);
    }

    @Test
    void treatsMinimumTpsAsAFloor() {
        BenchmarkResult result = result(measured(new StabilityConfiguration(1024), 10, 50, 0, 0, ColdStartSummary.NONE));

        SlaJudgement judgement = SlaEvaluator.evaluate(result, List.of(SlaThresholds.builder().minTps(6).build())).getFirst();

        assertThat(judgement.verdict().passed()).isFalse();
        assertThat(judgement.message()).isEqualTo("mean TPS 5.00 is below @Sla(minTps = 6)");
    }

    @Test
    void judgesOnlyTheScopedPhaseAndNeverAConfigurationThatDidNotDeploy() {
        BenchmarkResult result = result(
                measured(new StabilityConfiguration(1024), 10, 10, 0, 0, ColdStartSummary.NONE),
                deploymentFailed(new StabilityConfiguration(2048)),
                measured(new ConcurrencyConfiguration(1024, 2, 4), 10, 10, 10, 0, ColdStartSummary.NONE));

        List<SlaJudgement> stabilityOnly = SlaEvaluator.evaluate(result, List.of(SlaThresholds.builder()
                .maxThrottleRate(0).phases(Set.of(Phase.STABILITY)).build()));
        List<SlaJudgement> all = SlaEvaluator.evaluate(result, List.of(SlaThresholds.builder().maxThrottleRate(0).build()));

        assertThat(stabilityOnly).extracting(j -> j.verdict().configurationId()).containsExactly("s1024");
        assertThat(all).extracting(j -> j.verdict().configurationId(), j -> j.verdict().passed())
                .containsExactly(tuple("s1024", true), tuple("c1024-2-4", false));
    }

    @Test
    void rejectsNegativeNonFiniteAndAboveOneRateLimitsNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> SlaThresholds.builder().p99Millis(-1).build())
                .withMessageContaining("p99Millis = -1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> SlaThresholds.builder().minTps(Double.NaN).build())
                .withMessageContaining("minTps = NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> SlaThresholds.builder().maxErrorRate(1.5).build())
                .withMessageContaining("maxErrorRate = 1.5");
    }
}
