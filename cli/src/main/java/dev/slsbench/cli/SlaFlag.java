package dev.slsbench.cli;

import dev.slsbench.sla.SlaCriterion;

import java.util.Locale;

/**
 * The {@code --sla-*} flag of each {@link SlaCriterion}, and the unit the CLI prints its figure
 * in. The criterion keeps its {@code @Sla} name, so {@code results.json} and the report read the
 * same whoever judged the run.
 */
enum SlaFlag {

    P50_MILLIS(SlaCriterion.P50_MILLIS, "--sla-p50-ms", " ms"),
    P90_MILLIS(SlaCriterion.P90_MILLIS, "--sla-p90-ms", " ms"),
    P99_MILLIS(SlaCriterion.P99_MILLIS, "--sla-p99-ms", " ms"),
    MAX_THROTTLE_RATE(SlaCriterion.MAX_THROTTLE_RATE, "--sla-max-throttle-rate", ""),
    MAX_ERROR_RATE(SlaCriterion.MAX_ERROR_RATE, "--sla-max-error-rate", ""),
    MIN_TPS(SlaCriterion.MIN_TPS, "--sla-min-tps", " calls/s"),
    MAX_COST_PER_MILLION_USD(SlaCriterion.MAX_COST_PER_MILLION_USD, "--sla-max-cost-per-million-usd", " USD"),
    MAX_COLD_START_MILLIS(SlaCriterion.MAX_COLD_START_MILLIS, "--sla-max-cold-start-ms", " ms"),
    MAX_COLD_START_RATE(SlaCriterion.MAX_COLD_START_RATE, "--sla-max-cold-start-rate", "");

    private final SlaCriterion criterion;
    private final String flag;
    private final String unit;

    SlaFlag(SlaCriterion criterion, String flag, String unit) {
        this.criterion = criterion;
        this.flag = flag;
        this.unit = unit;
    }

    /** The flag of {@code criterion}. */
    static SlaFlag of(SlaCriterion criterion) {
        for (SlaFlag f : values()) {
            if (f.criterion == criterion) {
                return f;
            }
        }
        throw new IllegalArgumentException("no flag for SLA criterion " + criterion);
    }

    /** The flag of the criterion {@code results.json} names {@code name}, e.g. {@code p99Millis}. */
    static SlaFlag named(String name) {
        for (SlaFlag f : values()) {
            if (f.criterion.criterion().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown SLA criterion " + name);
    }

    SlaCriterion criterion() {
        return criterion;
    }

    /** The CLI flag, e.g. {@code --sla-p99-ms}. */
    String flag() {
        return flag;
    }

    /** {@code value} with this criterion's unit, e.g. {@code 12.35 ms} or {@code 0.0400}. */
    String format(double value) {
        return unit.isEmpty() ? String.format(Locale.ROOT, "%.4f", value)
                : String.format(Locale.ROOT, "%.2f", value) + unit;
    }
}
