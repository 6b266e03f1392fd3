package dev.slsbench.cli;

import dev.slsbench.plan.Phase;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.sla.SlaCriterion;
import dev.slsbench.sla.SlaEvaluator;
import dev.slsbench.sla.SlaThresholds;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SLA flags as the framework's {@link SlaThresholds}, which the run judges (one
 * {@link SlaVerdict} per threshold and configuration that made calls), and the CLI's wording of
 * a verdict.
 */
final class SlaCheck {

    private SlaCheck() {
    }

    /** The SLA flags as the run's thresholds, on the configurations of {@code phase}; none when no flag is set. */
    static List<SlaThresholds> thresholds(Map<SlaCriterion, Double> thresholds, SlaOptions.SlaPhase phase) {
        if (thresholds.isEmpty()) {
            return List.of();
        }
        SlaThresholds.Builder sla = SlaThresholds.builder().phases(phases(phase));
        thresholds.forEach(sla::limit);
        return List.of(sla.build());
    }

    /** A line for a verdict: {@code s1024: p99 latency 612.34 ms exceeds --sla-p99-ms 500}. */
    static String describe(SlaVerdict verdict) {
        SlaFlag flag = SlaFlag.named(verdict.criterion());
        SlaCriterion criterion = flag.criterion();
        String actual = verdict.actual().isPresent() ? flag.format(verdict.actual().getAsDouble())
                : criterion.isColdStart() ? "not measured (" + criterion.unmeasuredReason() + ")" : "not measured";
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
            case TRAFFIC -> Set.of(Phase.TRAFFIC);
        };
    }
}
