package dev.slsbench.examples.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AreaUnderCurveTest {

    @Test
    void isOneForAPerfectRankingAndZeroForAReversedOne() {
        float[] labels = {0, 0, 1, 1};

        assertThat(AreaUnderCurve.of(new double[] {0.1, 0.2, 0.8, 0.9}, labels)).isEqualTo(1.0);
        assertThat(AreaUnderCurve.of(new double[] {0.9, 0.8, 0.2, 0.1}, labels)).isEqualTo(0.0);
    }

    @Test
    void countsTiesAsHalf() {
        assertThat(AreaUnderCurve.of(new double[] {0.5, 0.5, 0.5, 0.5}, new float[] {0, 1, 0, 1})).isEqualTo(0.5);
    }

    @Test
    void matchesAHandCountOfOrderedPairs() {
        // positives 0.7, 0.4; negatives 0.6, 0.3, 0.4: pairs won 3 (0.7) + 1 (0.4>0.3) + 0.5 (tie 0.4) = 4.5 of 6
        double auc = AreaUnderCurve.of(new double[] {0.7, 0.6, 0.4, 0.3, 0.4}, new float[] {1, 0, 1, 0, 0});

        assertThat(auc).isCloseTo(4.5 / 6, within(1e-12));
    }

    @Test
    void needsBothClasses() {
        assertThatThrownBy(() -> AreaUnderCurve.of(new double[] {0.1, 0.2}, new float[] {1, 1}))
                .hasMessageContaining("2 positives and 0 negatives");
    }
}
