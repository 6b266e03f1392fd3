package dev.slsbench.emulator.fault;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultPlanTest {

    @Test
    void readsTheFaultsFlag() {
        FaultPlan plan = FaultPlan.parse("control-plane-throttle=0.2, runtime-5xx=0.01,seed=7");

        assertThat(plan).isEqualTo(new FaultPlan(0.2, 0.01, 7));
        assertThat(FaultPlan.parse(plan.toString())).isEqualTo(plan);
        assertThat(FaultPlan.parse("runtime-5xx=1")).isEqualTo(new FaultPlan(0, 1, FaultPlan.DEFAULT_SEED));
        assertThat(FaultPlan.parse("none").isActive()).isFalse();
        assertThat(FaultPlan.parse("").isActive()).isFalse();
    }

    @Test
    void refusesUnknownFaultsAndProbabilitiesOutsideZeroToOneByName() {
        assertThatThrownBy(() -> FaultPlan.parse("disk-full=0.1")).hasMessageContaining("unknown fault 'disk-full'");
        assertThatThrownBy(() -> FaultPlan.parse("runtime-5xx=1.5")).hasMessageContaining("runtime-5xx").hasMessageContaining("1.5");
        assertThatThrownBy(() -> FaultPlan.parse("control-plane-throttle=often")).hasMessageContaining("often");
        assertThatThrownBy(() -> FaultPlan.parse("seed=x")).hasMessageContaining("seed needs a whole number, got: x");
        assertThatThrownBy(() -> FaultPlan.parse("runtime-5xx")).hasMessageContaining("KIND=PROBABILITY");
    }

    @Test
    void injectsTheSameFaultsForTheSameSeedAndNoneWhenOff() {
        FaultInjector first = new FaultInjector(new FaultPlan(0.3, 0.3, 42));
        FaultInjector second = new FaultInjector(new FaultPlan(0.3, 0.3, 42));

        assertThat(IntStream.range(0, 200).mapToObj(i -> first.failInvocation("e")).toList())
                .isEqualTo(IntStream.range(0, 200).mapToObj(i -> second.failInvocation("e")).toList())
                .contains(FaultInjector.ServerError.INTERNAL_FAILURE, FaultInjector.ServerError.SERVICE_UNAVAILABLE);
        assertThat(first.runtimeServerErrors()).isBetween(30L, 90L);
        FaultInjector off = new FaultInjector(FaultPlan.none());
        assertThat(IntStream.range(0, 200).filter(i -> off.throttleControlPlane("SageMaker.ListEndpoints")).count()).isZero();
    }
}
