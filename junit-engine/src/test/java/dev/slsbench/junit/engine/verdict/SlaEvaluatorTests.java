package dev.slsbench.junit.engine.verdict;

import dev.slsbench.junit.BenchmarkPhase;
import dev.slsbench.junit.SampleResults;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.result.ConfigurationResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SlaEvaluatorTests {

    private static final StabilityConfiguration S2048 = new StabilityConfiguration(2048);
    private static final ConcurrencyConfiguration C2048_4_8 = new ConcurrencyConfiguration(2048, 4, 8);

    @Test
    void passesWhenEveryThresholdHolds() {
        var figures = figures(SampleResults.result(S2048, 100, 0, 0, 300), 4.2);

        assertThat(SlaEvaluator.evaluate(List.of(sla().p99(100).throttle(0).errors(0).tps(5).cost(5).cold(400).build()),
                S2048, figures)).isEmpty();
    }

    @Test
    void listsEveryViolatedThresholdWithTheMeasuredValue() {
        var figures = figures(SampleResults.result(C2048_4_8, 90, 8, 2, 900), 6.5);
        var latency = figures.latency().orElseThrow();

        List<SlaViolation> violations = SlaEvaluator.evaluate(
                List.of(sla().p50(10).p90(20).p99(50).throttle(0.05).errors(0).tps(20).cost(5).cold(500).build()),
                C2048_4_8, figures);

        assertThat(violations).extracting(SlaViolation::describe).containsExactly(
                "median latency 45.50 ms exceeds @Sla(p50Millis = 10)",
                "p90 latency %.2f ms exceeds @Sla(p90Millis = 20)".formatted(latency.p90Millis()),
                "p99 latency %.2f ms exceeds @Sla(p99Millis = 50)".formatted(latency.p99Millis()),
                "throttle rate 0.0800 (8 of 100 calls) exceeds @Sla(maxThrottleRate = 0.05)",
                "error rate 0.0200 (2 of 100 calls) exceeds @Sla(maxErrorRate = 0)",
                "mean TPS 10.00 is below @Sla(minTps = 20)",
                "cost per 1M calls 6.5000 USD exceeds @Sla(maxCostPerMillionUsd = 5)",
                "cold start 900.00 ms exceeds @Sla(maxColdStartMillis = 500)");
    }

    @Test
    void countsThrottlesOnlyInTheThrottleRateAndOtherFailuresOnlyInTheErrorRate() {
        var onlyThrottled = figures(SampleResults.result(C2048_4_8, 90, 10, 0, -1), 1);

        assertThat(SlaEvaluator.evaluate(List.of(sla().errors(0).build()), C2048_4_8, onlyThrottled)).isEmpty();
        assertThat(SlaEvaluator.evaluate(List.of(sla().throttle(0.1).build()), C2048_4_8, onlyThrottled)).isEmpty();
        assertThat(SlaEvaluator.evaluate(List.of(sla().throttle(0.09).build()), C2048_4_8, onlyThrottled)).hasSize(1);
    }

    @Test
    void appliesAnSlaOnlyToItsPhaseMemorySizesAndMaxConcurrencies() {
        var slow = figures(SampleResults.result(S2048, 100, 0, 0, -1), 1);
        SlaThresholds concurrencyOnly = sla().p99(1).phase(BenchmarkPhase.CONCURRENCY).build();
        SlaThresholds otherMemory = sla().p99(1).memory(1024).build();
        SlaThresholds otherMaxConcurrency = sla().p99(1).maxConcurrency(2).build();

        assertThat(SlaEvaluator.evaluate(List.of(concurrencyOnly, otherMemory, otherMaxConcurrency), S2048, slow)).isEmpty();
        assertThat(SlaEvaluator.evaluate(List.of(concurrencyOnly), C2048_4_8, slow)).hasSize(1);
        assertThat(SlaEvaluator.evaluate(List.of(sla().p99(1).memory(2048).maxConcurrency(1).build()), S2048, slow)).hasSize(1);
    }

    @Test
    void treatsAThresholdOnAFigureNobodyMeasuredAsViolatedExceptColdStart() {
        var nothingSucceeded = figures(SampleResults.result(S2048, 0, 0, 5, -1), Double.NaN);

        assertThat(SlaEvaluator.evaluate(List.of(sla().p99(100).tps(1).cost(1).cold(1).build()), S2048, nothingSucceeded))
                .extracting(SlaViolation::describe).containsExactly(
                        "p99 latency not measured (no successful call) exceeds @Sla(p99Millis = 100)",
                        "mean TPS not measured (no successful call) is below @Sla(minTps = 1)",
                        "cost per 1M calls not known (the region is not priced or the memory size was not costed)"
                                + " exceeds @Sla(maxCostPerMillionUsd = 1)");
    }

    private static MeasuredFigures figures(ConfigurationResult result, double usdPerMillion) {
        MeasuredFigures measured = MeasuredFigures.of(result, Optional.empty());
        return new MeasuredFigures(measured.outcomes(), measured.latency(), measured.tps(),
                Double.isNaN(usdPerMillion) ? OptionalDouble.empty() : OptionalDouble.of(usdPerMillion),
                measured.coldStartMillis());
    }

    private static Thresholds sla() {
        return new Thresholds();
    }

    /** Builds thresholds as an {@code @Sla} would set them. */
    private static final class Thresholds {
        private OptionalDouble p50 = OptionalDouble.empty(), p90 = OptionalDouble.empty(), p99 = OptionalDouble.empty(),
                throttle = OptionalDouble.empty(), errors = OptionalDouble.empty(), tps = OptionalDouble.empty(),
                cost = OptionalDouble.empty(), cold = OptionalDouble.empty();
        private BenchmarkPhase phase = BenchmarkPhase.ALL;
        private Set<Integer> memory = Set.of();
        private Set<Integer> maxConcurrency = Set.of();

        Thresholds p50(double v) { p50 = OptionalDouble.of(v); return this; }
        Thresholds p90(double v) { p90 = OptionalDouble.of(v); return this; }
        Thresholds p99(double v) { p99 = OptionalDouble.of(v); return this; }
        Thresholds throttle(double v) { throttle = OptionalDouble.of(v); return this; }
        Thresholds errors(double v) { errors = OptionalDouble.of(v); return this; }
        Thresholds tps(double v) { tps = OptionalDouble.of(v); return this; }
        Thresholds cost(double v) { cost = OptionalDouble.of(v); return this; }
        Thresholds cold(double v) { cold = OptionalDouble.of(v); return this; }
        Thresholds phase(BenchmarkPhase v) { phase = v; return this; }
        Thresholds memory(int v) { memory = Set.of(v); return this; }
        Thresholds maxConcurrency(int v) { maxConcurrency = Set.of(v); return this; }

        SlaThresholds build() {
            return new SlaThresholds(p50, p90, p99, throttle, errors, tps, cost, cold, phase, memory, maxConcurrency);
        }
    }
}
