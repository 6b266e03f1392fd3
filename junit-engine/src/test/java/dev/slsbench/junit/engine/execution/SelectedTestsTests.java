package dev.slsbench.junit.engine.execution;

import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.RampPhase;
import dev.slsbench.plan.StairsPhase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SelectedTestsTests {

    private final BenchmarkPlan plan = BenchmarkPlan.builder("m").memorySizesMb(1024, 2048, 3072)
            .concurrencyMaxValues(2, 4).clientMultipliers(1, 2).build();

    @Test
    void keepsThePlanWhenEverythingIsSelected() {
        assertThat(SelectedTests.all().prune(plan)).isSameAs(plan);
    }

    @Test
    void runsOnlyTheSelectedStabilitySizesWithoutConcurrency() {
        BenchmarkPlan pruned = new SelectedTests(false, Set.of(2048), false, Set.of(), false).prune(plan);

        assertThat(pruned.memorySizesMb()).containsExactly(2048);
        assertThat(pruned.includeConcurrency()).isFalse();
        assertThat(pruned.runId()).isEqualTo(plan.runId());
    }

    @Test
    void leavesOutTrafficShapesAndOpenLoopPhasesWhenOnlySomeTestsAreSelected() {
        BenchmarkPlan withShapes = plan.toBuilder()
                .openLoopPhases(List.of(new OpenLoopPhase(5, Duration.ofSeconds(10), 1024, 2)))
                .stairsPhases(List.of(new StairsPhase(1, 3, Duration.ofSeconds(10), 1024, 2)))
                .rampPhases(List.of(new RampPhase(1, 9, Duration.ofSeconds(10), 1024, 2))).build();

        BenchmarkPlan pruned = new SelectedTests(false, Set.of(2048), false, Set.of(), false).prune(withShapes);

        assertThat(pruned.openLoopPhases()).isEmpty();
        assertThat(pruned.trafficConfigurations()).isEmpty();
        assertThat(SelectedTests.all().prune(withShapes).trafficConfigurations()).hasSize(2);
    }

    @Test
    void keepsEveryStabilitySizeWhenConcurrencyNeedsARecommendation() {
        BenchmarkPlan pruned = new SelectedTests(false, Set.of(), false, Set.of(4), false).prune(plan);

        assertThat(pruned.memorySizesMb()).containsExactly(1024, 2048, 3072);
        assertThat(pruned.concurrencyMaxValues()).containsExactly(4);
        assertThat(pruned.clientMultipliers()).containsExactly(1.0, 2.0);
    }

    @Test
    void measuresOnlyThePinnedSizeForConcurrencyAtAPinnedMemory() {
        BenchmarkPlan pinned = plan.toBuilder().concurrencyMemoryMb(3072).build();

        BenchmarkPlan pruned = new SelectedTests(false, Set.of(), false, Set.of(2), false).prune(pinned);

        assertThat(pruned.memorySizesMb()).containsExactly(3072);
        assertThat(pruned.concurrencyConfigurations(3072)).extracting(c -> c.maxConcurrency()).containsOnly(2);
    }

    @Test
    void keepsWholePhasesForPhaseChecks() {
        BenchmarkPlan pruned = new SelectedTests(false, Set.of(1024), true, Set.of(2), true).prune(plan);

        assertThat(pruned.memorySizesMb()).isEqualTo(List.of(1024, 2048, 3072));
        assertThat(pruned.concurrencyMaxValues()).containsExactly(2, 4);
    }
}
