package dev.slsbench.cli;

import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.Phase;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.sla.SlaCriterion;
import dev.slsbench.sla.SlaThresholds;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI's SLA flags as the thresholds the run judges, and the lines the CLI prints for the
 * verdicts (the judgement itself is the framework's, tested in {@code SlaEvaluatorTest}).
 */
class SlaCheckTest {

    private static Map<SlaCriterion, Double> thresholds(Object... pairs) {
        Map<SlaCriterion, Double> thresholds = new EnumMap<>(SlaCriterion.class);
        for (int i = 0; i < pairs.length; i += 2) {
            thresholds.put((SlaCriterion) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return thresholds;
    }

    @Test
    void turnsTheFlagsIntoOneThresholdSetScopedToTheSelectedPhase() {
        List<SlaThresholds> stability = SlaCheck.thresholds(
                thresholds(SlaCriterion.P99_MILLIS, 30, SlaCriterion.MAX_ERROR_RATE, 0.04), SlaOptions.SlaPhase.STABILITY);

        assertThat(stability).singleElement().satisfies(sla -> {
            assertThat(sla.limits()).containsExactly(Map.entry(SlaCriterion.P99_MILLIS, 30.0),
                    Map.entry(SlaCriterion.MAX_ERROR_RATE, 0.04));
            assertThat(sla.phases()).containsExactly(Phase.STABILITY);
            assertThat(sla.appliesTo(new StabilityConfiguration(1024))).isTrue();
            assertThat(sla.appliesTo(new ConcurrencyConfiguration(1024, 2, 4))).isFalse();
        });
        assertThat(SlaCheck.thresholds(thresholds(SlaCriterion.MIN_TPS, 1), SlaOptions.SlaPhase.ALL).getFirst().phases())
                .isEqualTo(Set.of());
    }

    @Test
    void setsNoThresholdsWithoutFlags() {
        assertThat(SlaCheck.thresholds(Map.of(), SlaOptions.SlaPhase.ALL)).isEmpty();
    }

    @Test
    void wordsAViolatedLatencyLimitWithTheFlagAndUnit() {
        SlaVerdict verdict = new SlaVerdict("s1024", "p99Millis", 30, OptionalDouble.of(40.0), false);

        assertThat(SlaCheck.describe(verdict)).matches("s1024: p99 latency (39\\.9|40\\.0)\\d ms exceeds --sla-p99-ms 30");
    }

    @Test
    void wordsRatesAsFractions() {
        SlaVerdict verdict = new SlaVerdict("s1024", "maxErrorRate", 0.04, OptionalDouble.of(0.05), false);

        assertThat(SlaCheck.describe(verdict)).isEqualTo("s1024: error rate 0.0500 exceeds --sla-max-error-rate 0.04");
    }

    @Test
    void wordsAFigureThatWasNotMeasured() {
        SlaVerdict verdict = new SlaVerdict("s1024", "p50Millis", 1000, OptionalDouble.empty(), false);

        assertThat(SlaCheck.describe(verdict)).isEqualTo("s1024: median latency not measured exceeds --sla-p50-ms 1000");
    }

    @Test
    void saysNoColdStartWasMeasured() {
        SlaVerdict verdict = new SlaVerdict("s1024", "maxColdStartMillis", 500, OptionalDouble.empty(), false);

        assertThat(SlaCheck.describe(verdict)).isEqualTo(
                "s1024: cold start not measured (no cold start was measured) exceeds --sla-max-cold-start-ms 500");
    }

    @Test
    void wordsMinimumTpsAsAFloor() {
        SlaVerdict verdict = new SlaVerdict("s1024", "minTps", 6, OptionalDouble.of(5.0), false);

        assertThat(SlaCheck.describe(verdict)).isEqualTo("s1024: mean TPS 5.00 calls/s is below --sla-min-tps 6");
    }
}
