package dev.slsbench.sla;

import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.ConfigurationLabel;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.SlaVerdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Judges results against SLA thresholds: one verdict per threshold set and configuration it
 * applies to. A threshold on a figure that was not measured fails (no successful call to take a
 * percentile of, an unpriced region, no cold start measured).
 * A run judges its plan's SLAs once, as each phase ends; verdicts are structured so that each
 * front end (the JUnit engine, the CLI) words them its own way.
 */
public final class SlaEvaluator {

    private SlaEvaluator() {
    }

    /**
     * Every verdict of {@code slas} on the configurations of {@code result} that made calls (a
     * configuration whose endpoint never deployed, or that was interrupted, has nothing to judge),
     * in configuration, then threshold-set, then criterion order; the cost is the run's at the
     * configuration's memory size.
     */
    public static List<SlaVerdict> evaluate(BenchmarkResult result, List<SlaThresholds> slas) {
        return evaluate(result.configurations(), result::cost, slas);
    }

    /**
     * Every verdict of {@code slas} on those of {@code configurations} that made calls, in
     * configuration, then threshold-set, then criterion order; {@code costs} gives the cost of a
     * configuration's memory size and ProvisionedConcurrency, when known.
     */
    public static List<SlaVerdict> evaluate(List<ConfigurationResult> configurations,
                                            Function<BenchmarkConfiguration, Optional<ConfigurationCost>> costs,
                                            List<SlaThresholds> slas) {
        List<SlaVerdict> verdicts = new ArrayList<>();
        for (ConfigurationResult c : configurations) {
            if (c.status() == ConfigurationStatus.COMPLETED || c.status() == ConfigurationStatus.ABANDONED
                    || c.status() == ConfigurationStatus.STOPPED) {
                verdicts.addAll(evaluate(c, costs.apply(c.configuration()), slas));
            }
        }
        return verdicts;
    }

    /** Every verdict of those {@code slas} that apply to {@code c}, whose cost is {@code cost}. */
    public static List<SlaVerdict> evaluate(ConfigurationResult c, Optional<ConfigurationCost> cost,
                                            List<SlaThresholds> slas) {
        List<SlaVerdict> verdicts = new ArrayList<>();
        for (SlaThresholds sla : slas) {
            if (!sla.appliesTo(c.configuration())) {
                continue;
            }
            sla.limits().forEach((criterion, limit) -> {
                OptionalDouble actual = criterion.measure(c, cost);
                verdicts.add(new SlaVerdict(c.configuration().id(), criterion.criterion(), limit, actual,
                        criterion.holds(actual, limit)));
            });
        }
        return verdicts;
    }

    /** {@code 500} for 500.0, {@code 0.05} for 0.05. */
    public static String number(double value) {
        return ConfigurationLabel.number(value);
    }
}
