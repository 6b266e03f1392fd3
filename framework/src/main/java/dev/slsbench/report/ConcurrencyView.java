package dev.slsbench.report;

import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.EndpointShape;
import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.stats.OutcomeCounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The concurrency section: per MaxConcurrency × client count, throttles, errors, latency and TPS;
 * latency distributions and TPS over time per endpoint (one MaxConcurrency), one series per client
 * count; the CloudWatch table; and, when the plan had open-loop phases, their table.
 *
 * @param ran whether there is anything to show
 * @param notRunNote why not, when there is not
 * @param statistics one row per configuration
 * @param groups charts per endpoint shape
 * @param metrics the CloudWatch table
 * @param openLoop the open-loop table, or {@code null} when the plan had none
 */
record ConcurrencyView(boolean ran, String notRunNote, Table statistics, List<ShapeCharts> groups, Table metrics,
                       Table openLoop) {

    /**
     * The charts of one endpoint shape.
     *
     * @param heading e.g. {@code 2048 MB, MaxConcurrency 4}
     * @param distribution the ECDF chart
     * @param tps the TPS-over-time chart
     */
    record ShapeCharts(String heading, Figure distribution, Figure tps) {
    }

    static ConcurrencyView of(BenchmarkResult result) {
        List<IndexedConfiguration> concurrency = IndexedConfiguration.of(result, Phase.CONCURRENCY);
        Table openLoop = OpenLoopTable.of(result);
        if (concurrency.isEmpty()) {
            String why = !result.plan().includeConcurrency() ? "The concurrency benchmark was not run (turned off in the plan)."
                    : "The concurrency benchmark did not run: it needs a recommended memory size, and no stability"
                    + " configuration completed with successful calls.";
            return new ConcurrencyView(false, why, null, List.of(), null, openLoop);
        }
        Map<EndpointShape, List<IndexedConfiguration>> byShape = new LinkedHashMap<>();
        concurrency.forEach(c -> byShape.computeIfAbsent(c.configuration().endpointShape(), s -> new ArrayList<>()).add(c));
        List<ShapeCharts> groups = new ArrayList<>();
        byShape.forEach((shape, configurations) -> {
            String heading = shape.memoryMb() + " MB, MaxConcurrency " + shape.maxConcurrency();
            groups.add(new ShapeCharts(heading,
                    LatencyDistributions.figure("concurrency-distribution-" + shape.id(), "Latency distribution at "
                            + heading + ", by client count", configurations, ConcurrencyView::clients),
                    TpsChart.figure("tps-" + shape.id(), "Successful calls per second at " + heading, configurations)));
        });
        return new ConcurrencyView(true, null, statistics(concurrency), groups,
                MetricsTable.of("concurrency-metrics", "CloudWatch metrics per concurrency configuration", concurrency),
                openLoop);
    }

    private static String clients(IndexedConfiguration c) {
        int clients = clientCount(c);
        return clients + (clients == 1 ? " client" : " clients");
    }

    private static int clientCount(IndexedConfiguration c) {
        return c.configuration() instanceof ConcurrencyConfiguration cc ? cc.clients() : 0;
    }

    private static Table statistics(List<IndexedConfiguration> concurrency) {
        List<Integer> memorySizes = concurrency.stream().map(c -> c.configuration().memoryMb()).distinct().toList();
        boolean oneMemorySize = memorySizes.size() == 1;
        List<Table.Row> rows = new ArrayList<>();
        for (IndexedConfiguration c : concurrency) {
            OutcomeCounts o = c.result().outcomes();
            Table.RowBuilder row = new Table.RowBuilder();
            if (!oneMemorySize) {
                row.add(Table.Cell.measured(c.configuration().memoryMb() + " MB", c.pointer("configuration/memoryMb"),
                        c.configuration().memoryMb()));
            }
            row.add(Table.Cell.measured(c.configuration().maxConcurrency(), c.pointer("configuration/maxConcurrency")))
                    .add(Table.Cell.measured(clientCount(c), c.pointer("configuration/clients")))
                    .add(LatencyRows.status(c))
                    .add(Table.Cell.number(Formats.count(o.issued())))
                    .add(LatencyRows.outcome(c, "throttled"))
                    .add(Table.Cell.number(Formats.percentOfFraction(o.throttleRate())))
                    .add(Table.Cell.number(Formats.count(o.errors())).withHint("insufficient memory "
                            + o.insufficientMemory() + " · model error " + o.modelError() + " · client error "
                            + o.clientError()));
            for (String statistic : List.of("medianMillis", "meanMillis", "p99Millis", "maxMillis", "iqrMillis")) {
                row.add(LatencyRows.latency(c, statistic));
            }
            for (String statistic : List.of("mean", "p25", "p50", "p75", "max")) {
                row.add(TpsChart.cell(c, statistic));
            }
            rows.add(row.build(LatencyRows.rowClass(c)));
        }
        List<Table.Header> headers = new ArrayList<>();
        if (!oneMemorySize) {
            headers.add(Table.Header.text("Memory"));
        }
        headers.addAll(List.of(Table.Header.number("MaxConcurrency"), Table.Header.number("Clients"),
                Table.Header.text("Status"), Table.Header.number("Calls"), Table.Header.number("Throttled"),
                Table.Header.number("Throttle rate"), Table.Header.number("Errors", "failures other than throttles"),
                Table.Header.number("Median"), Table.Header.number("Mean"), Table.Header.number("p99"),
                Table.Header.number("Max"), Table.Header.number("IQR", "interquartile range, p75 − p25"),
                Table.Header.number("TPS mean", "successful calls per second, over seconds in which any call ended"),
                Table.Header.number("TPS p25"), Table.Header.number("TPS p50"), Table.Header.number("TPS p75"),
                Table.Header.number("TPS max")));
        String where = oneMemorySize ? " at " + memorySizes.getFirst() + " MB" : "";
        return new Table("concurrency-statistics", "Concurrent clients against each MaxConcurrency" + where, headers,
                rows, "Latency statistics cover successful calls. TPS counts successful calls by the second they ended"
                        + " in, over seconds in which any call ended, as the toolkit does.");
    }
}
