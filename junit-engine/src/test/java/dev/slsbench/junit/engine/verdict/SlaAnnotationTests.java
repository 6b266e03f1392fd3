package dev.slsbench.junit.engine.verdict;

import dev.slsbench.junit.BenchmarkPhase;
import dev.slsbench.junit.Sla;
import dev.slsbench.plan.Phase;
import dev.slsbench.sla.SlaCriterion;
import dev.slsbench.sla.SlaThresholds;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SlaAnnotationTests {

    @Sla(p99Millis = 500, maxThrottleRate = 0.05, maxErrorRate = 0)
    private static final class EveryConfiguration {
    }

    @Sla(phase = BenchmarkPhase.STABILITY, memory = {2048, 3072}, maxConcurrency = 1, p50Millis = 40,
            maxCostPerMillionUsd = 5, minTps = -7)
    private static final class StabilityAt2048And3072 {
    }

    @Sla(maxErrorRate = 1.5, p90Millis = Double.NaN)
    private static final class Unusable {
    }

    @Test
    void setsOnlyTheThresholdsTheAnnotationGivesANonNegativeValue() {
        SlaThresholds thresholds = SlaAnnotation.thresholds(StabilityAt2048And3072.class.getAnnotation(Sla.class));

        assertThat(thresholds.limits()).isEqualTo(Map.of(SlaCriterion.P50_MILLIS, 40.0,
                SlaCriterion.MAX_COST_PER_MILLION_USD, 5.0));
        assertThat(thresholds.phases()).containsExactly(Phase.STABILITY);
        assertThat(thresholds.memorySizesMb()).containsExactlyInAnyOrder(2048, 3072);
        assertThat(thresholds.maxConcurrencies()).containsExactly(1);
    }

    @Test
    void scopesAnUnnarrowedSlaToTheStabilityAndConcurrencyPhases() {
        SlaThresholds thresholds = SlaAnnotation.thresholds(EveryConfiguration.class.getAnnotation(Sla.class));

        assertThat(thresholds.limits()).containsOnlyKeys(SlaCriterion.P99_MILLIS, SlaCriterion.MAX_THROTTLE_RATE,
                SlaCriterion.MAX_ERROR_RATE);
        assertThat(thresholds.phases()).isEqualTo(Set.of(Phase.STABILITY, Phase.CONCURRENCY));
        assertThat(thresholds.memorySizesMb()).isEmpty();
        assertThat(thresholds.maxConcurrencies()).isEmpty();
    }

    @Test
    void namesEveryUnusableValue() {
        assertThat(SlaAnnotation.problems(Unusable.class.getAnnotation(Sla.class))).containsExactly(
                "@Sla(maxErrorRate = 1.5) is not a fraction between 0 and 1",
                "@Sla(p90Millis = NaN) is not a finite number; leave it out (or negative) to not check it");
        assertThat(SlaAnnotation.problems(EveryConfiguration.class.getAnnotation(Sla.class))).isEmpty();
    }
}
