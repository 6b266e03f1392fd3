package dev.slsbench.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinearScaleTest {

    @Test
    void coversTheDataWithNiceTicks() {
        LinearScale scale = LinearScale.covering(57.3, 408.9, false, 8, 0, 700);

        assertThat(scale.ticks()).containsExactly(0.0, 100.0, 200.0, 300.0, 400.0, 500.0);
        assertThat(scale.apply(0)).isEqualTo(0);
        assertThat(scale.apply(500)).isEqualTo(700);
        assertThat(scale.tickDecimals()).isZero();
    }

    @Test
    void keepsDecimalsForSmallSteps() {
        LinearScale scale = LinearScale.covering(3.8, 4.41, false, 6, 0, 100);

        assertThat(scale.tickStep()).isCloseTo(0.2, within(1e-12));
        assertThat(scale.ticks()).hasSize(5);
        assertThat(scale.ticks().getFirst()).isCloseTo(3.8, within(1e-9));
        assertThat(scale.ticks().getLast()).isCloseTo(4.6, within(1e-9));
        assertThat(scale.tickDecimals()).isEqualTo(1);
        assertThat(LinearScale.covering(0, 1, true, 6, 0, 100).tickStep()).isEqualTo(0.2);
        assertThat(LinearScale.covering(0, 0.9, true, 6, 0, 100).tickDecimals()).isEqualTo(1);
        assertThat(LinearScale.covering(0, 1.1, true, 6, 0, 100).tickStep()).isEqualTo(0.25);
        assertThat(LinearScale.covering(0, 1.1, true, 6, 0, 100).tickDecimals()).isEqualTo(2);
    }

    @Test
    void widensASinglePointSoItSitsInsideTheAxis() {
        LinearScale scale = LinearScale.covering(220, 220, false, 8, 0, 100);

        assertThat(scale.domainMin()).isLessThan(220);
        assertThat(scale.domainMax()).isGreaterThan(220);
        assertThat(LinearScale.covering(0, 0, true, 6, 0, 100).domainMax()).isPositive();
    }

    @Test
    void startsAmountsAtZeroAndMapsUpwardsForYAxes() {
        LinearScale y = LinearScale.covering(35, 64.4, true, 6, 268, 18);

        assertThat(y.domainMin()).isZero();
        assertThat(y.apply(0)).isEqualTo(268);
        assertThat(y.apply(y.domainMax())).isEqualTo(18);
    }
}
