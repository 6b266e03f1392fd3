package dev.slsbench.junit.engine.verdict;

import dev.slsbench.result.SlaVerdict;
import dev.slsbench.sla.SlaCriterion;
import dev.slsbench.sla.SlaEvaluator;
import dev.slsbench.stats.OutcomeCounts;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Words a framework {@link SlaVerdict} as the engine reports it, in the annotation's terms:
 * {@code p99 latency 612.34 ms exceeds @Sla(p99Millis = 500)}: the figure, the measured value with
 * its unit (and call counts for rates) and the threshold.
 */
public final class SlaMessage {

    private SlaMessage() {
    }

    /** The line for {@code verdict} on a configuration whose calls ended as {@code outcomes}. */
    public static String of(SlaVerdict verdict, OutcomeCounts outcomes) {
        SlaCriterion criterion = SlaCriterion.named(verdict.criterion());
        String relation = verdict.passed() ? (criterion.isMinimum() ? "meets" : "is within")
                : (criterion.isMinimum() ? "is below" : "exceeds");
        return criterion.figure() + " " + measured(criterion, verdict.actual(), outcomes) + " " + relation
                + " @Sla(" + criterion.criterion() + " = " + SlaEvaluator.number(verdict.limit()) + ")";
    }

    private static String measured(SlaCriterion criterion, OptionalDouble actual, OutcomeCounts outcomes) {
        if (actual.isEmpty()) {
            return switch (criterion) {
                case MAX_COST_PER_MILLION_USD -> "not known (the region is not priced or the memory size was not costed)";
                case MAX_COLD_START_MILLIS, MAX_COLD_START_RATE -> "not measured (" + criterion.unmeasuredReason() + ")";
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
            case MAX_COLD_START_RATE -> String.format(Locale.ROOT, "%.4f", value);
        };
    }

    private static String rate(double value, long count, long issued) {
        return String.format(Locale.ROOT, "%.4f (%d of %d calls)", value, count, issued);
    }
}
