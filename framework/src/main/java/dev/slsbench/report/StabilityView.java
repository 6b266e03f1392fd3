package dev.slsbench.report;

import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The stability section: per memory size, sequential calls' latency statistics with the median's
 * confidence interval and failures by kind; the latency distributions; the CloudWatch metrics.
 *
 * @param statistics one row per memory size
 * @param distribution the ECDF chart
 * @param metrics the CloudWatch table
 */
record StabilityView(Table statistics, Figure distribution, Table metrics) {

    static StabilityView of(BenchmarkResult result) {
        List<IndexedConfiguration> stability = IndexedConfiguration.of(result, Phase.STABILITY);
        List<Table.Header> headers = List.of(Table.Header.text("Memory"), Table.Header.text("Status"),
                Table.Header.number("Successful", "successful calls summarised"), Table.Header.number("Min"),
                Table.Header.number("Mean"), Table.Header.number("Median"), Table.Header.number("p90"),
                Table.Header.number("p99"), Table.Header.number("Max"),
                Table.Header.number("IQR", "interquartile range, p75 − p25"),
                Table.Header.number("Median 95% CI", "distribution-free order-statistic interval"),
                Table.Header.number("Throttled"), Table.Header.number("Insufficient memory"),
                Table.Header.number("Model errors"), Table.Header.number("Client errors"));
        List<Table.Row> rows = new ArrayList<>();
        for (IndexedConfiguration c : stability) {
            Table.RowBuilder row = new Table.RowBuilder()
                    .add(Table.Cell.text(c.label()))
                    .add(LatencyRows.status(c))
                    .add(c.result().latency().isPresent()
                            ? Table.Cell.measured(c.result().latency().get().count(), c.pointer("latency/count"))
                            : LatencyRows.outcome(c, "ok"));
            for (String statistic : List.of("minMillis", "meanMillis", "medianMillis", "p90Millis", "p99Millis",
                    "maxMillis", "iqrMillis")) {
                row.add(LatencyRows.latency(c, statistic));
            }
            row.add(LatencyRows.medianInterval(c));
            for (String outcome : List.of("throttled", "insufficientMemory", "modelError", "clientError")) {
                row.add(LatencyRows.outcome(c, outcome));
            }
            rows.add(row.build(LatencyRows.rowClass(c)));
        }
        Table statistics = new Table("stability-statistics", "Client-side latency of sequential calls "
                + "(MaxConcurrency 1) per memory size", headers, rows,
                "Statistics cover successful calls; failed calls are counted by kind. Hover a status for its reason.");
        Figure distribution = LatencyDistributions.figure("stability-distribution",
                "Latency distribution per memory size", stability, IndexedConfiguration::label);
        Table metrics = MetricsTable.of("stability-metrics", "CloudWatch metrics per memory size", stability);
        return new StabilityView(statistics, distribution, metrics);
    }
}
