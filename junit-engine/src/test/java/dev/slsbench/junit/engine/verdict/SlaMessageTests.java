package dev.slsbench.junit.engine.verdict;

import dev.slsbench.cost.BilledLatency;
import dev.slsbench.cost.BillingLatencySource;
import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.junit.SampleResults;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.sla.SlaEvaluator;
import dev.slsbench.sla.SlaThresholds;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's wording of the framework's SLA verdicts, in {@code @Sla} terms. */
class SlaMessageTests {

    private static Optional<ConfigurationCost> usdPerMillion(double usd) {
        BigDecimal perMillion = BigDecimal.valueOf(usd);
        return Optional.of(new ConfigurationCost(2048, new BilledLatency(10, BillingLatencySource.CLOUDWATCH),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, perMillion.movePointLeft(6), perMillion, Optional.empty()));
    }

    private static List<String> failures(ConfigurationResult result, Optional<ConfigurationCost> cost, SlaThresholds sla) {
        return SlaEvaluator.evaluate(result, cost, List.of(sla)).stream().filter(v -> !v.passed())
                .map(v -> SlaMessage.of(v, result.outcomes())).toList();
    }

    @Test
    void namesEachViolatedThresholdWithTheMeasuredValueAndTheAnnotationAttribute() {
        ConfigurationResult result = SampleResults.result(new ConcurrencyConfiguration(2048, 4, 8), 90, 8, 2, 900);
        var latency = result.latency().orElseThrow();

        assertThat(failures(result, usdPerMillion(6.5), SlaThresholds.builder()
                .p50Millis(10).p90Millis(20).p99Millis(50).maxThrottleRate(0.05).maxErrorRate(0).minTps(20)
                .maxCostPerMillionUsd(5).maxColdStartMillis(500).build())).containsExactly(
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
    void saysWhichFigureWasNotMeasured() {
        ConfigurationResult nothingSucceeded = SampleResults.result(new StabilityConfiguration(2048), 0, 0, 5, -1);

        assertThat(failures(nothingSucceeded, Optional.empty(), SlaThresholds.builder().p99Millis(100).minTps(1)
                .maxCostPerMillionUsd(1).maxColdStartMillis(1).build())).containsExactly(
                "p99 latency not measured (no successful call) exceeds @Sla(p99Millis = 100)",
                "mean TPS not measured (no successful call) is below @Sla(minTps = 1)",
                "cost per 1M calls not known (the region is not priced or the memory size was not costed)"
                        + " exceeds @Sla(maxCostPerMillionUsd = 1)",
                "cold start not measured (no cold start was measured) exceeds @Sla(maxColdStartMillis = 1)");
    }

    @Test
    void wordsMinimumTpsAsAFloorAndAPassAsWithin() {
        ConfigurationResult result = SampleResults.result(new StabilityConfiguration(1024), 50, 0, 0, -1);

        assertThat(SlaMessage.of(new SlaVerdict("s1024", "minTps", 11, OptionalDouble.of(10), false), result.outcomes()))
                .isEqualTo("mean TPS 10.00 is below @Sla(minTps = 11)");
        assertThat(SlaMessage.of(new SlaVerdict("s1024", "p99Millis", 500, OptionalDouble.of(50), true),
                result.outcomes())).isEqualTo("p99 latency 50.00 ms is within @Sla(p99Millis = 500)");
    }
}
