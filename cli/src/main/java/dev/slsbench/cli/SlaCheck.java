package dev.slsbench.cli;

import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.SlaVerdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Judges a finished run against the SLA flags: one {@link SlaVerdict} per threshold and
 * configuration that made calls (a configuration whose endpoint never deployed has nothing to
 * judge and makes the run incomplete instead). A latency, TPS or cost threshold on a figure
 * that could not be measured fails; a cold-start threshold with no cold start seen passes.
 */
final class SlaCheck {

    private SlaCheck() {
    }

    /** Every verdict of {@code thresholds} on the configurations of {@code phase} in {@code result}. */
    static List<SlaVerdict> evaluate(BenchmarkResult result, Map<SlaCriterion, Double> thresholds,
                                     SlaOptions.SlaPhase phase) {
        List<SlaVerdict> verdicts = new ArrayList<>();
        for (ConfigurationResult c : result.configurations()) {
            if (!applies(phase, c.configuration().phase()) || !madeCalls(c)) {
                continue;
            }
            thresholds.forEach((criterion, limit) -> {
                OptionalDouble actual = criterion.measure(c, result);
                verdicts.add(new SlaVerdict(c.configuration().id(), criterion.criterion(), limit, actual,
                        criterion.holds(actual, limit)));
            });
        }
        return verdicts;
    }

    /** A line for a failed verdict: {@code s1024: p99 latency 612.34 ms exceeds --sla-p99-ms 500}. */
    static String describe(SlaVerdict verdict) {
        SlaCriterion criterion = criterion(verdict.criterion());
        String actual = verdict.actual().isPresent() ? criterion.format(verdict.actual().getAsDouble())
                : "not measured";
        String relation = verdict.passed() ? (criterion.isMinimum() ? "meets" : "is within")
                : (criterion.isMinimum() ? "is below" : "exceeds");
        return verdict.configurationId() + ": " + criterion.figure() + " " + actual + " " + relation + " "
                + criterion.flag() + " " + plain(verdict.limit());
    }

    private static SlaCriterion criterion(String name) {
        for (SlaCriterion c : SlaCriterion.values()) {
            if (c.criterion().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown SLA criterion " + name);
    }

    private static boolean madeCalls(ConfigurationResult c) {
        return c.status() == ConfigurationStatus.COMPLETED || c.status() == ConfigurationStatus.ABANDONED;
    }

    private static boolean applies(SlaOptions.SlaPhase selected, Phase phase) {
        return switch (selected) {
            case ALL -> true;
            case STABILITY -> phase == Phase.STABILITY;
            case CONCURRENCY -> phase == Phase.CONCURRENCY;
            case OPEN_LOOP -> phase == Phase.OPEN_LOOP;
        };
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
