package dev.slsbench.recommend;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProvisionedConcurrencyRuleTest {

    @Test
    void recommendsTheSmallestValueWithTheFewestColdCallsAndNamesEachMonth() {
        Optional<ProvisionedConcurrencyRule.Choice> choice = ProvisionedConcurrencyRule.choose(List.of(
                new ProvisionedConcurrencyObservation(0, 30, 1, Optional.of(new BigDecimal("0.42"))),
                new ProvisionedConcurrencyObservation(2, 30, 0, Optional.of(new BigDecimal("26"))),
                new ProvisionedConcurrencyObservation(1, 30, 0, Optional.of(new BigDecimal("13.04")))));

        assertThat(choice).hasValueSatisfying(c -> {
            assertThat(c.provisionedConcurrency()).isEqualTo(1);
            assertThat(c.reason()).isEqualTo("ProvisionedConcurrency 1: the smallest value with the fewest cold calls"
                    + " in the stability phase (cold calls: 1 of 30 at 0 ($0.42/month), 0 of 30 at 1 ($13.04/month),"
                    + " 0 of 30 at 2 ($26.00/month)).");
        });
    }

    @Test
    void keepsTheSmallestValueWhenNoLargerOneSawFewerColdCalls() {
        Optional<ProvisionedConcurrencyRule.Choice> choice = ProvisionedConcurrencyRule.choose(List.of(
                new ProvisionedConcurrencyObservation(0, 30, 0, Optional.empty()),
                new ProvisionedConcurrencyObservation(1, 30, 0, Optional.empty())));

        assertThat(choice).hasValueSatisfying(c -> {
            assertThat(c.provisionedConcurrency()).isZero();
            assertThat(c.reason()).startsWith("ProvisionedConcurrency 0: no larger value saw fewer cold calls");
        });
    }

    @Test
    void saysThatWarmUpCallsTookTheColdStartsItCompares() {
        Optional<ProvisionedConcurrencyRule.Choice> choice = ProvisionedConcurrencyRule.choose(List.of(
                new ProvisionedConcurrencyObservation(0, 30, 0, Optional.empty()),
                new ProvisionedConcurrencyObservation(1, 30, 0, Optional.empty())), 5);

        assertThat(choice).hasValueSatisfying(c -> {
            assertThat(c.provisionedConcurrency()).isZero();
            assertThat(c.reason()).endsWith("(cold calls: 0 of 30 at 0, 0 of 30 at 1). Each configuration's 5 warm-up"
                    + " calls came first and took its cold starts, so these counts cannot show what"
                    + " ProvisionedConcurrency removes: measure it with a cold-start phase or without warm-up calls.");
        });
    }

    @Test
    void choosesNothingFromOneValue() {
        assertThat(ProvisionedConcurrencyRule.choose(List.of(
                new ProvisionedConcurrencyObservation(0, 30, 1, Optional.empty())))).isEmpty();
    }
}
