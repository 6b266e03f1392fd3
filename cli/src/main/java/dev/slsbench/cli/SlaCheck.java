package dev.slsbench.cli;

import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.sla.SlaCriterion;
import dev.slsbench.sla.SlaEvaluator;
import dev.slsbench.sla.SlaJudgement;
import dev.slsbench.sla.SlaThresholds;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges a finished run against the SLA flags with the framework's {@link SlaEvaluator}: one
 * {@link SlaVerdict} per threshold and configuration that made calls (a configuration whose
 * endpoint never deployed has nothing to judge and makes the run incomplete instead).
 */
final class SlaCheck {

    private SlaCheck() {
    }

    /** Every verdict of {@code thresholds} on the configurations of {@code phase} in {@code result}. */
    static List<SlaVerdict> evaluate(BenchmarkResult result, Map<SlaCriterion, Double> thresholds,
                                     SlaOptions.SlaPhase phase) {
        SlaThresholds.Builder sla = SlaThresholds.builder().phases(phases(phase));
        thresholds.forEach(sla::limit);
        return SlaEvaluator.evaluate(result, List.of(sla.build())).stream().map(SlaJudgement::verdict).toList();
    }

    /** A line for a verdict: {@code s1024: p99 latency 612.34 ms exceeds --sla-p99-ms 500}. */
    static String describe(SlaVerdict verdict) {
        SlaFlag flag = SlaFlag.named(verdict.criterion());
        SlaCriterion criterion = flag.criterion();
        String actual = verdict.actual().isPresent() ? flag.format(verdict.actual().getAsDouble()) : "not measured";
        String relation = verdict.passed() ? (criterion.isMinimum() ? "meets" : "is within")
                : (criterion.isMinimum() ? "is below" : "exceeds");
        return verdict.configurationId() + ": " + criterion.figure() + " " + actual + " " + relation + " "
                + flag.flag() + " " + SlaEvaluator.number(verdict.limit());
    }

    private static Set<Phase> phases(SlaOptions.SlaPhase selected) {
        return switch (selected) {
            case ALL -> Set.of();
            case STABILITY -> Set.of(Phase.STABILITY);
            case CONCURRENCY -> Set.of(Phase.CONCURRENCY);
            case OPEN_LOOP -> Set.of(Phase.OPEN_LOOP);
        };
    }
}
