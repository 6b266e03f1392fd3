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

/** SLA judgement on hand-built results with known figures (the engine and the CLI word the verdicts). */
class SlaEvaluatorTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final StabilityConfiguration S2048 = new StabilityConfiguration(2048);
    private static final ConcurrencyConfiguration C2048_4_8 = new ConcurrencyConfiguration(2048, 4, 8);

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

    private static ColdStartSummary oneColdCall(int ok, double coldMillis) {
        return coldCalls(1, ok - 1, coldMillis, coldMillis);
    }

    /** {@code cold} calls judged cold from CloudWatch's start count, with this median and slowest latency. */
    private static ColdStartSummary coldCalls(int cold, int warm, double medianMillis, double maxMillis) {
        return new ColdStartSummary(cold, warm, 0, OptionalDouble.of(maxMillis), ColdStartSummary.METHOD_MODEL_SETUP_COUNT,
                "test", java.util.stream.LongStream.range(0, cold).boxed().toList(), OptionalDouble.of(medianMillis),
                OptionalDouble.of(medianMillis), OptionalDouble.of(maxMillis), OptionalDouble.empty());
    }

    private static List<String> failed(List<SlaVerdict> verdicts) {
        return verdicts.stream().filter(v -> !v.passed()).map(SlaVerdict::criterion).toList();
    }

    @Test
    void passesWhenEveryThresholdHolds() {
        List<SlaVerdict> verdicts = SlaEvaluator.evaluate(measured(S2048, 50, 100, 0, 0, oneColdCall(100, 300)),
                usdPerMillion(4.2), List.of(SlaThresholds.builder().p99Millis(100).maxThrottleRate(0).maxErrorRate(0)
                        .minTps(5).maxCostPerMillionUsd(5).maxColdStartMillis(400).build()));

        assertThat(verdicts).hasSize(6).allMatch(SlaVerdict::passed);
    }

    @Test
    void judgesEveryThresholdAgainstItsMeasuredFigure() {
        ConfigurationResult result = measured(C2048_4_8, 60, 90, 8, 2, oneColdCall(90, 900));

        List<SlaVerdict> verdicts = SlaEvaluator.evaluate(result, usdPerMillion(6.5), List.of(SlaThresholds.builder()
                .p50Millis(10).p90Millis(20).p99Millis(50).maxThrottleRate(0.05).maxErrorRate(0).minTps(20)
                .maxCostPerMillionUsd(5).maxColdStartMillis(500).build()));

        assertThat(verdicts).extracting(SlaVerdict::criterion, SlaVerdict::limit, SlaVerdict::passed).containsExactly(
                tuple("p50Millis", 10.0, false), tuple("p90Millis", 20.0, false), tuple("p99Millis", 50.0, false),
                tuple("maxThrottleRate", 0.05, false), tuple("maxErrorRate", 0.0, false), tuple("minTps", 20.0, false),
                tuple("maxCostPerMillionUsd", 5.0, false), tuple("maxColdStartMillis", 500.0, false));
        assertThat(verdicts.getFirst().actual().getAsDouble()).isBetween(59.9, 60.1);
        assertThat(verdicts.subList(3, 8)).extracting(v -> v.actual().getAsDouble())
                .containsExactly(0.08, 0.02, 9.0, 6.5, 900.0);
        assertThat(verdicts).extracting(SlaVerdict::configurationId).containsOnly("c2048-4-8");
    }

    @Test
    void countsThrottlesOnlyInTheThrottleRateAndOtherFailuresOnlyInTheErrorRate() {
        ConfigurationResult onlyThrottled = measured(C2048_4_8, 10, 90, 10, 0, ColdStartSummary.NONE);

        assertThat(failed(SlaEvaluator.evaluate(onlyThrottled, Optional.empty(),
                List.of(SlaThresholds.builder().maxErrorRate(0).build())))).isEmpty();
        assertThat(failed(SlaEvaluator.evaluate(onlyThrottled, Optional.empty(),
                List.of(SlaThresholds.builder().maxThrottleRate(0.1).build())))).isEmpty();
        assertThat(failed(SlaEvaluator.evaluate(onlyThrottled, Optional.empty(),
                List.of(SlaThresholds.builder().maxThrottleRate(0.09).build())))).hasSize(1);
    }

    @Test
    void appliesThresholdsOnlyToTheirPhasesMemorySizesAndMaxConcurrencies() {
        ConfigurationResult slow = measured(S2048, 10, 100, 0, 0, ColdStartSummary.NONE);
        SlaThresholds concurrencyOnly = SlaThresholds.builder().p99Millis(1).phases(Set.of(Phase.CONCURRENCY)).build();
        SlaThresholds otherMemory = SlaThresholds.builder().p99Millis(1).memorySizesMb(Set.of(1024)).build();
        SlaThresholds otherMaxConcurrency = SlaThresholds.builder().p99Millis(1).maxConcurrencies(Set.of(2)).build();

        assertThat(SlaEvaluator.evaluate(slow, Optional.empty(), List.of(concurrencyOnly, otherMemory, otherMaxConcurrency)))
                .isEmpty();
        assertThat(failed(SlaEvaluator.evaluate(measured(C2048_4_8, 10, 100, 0, 0, ColdStartSummary.NONE),
                Optional.empty(), List.of(concurrencyOnly)))).hasSize(1);
        assertThat(failed(SlaEvaluator.evaluate(slow, Optional.empty(), List.of(SlaThresholds.builder().p99Millis(1)
                .memorySizesMb(Set.of(2048)).maxConcurrencies(Set.of(1)).build())))).hasSize(1);
    }

    @Test
    void treatsAThresholdOnAFigureNobodyMeasuredAsViolatedColdStartIncluded() {
        ConfigurationResult nothingSucceeded = measured(S2048, 10, 0, 0, 5, ColdStartSummary.NONE);

        List<SlaVerdict> verdicts = SlaEvaluator.evaluate(nothingSucceeded, Optional.empty(),
                List.of(SlaThresholds.builder().p99Millis(100).minTps(1).maxCostPerMillionUsd(1).maxColdStartMillis(1).build()));

        assertThat(verdicts).extracting(SlaVerdict::criterion, SlaVerdict::passed).containsExactly(
                tuple("p99Millis", false), tuple("minTps", false), tuple("maxCostPerMillionUsd", false),
                tuple("maxColdStartMillis", false));
        assertThat(verdicts).allMatch(v -> v.actual().isEmpty());
    }

    @Test
    void judgesEachPhaseWithTheCostOfItsMemorySize() {
        List<SlaVerdict> verdicts = SlaEvaluator.evaluate(
                List.of(measured(S2048, 10, 10, 0, 0, ColdStartSummary.NONE),
                        measured(new StabilityConfiguration(1024), 10, 10, 0, 0, ColdStartSummary.NONE),
                        deploymentFailed(new StabilityConfiguration(3072))),
                c -> c.memoryMb() == 2048 ? usdPerMillion(6.5) : Optional.empty(),
                List.of(SlaThresholds.builder().maxCostPerMillionUsd(5).build()));

        assertThat(verdicts).extracting(SlaVerdict::configurationId, SlaVerdict::actual)
                .containsExactly(tuple("s2048", OptionalDouble.of(6.5)), tuple("s1024", OptionalDouble.empty()));
    }

    @Test
    void judgesLatencyAgainstTheLimitInMillisecondsForEveryConfigurationOfARun() {
        BenchmarkResult result = result(measured(new StabilityConfiguration(1024), 40, 100, 0, 0, ColdStartSummary.NONE),
                measured(new StabilityConfiguration(2048), 20, 100, 0, 0, ColdStartSummary.NONE));

        List<SlaVerdict> verdicts = SlaEvaluator.evaluate(result, List.of(SlaThresholds.builder().p99Millis(30).build()));

        assertThat(verdicts).extracting(SlaVerdict::configurationId, SlaVerdict::passed)
                .containsExactly(tuple("s1024", false), tuple("s2048", true));
        assertThat(verdicts.getFirst().actual().getAsDouble()).isBetween(39.9, 40.1);
        assertThat(verdicts.getFirst().limit()).isEqualTo(30);
    }

    @Test
    void reportsRatesAsFractionsOfCallsIssued() {
        BenchmarkResult result = result(measured(new StabilityConfiguration(1024), 10, 90, 5, 5, ColdStartSummary.NONE));

        List<SlaVerdict> verdicts = SlaEvaluator.evaluate(result,
                        List.of(SlaThresholds.builder().maxThrottleRate(0.05).maxErrorRate(0.04).build()));

        assertThat(verdicts).extracting(SlaVerdict::criterion, SlaVerdict::passed)
                .containsExactly(tuple("maxThrottleRate", true), tuple("maxErrorRate", false));
        assertThat(verdicts.get(1).actual()).hasValue(0.05);
    }

    @Test
    void judgesTheMedianColdStartAndFailsWhenNoneWasMeasured() {
        BenchmarkResult result = result(
                measured(new StabilityConfiguration(1024), 10, 10, 0, 0, ColdStartSummary.NONE),
                measured(new StabilityConfiguration(2048), 10, 10, 0, 0, coldCalls(3, 7, 750, 900)));

        List<SlaVerdict> verdicts = SlaEvaluator.evaluate(result,
                List.of(SlaThresholds.builder().maxColdStartMillis(800).build()));

        assertThat(verdicts).extracting(SlaVerdict::passed).containsExactly(false, true);
        assertThat(verdicts.get(0).actual()).isEmpty();
        assertThat(verdicts.get(1).actual()).hasValue(750.0);
        assertThat(SlaCriterion.MAX_COLD_START_MILLIS.unmeasuredReason()).isEqualTo("no cold start was measured");
    }

    @Test
    void judgesTheColdStartRateOnlyWhereEveryCallCouldBeJudged() {
        ColdStartSummary firstCallOnly = new ColdStartSummary(1, 0, 9, OptionalDouble.of(700),
                ColdStartSummary.METHOD_FIRST_CALL, "test", List.of(0L), OptionalDouble.of(700), OptionalDouble.of(700),
                OptionalDouble.of(700), OptionalDouble.empty());
        BenchmarkResult result = result(
                measured(new StabilityConfiguration(1024), 10, 10, 0, 0, coldCalls(1, 9, 700, 700)),
                measured(new StabilityConfiguration(2048), 10, 10, 0, 0, coldCalls(2, 8, 700, 700)),
                measured(new StabilityConfiguration(3072), 10, 10, 0, 0, firstCallOnly));

        List<SlaVerdict> verdicts = SlaEvaluator.evaluate(result,
                List.of(SlaThresholds.builder().maxColdStartRate(0.1).build()));

        assertThat(verdicts).extracting(SlaVerdict::criterion, SlaVerdict::actual, SlaVerdict::passed).containsExactly(
                tuple("maxColdStartRate", OptionalDouble.of(0.1), true),
                tuple("maxColdStartRate", OptionalDouble.of(0.2), false),
                tuple("maxColdStartRate", OptionalDouble.empty(), false));
    }

    @Test
    void treatsMinimumTpsAsAFloor() {
        BenchmarkResult result = result(measured(new StabilityConfiguration(1024), 10, 50, 0, 0, ColdStartSummary.NONE));

        SlaVerdict verdict = SlaEvaluator.evaluate(result, List.of(SlaThresholds.builder().minTps(6).build())).getFirst();

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.actual()).hasValue(5.0);
    }

    @Test
    void judgesOnlyTheScopedPhaseAndNeverAConfigurationThatDidNotDeploy() {
        BenchmarkResult result = result(
                measured(new StabilityConfiguration(1024), 10, 10, 0, 0, ColdStartSummary.NONE),
                deploymentFailed(new StabilityConfiguration(2048)),
                measured(new ConcurrencyConfiguration(1024, 2, 4), 10, 10, 10, 0, ColdStartSummary.NONE));

        List<SlaVerdict> stabilityOnly = SlaEvaluator.evaluate(result, List.of(SlaThresholds.builder()
                .maxThrottleRate(0).phases(Set.of(Phase.STABILITY)).build()));
        List<SlaVerdict> all = SlaEvaluator.evaluate(result, List.of(SlaThresholds.builder().maxThrottleRate(0).build()));

        assertThat(stabilityOnly).extracting(SlaVerdict::configurationId).containsExactly("s1024");
        assertThat(all).extracting(SlaVerdict::configurationId, SlaVerdict::passed)
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
