package dev.slsbench.report;

import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;

import java.util.ArrayList;
import java.util.List;

/** The table of open-loop phases (Poisson arrivals), whose latencies count from each call's intended start. */
final class OpenLoopTable {

    private OpenLoopTable() {
    }

    /** The table, or {@code null} when the run had no open-loop phase. */
    static Table of(BenchmarkResult result) {
        List<IndexedConfiguration> openLoop = IndexedConfiguration.of(result, Phase.OPEN_LOOP);
        if (openLoop.isEmpty()) {
            return null;
        }
        List<Table.Row> rows = new ArrayList<>();
        for (IndexedConfiguration c : openLoop) {
            Table.RowBuilder row = new Table.RowBuilder()
                    .add(Table.Cell.text(c.label()))
                    .add(LatencyRows.status(c))
                    .add(Table.Cell.number(Formats.count(c.result().outcomes().issued())))
                    .add(LatencyRows.outcome(c, "throttled"))
                    .add(Table.Cell.number(Formats.count(c.result().outcomes().errors())));
            for (String statistic : List.of("medianMillis", "p90Millis", "p99Millis", "maxMillis")) {
                row.add(LatencyRows.latency(c, statistic));
            }
            row.add(TpsChart.cell(c, "mean"));
            rows.add(row.build(LatencyRows.rowClass(c)));
        }
        return new Table("open-loop-statistics", "Open-loop phases (Poisson arrivals)", List.of(
                Table.Header.text("Phase"), Table.Header.text("Status"), Table.Header.number("Calls"),
                Table.Header.number("Throttled"), Table.Header.number("Errors"), Table.Header.number("Median"),
                Table.Header.number("p90"), Table.Header.number("p99"), Table.Header.number("Max"),
                Table.Header.number("TPS mean")), rows,
                "Latency counts from each call's intended start, so time spent queued behind slow calls is included"
                        + " (no coordinated omission).");
    }
}
