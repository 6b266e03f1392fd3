package dev.slsbench.junit.engine.execution;

import dev.slsbench.plan.BenchmarkPlan;

import java.util.List;
import java.util.Set;

/**
 * Which tests of a benchmark class were selected (an IDE's "rerun failed", a unique-id
 * selector), so that the run measures only what they need: on AWS every configuration costs
 * money and minutes.
 *
 * @param everything the whole class was selected, or a test that needs the whole run (cost &
 *        recommendation, a whole-run verify method)
 * @param stabilityMemorySizesMb the selected stability tests' memory sizes
 * @param stabilityPhaseChecks a stability phase verify test is selected
 * @param concurrencyMaxValues the selected concurrency tests' MaxConcurrency values
 * @param concurrencyPhaseChecks a concurrency phase verify test is selected
 */
public record SelectedTests(boolean everything, Set<Integer> stabilityMemorySizesMb, boolean stabilityPhaseChecks,
                            Set<Integer> concurrencyMaxValues, boolean concurrencyPhaseChecks) {

    public SelectedTests {
        stabilityMemorySizesMb = Set.copyOf(stabilityMemorySizesMb);
        concurrencyMaxValues = Set.copyOf(concurrencyMaxValues);
    }

    /** Every test of the class. */
    public static SelectedTests all() {
        return new SelectedTests(true, Set.of(), false, Set.of(), false);
    }

    /**
     * {@code plan} cut down to what the selected tests need. The concurrency phase needs every
     * stability size to recommend one, unless its memory size is pinned; a stability phase
     * check needs every stability size; a concurrency phase check needs every MaxConcurrency; the
     * open-loop phases and traffic shapes run only with every test.
     */
    public BenchmarkPlan prune(BenchmarkPlan plan) {
        if (everything) {
            return plan;
        }
        boolean concurrency = plan.includeConcurrency() && (concurrencyPhaseChecks || !concurrencyMaxValues.isEmpty());
        boolean allSizes = stabilityPhaseChecks || (concurrency && plan.concurrencyMemoryMb().isEmpty());
        List<Integer> sizes = allSizes ? plan.memorySizesMb()
                : plan.memorySizesMb().stream().filter(stabilityMemorySizesMb::contains).toList();
        if (sizes.isEmpty()) {
            sizes = List.of(plan.concurrencyMemoryMb().orElse(plan.memorySizesMb().getFirst()));
        }
        // open-loop phases and traffic shapes have no tests of their own, so no selected test needs them
        BenchmarkPlan.Builder pruned = plan.toBuilder().memorySizesMb(sizes).includeConcurrency(concurrency)
                .openLoopPhases(List.of()).stairsPhases(List.of()).rampPhases(List.of());
        if (concurrency && !concurrencyPhaseChecks) {
            pruned.concurrencyMaxValues(plan.concurrencyMaxValues().stream().filter(concurrencyMaxValues::contains).toList());
        }
        return pruned.build();
    }
}
