package dev.slsbench.report;

import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.stats.ConfidenceInterval;
import dev.slsbench.stats.LatencySummary;
import dev.slsbench.stats.OutcomeCounts;

/**
 * Cells the stability and concurrency tables share: latency statistics read from a
 * configuration's {@link LatencySummary} and outcome counts, each cell pointing at its figure
 * in results.json; a configuration without successful calls gets dashes that say why.
 */
final class LatencyRows {

    private LatencyRows() {
    }

    /** A latency statistic of {@code c}, e.g. {@code medianMillis}. */
    static Table.Cell latency(IndexedConfiguration c, String statistic) {
        if (c.result().latency().isEmpty()) {
            return Table.Cell.none(noCallsWhy(c));
        }
        double millis = value(c.result().latency().get(), statistic);
        return Table.Cell.measured(Formats.millis(millis), c.pointer("latency/" + statistic), millis);
    }

    /** The 95% interval of the median, e.g. {@code 44.1 – 46.9 ms}. */
    static Table.Cell medianInterval(IndexedConfiguration c) {
        if (c.result().latency().isEmpty()) {
            return Table.Cell.none(noCallsWhy(c));
        }
        return c.result().latency().get().medianCi95()
                .map(ci -> Table.Cell.number(interval(ci)).withHint("95% order-statistic interval of the median"))
                .orElseGet(() -> Table.Cell.none("fewer than six successful calls"));
    }

    /** The count of one outcome (a field of {@link OutcomeCounts}, e.g. {@code throttled}). */
    static Table.Cell outcome(IndexedConfiguration c, String field) {
        if (c.result().status() == ConfigurationStatus.DEPLOYMENT_FAILED) {
            return Table.Cell.none("the endpoint was never deployed");
        }
        OutcomeCounts o = c.result().outcomes();
        long count = switch (field) {
            case "ok" -> o.ok();
            case "throttled" -> o.throttled();
            case "insufficientMemory" -> o.insufficientMemory();
            case "modelError" -> o.modelError();
            case "clientError" -> o.clientError();
            default -> throw new IllegalArgumentException("no outcome " + field);
        };
        return Table.Cell.measured(count, c.pointer("outcomes/" + field));
    }

    /** The status cell: a word, with the whole story as a tooltip. */
    static Table.Cell status(IndexedConfiguration c) {
        String css = c.result().status() == ConfigurationStatus.COMPLETED ? null : "fail";
        return new Table.Cell(c.statusWord(), null, null, css, c.statusText());
    }

    /** The row class for {@code c}: {@code degraded} unless it completed. */
    static String rowClass(IndexedConfiguration c) {
        return c.result().status() == ConfigurationStatus.COMPLETED ? null : "degraded";
    }

    static String interval(ConfidenceInterval ci) {
        int decimals = Math.max(Formats.significantDecimals(ci.lower(), 3), Formats.significantDecimals(ci.upper(), 3));
        return Formats.number(ci.lower(), decimals) + " – " + Formats.number(ci.upper(), decimals) + " ms";
    }

    private static String noCallsWhy(IndexedConfiguration c) {
        return c.result().status() == ConfigurationStatus.DEPLOYMENT_FAILED ? "the endpoint was never deployed"
                : "no call succeeded";
    }

    private static double value(LatencySummary s, String statistic) {
        return switch (statistic) {
            case "minMillis" -> s.minMillis();
            case "meanMillis" -> s.meanMillis();
            case "medianMillis" -> s.medianMillis();
            case "p25Millis" -> s.p25Millis();
            case "p75Millis" -> s.p75Millis();
            case "p90Millis" -> s.p90Millis();
            case "p99Millis" -> s.p99Millis();
            case "maxMillis" -> s.maxMillis();
            case "iqrMillis" -> s.iqrMillis();
            default -> throw new IllegalArgumentException("no latency statistic " + statistic);
        };
    }
}
