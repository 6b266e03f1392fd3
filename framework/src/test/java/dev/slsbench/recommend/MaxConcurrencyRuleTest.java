package dev.slsbench.recommend;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MaxConcurrencyRuleTest {

    /** A configuration of {@code issued} calls over one second, {@code throttled} of them throttled, the rest ok. */
    private static ConcurrencyObservation second(int maxConcurrency, int clients, long okPerSecond, long throttled) {
        return new ConcurrencyObservation(maxConcurrency, clients, okPerSecond + throttled, okPerSecond, throttled,
                Duration.ofSeconds(1));
    }

    @Test
    void recommendsTheLargestValueUpToWhichRaisingMaxConcurrencyStillPaidInThroughput() {
        var choice = MaxConcurrencyRule.choose(List.of(
                second(2, 2, 20, 0), second(2, 4, 20, 30),
                second(4, 4, 38, 0), second(4, 8, 37, 40),
                second(8, 8, 45, 0), second(8, 16, 44, 60))).orElseThrow();

        assertThat(choice.maxConcurrency()).isEqualTo(4);
        assertThat(choice.reason()).startsWith("MaxConcurrency 4: throughput scaled up to it (2 → 4: 20.0 → 38.0 "
                + "calls/s, +90.0% for 100.0% more MaxConcurrency) and a larger value did not pay (4 → 8: 38.0 → "
                + "45.0 calls/s, +18.4% for 100.0% more MaxConcurrency, less than half the proportional gain); "
                + "38.0 calls/s with 4 clients, 9.50 per unit of MaxConcurrency.")
                .endsWith("Throttled with no more clients than MaxConcurrency: 2: 0.0%, 4: 0.0%, 8: 0.0%.");
    }

    @Test
    void whenEveryStepPaysTheLargestValueTestedIsRecommendedAndALargerOneMayServeMore() {
        var choice = MaxConcurrencyRule.choose(List.of(second(2, 2, 20, 0), second(4, 4, 30, 0),
                second(8, 8, 45, 0))).orElseThrow();

        assertThat(choice.maxConcurrency()).isEqualTo(8);
        assertThat(choice.reason()).contains("2 → 4: 20.0 → 30.0 calls/s, +50.0% for 100.0% more",
                "4 → 8: 30.0 → 45.0 calls/s", "the largest value tested, so a larger one may serve more",
                "45.0 calls/s with 8 clients, 5.63 per unit of MaxConcurrency");
    }

    @Test
    void throughputIsMeasuredAtAValuesOwnFullLoadAndThrottlesAboveItDoNotCountAgainstIt() {
        var choice = MaxConcurrencyRule.choose(List.of(
                second(2, 1, 10, 0), second(2, 2, 18, 0), second(2, 4, 40, 80),
                second(4, 4, 30, 0), second(4, 8, 80, 120))).orElseThrow();

        assertThat(choice.maxConcurrency()).isEqualTo(4);
        assertThat(choice.reason()).contains("2 → 4: 18.0 → 30.0 calls/s, +66.7%", "30.0 calls/s with 4 clients",
                "2: 0.0%, 4: 0.0%");
    }

    @Test
    void aStepThatDoesNotPayStopsAtTheSmallestValue() {
        var choice = MaxConcurrencyRule.choose(List.of(second(2, 2, 74, 0), second(4, 4, 70, 0), second(8, 8, 77, 0)))
                .orElseThrow();

        assertThat(choice.maxConcurrency()).isEqualTo(2);
        assertThat(choice.reason()).startsWith("MaxConcurrency 2: a larger value did not pay (2 → 4: 74.0 → 70.0 "
                + "calls/s, -5.4% for 100.0% more MaxConcurrency, less than half the proportional gain)");
    }

    @Test
    void aValueThatThrottlesCallsWithinItsOwnMaxConcurrencyIsLeftOut() {
        var choice = MaxConcurrencyRule.choose(List.of(
                second(2, 2, 95, 5), second(4, 4, 40, 0), second(8, 8, 44, 0))).orElseThrow();

        assertThat(choice.maxConcurrency()).isEqualTo(4);
        assertThat(choice.reason()).contains("Throttled with no more clients than MaxConcurrency: 4: 0.0%, 8: 0.0%.",
                "2 is left out: it throttled 5.0% of 100 calls made with at most 2 clients.");
    }

    @Test
    void aValueTestedOnlyAboveItsMaxConcurrencyIsKeptAndTheReasonSaysThrottlingWithinItWasNotTested() {
        var choice = MaxConcurrencyRule.choose(List.of(second(2, 3, 20, 10), second(4, 6, 22, 20))).orElseThrow();

        assertThat(choice.maxConcurrency()).isEqualTo(2);
        assertThat(choice.reason()).contains("2: not tested, 4: not tested");
    }

    @Test
    void aSingleValueIsRecommendedAsTheOnlyOneTested() {
        var choice = MaxConcurrencyRule.choose(List.of(second(4, 4, 30, 0), second(4, 8, 31, 29))).orElseThrow();

        assertThat(choice.maxConcurrency()).isEqualTo(4);
        assertThat(choice.reason()).startsWith("MaxConcurrency 4: the only value tested; 30.0 calls/s with 4 clients, 7.50 per unit");
    }

    @Test
    void nothingIsRecommendedWithoutObservationsOrWhenEveryValueThrottlesWithinItsMaxConcurrency() {
        assertThat(MaxConcurrencyRule.choose(List.of())).isEmpty();
        assertThat(MaxConcurrencyRule.choose(List.of(second(2, 2, 90, 10), second(4, 4, 90, 10)))).isEmpty();
    }

    @Test
    void throughputCountsSuccessfulCallsOverTheElapsedTime() {
        assertThat(new ConcurrencyObservation(4, 4, 100, 90, 10, Duration.ofMillis(2_500)).okPerSecond()).isEqualTo(36.0);
        assertThat(new ConcurrencyObservation(4, 8, 10, 0, 10, Duration.ZERO).okPerSecond()).isZero();
    }
}
