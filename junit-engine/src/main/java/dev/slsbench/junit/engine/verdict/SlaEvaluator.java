package dev.slsbench.junit.engine.verdict;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.stats.OutcomeCounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Checks the SLAs that apply to a configuration against its figures and lists every violation.
 * A threshold on a figure that was not measured is a violation too (no successful call to take
 * a percentile of, an unpriced region), except cold start: no cold call seen means none too slow.
 */
public final class SlaEvaluator {

    private SlaEvaluator() {
    }

    /** Every violation of the {@code slas} applying to {@code configuration}, in SLA then attribute order. */
    public static List<SlaViolation> evaluate(List<SlaThresholds> slas, BenchmarkConfiguration configuration,
                                              MeasuredFigures figures) {
        List<SlaViolation> violations = new ArrayList<>();
        for (SlaThresholds sla : slas) {
            if (sla.appliesTo(configuration)) {
                check(sla, figures, violations);
            }
        }
        return violations;
    }

    private static void check(SlaThresholds sla, MeasuredFigures f, List<SlaViolation> violations) {
        latency(violations, "p50Millis", "median latency", sla.p50Millis(),
                f.latency().map(l -> OptionalDouble.of(l.medianMillis())).orElse(OptionalDouble.empty()));
        latency(violations, "p90Millis", "p90 latency", sla.p90Millis(),
                f.latency().map(l -> OptionalDouble.of(l.p90Millis())).orElse(OptionalDouble.empty()));
        latency(violations, "p99Millis", "p99 latency", sla.p99Millis(),
                f.latency().map(l -> OptionalDouble.of(l.p99Millis())).orElse(OptionalDouble.empty()));
        OutcomeCounts outcomes = f.outcomes();
        if (sla.maxThrottleRate().isPresent() && outcomes.throttleRate() > sla.maxThrottleRate().getAsDouble()) {
            violations.add(new SlaViolation("maxThrottleRate", "throttle rate",
                    MeasuredFigures.rate(outcomes.throttleRate(), outcomes.throttled(), outcomes.issued()),
                    number(sla.maxThrottleRate().getAsDouble())));
        }
        if (sla.maxErrorRate().isPresent() && outcomes.errorRate() > sla.maxErrorRate().getAsDouble()) {
            violations.add(new SlaViolation("maxErrorRate", "error rate",
                    MeasuredFigures.rate(outcomes.errorRate(), outcomes.errors(), outcomes.issued()),
                    number(sla.maxErrorRate().getAsDouble())));
        }
        if (sla.minTps().isPresent()) {
            double min = sla.minTps().getAsDouble();
            if (f.tps().isEmpty()) {
                violations.add(new SlaViolation("minTps", "mean TPS", "not measured (no successful call)", number(min)));
            } else if (f.tps().get().mean() < min) {
                violations.add(new SlaViolation("minTps", "mean TPS",
                        String.format(Locale.ROOT, "%.2f", f.tps().get().mean()), number(min)));
            }
        }
        if (sla.maxCostPerMillionUsd().isPresent()) {
            double max = sla.maxCostPerMillionUsd().getAsDouble();
            if (f.costPerMillionUsd().isEmpty()) {
                violations.add(new SlaViolation("maxCostPerMillionUsd", "cost per 1M calls",
                        "not known (the region is not priced or the memory size was not costed)", number(max)));
            } else if (f.costPerMillionUsd().getAsDouble() > max) {
                violations.add(new SlaViolation("maxCostPerMillionUsd", "cost per 1M calls",
                        String.format(Locale.ROOT, "%.4f USD", f.costPerMillionUsd().getAsDouble()), number(max)));
            }
        }
        if (sla.maxColdStartMillis().isPresent() && f.coldStartMillis().isPresent()
                && f.coldStartMillis().getAsDouble() > sla.maxColdStartMillis().getAsDouble()) {
            violations.add(new SlaViolation("maxColdStartMillis", "cold start",
                    MeasuredFigures.millis(f.coldStartMillis().getAsDouble()), number(sla.maxColdStartMillis().getAsDouble())));
        }
    }

    private static void latency(List<SlaViolation> violations, String attribute, String figure, OptionalDouble limit,
                                OptionalDouble measured) {
        if (limit.isEmpty()) {
            return;
        }
        if (measured.isEmpty()) {
            violations.add(new SlaViolation(attribute, figure, "not measured (no successful call)",
                    number(limit.getAsDouble())));
        } else if (measured.getAsDouble() > limit.getAsDouble()) {
            violations.add(new SlaViolation(attribute, figure, MeasuredFigures.millis(measured.getAsDouble()),
                    number(limit.getAsDouble())));
        }
    }

    /** {@code 500} for 500.0, {@code 0.05} for 0.05. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
