package dev.slsbench.sla;

import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.stats.OutcomeCounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Judges results against SLA thresholds: one verdict per threshold set and configuration it
 * applies to. A threshold on a figure that was not measured fails (no successful call to take a
 * percentile of, an unpriced region), except cold start: no cold call seen means none too slow.
 */
public final class SlaEvaluator {

    private SlaEvaluator() {
    }

    /**
     * Every judgement of {@code slas} on the configurations of {@code result} that made calls (a
     * configuration whose endpoint never deployed, or that was interrupted, has nothing to judge),
     * in configuration, then threshold-set, then criterion order; the cost is the run's at the
     * configuration's memory size.
     */
    public static List<SlaJudgement> evaluate(BenchmarkResult result, List<SlaThresholds> slas) {
        List<SlaJudgement> judgements = new ArrayList<>();
        for (ConfigurationResult c : result.configurations()) {
            if (c.status() == ConfigurationStatus.COMPLETED || c.status() == ConfigurationStatus.ABANDONED) {
                judgements.addAll(evaluate(c, result.cost(c.configuration().memoryMb()), slas));
            }
        }
        return judgements;
    }

    /** Every judgement of those {@code slas} that apply to {@code c}, whose cost is {@code cost}. */
    public static List<SlaJudgement> evaluate(ConfigurationResult c, Optional<ConfigurationCost> cost,
                                              List<SlaThresholds> slas) {
        List<SlaJudgement> judgements = new ArrayList<>();
        for (SlaThresholds sla : slas) {
            if (!sla.appliesTo(c.configuration())) {
                continue;
            }
            sla.limits().forEach((criterion, limit) -> {
                OptionalDouble actual = criterion.measure(c, cost);
                boolean passed = criterion.holds(actual, limit);
                SlaVerdict verdict = new SlaVerdict(c.configuration().id(), criterion.criterion(), limit, actual, passed);
                judgements.add(new SlaJudgement(verdict, message(criterion, limit, actual, passed, c.outcomes())));
            });
        }
        return judgements;
    }

    /** {@code p99 latency 612.34 ms exceeds @Sla(p99Millis = 500)}. */
    private static String message(SlaCriterion criterion, double limit, OptionalDouble actual, boolean passed,
                                  OutcomeCounts outcomes) {
        String relation = passed ? (criterion.isMinimum() ? "meets" : "is within")
                : (criterion.isMinimum() ? "is below" : "exceeds");
        return criterion.figure() + " " + measured(criterion, actual, outcomes) + " " + relation
                + " @Sla(" + criterion.criterion() + " = " + number(limit) + ")";
    }

    private static String measured(SlaCriterion criterion, OptionalDouble actual, OutcomeCounts outcomes) {
        if (actual.isEmpty()) {
            return switch (criterion) {
                case MAX_COST_PER_MILLION_USD -> "not known (the region is not priced or the memory size was not costed)";
                case MAX_COLD_START_MILLIS -> "not seen";
                default -> "not measured (no successful call)";
            };
        }
        double value = actual.getAsDouble();
        return switch (criterion) {
            case P50_MILLIS, P90_MILLIS, P99_MILLIS, MAX_COLD_START_MILLIS -> String.format(Locale.ROOT, "%.2f ms", value);
            case MAX_THROTTLE_RATE -> rate(value, outcomes.throttled(), outcomes.issued());
            case MAX_ERROR_RATE -> rate(value, outcomes.errors(), outcomes.issued());
            case MIN_TPS -> String.format(Locale.ROOT, "%.2f", value);
            case MAX_COST_PER_MILLION_USD -> String.format(Locale.ROOT, "%.4f USD", value);
        };
    }

    private static String rate(double value, long count, long issued) {
        return String.format(Locale.ROOT, "%.4f (%d of %d calls)", value, count, issued);
    }

    /** {@code 500} for 500.0, {@code 0.05} for 0.05. */
    public static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
