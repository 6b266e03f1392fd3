package dev.slsbench.report;

import dev.slsbench.metrics.MetricSummary;
import dev.slsbench.metrics.SageMakerMetric;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.stats.ColdStartSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cold-start section: for every configuration, the calls that met a cold container as the
 * client saw them (count and the cold calls' latency summary) beside CloudWatch's ModelSetupTime
 * (container starts and their durations) for the same window, and how the calls were judged.
 *
 * @param table one row per configuration
 */
record ColdStartView(Table table) {

    static ColdStartView of(BenchmarkResult result) {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < result.configurations().size(); i++) {
            IndexedConfiguration c = new IndexedConfiguration(i, result.configurations().get(i));
            Table.RowBuilder row = new Table.RowBuilder().add(Table.Cell.text(c.label()));
            if (c.result().status() == ConfigurationStatus.DEPLOYMENT_FAILED) {
                row.add(LatencyRows.status(c));
                for (int k = 0; k < 11; k++) {
                    row.add(Table.Cell.none("the endpoint was never deployed"));
                }
                rows.add(row.build("degraded"));
                continue;
            }
            ColdStartSummary cold = c.result().coldStarts();
            row.add(LatencyRows.status(c))
                    .add(Table.Cell.measured(cold.coldCalls(), c.pointer("coldStarts/coldCalls")))
                    .add(Table.Cell.measured(cold.warmCalls(), c.pointer("coldStarts/warmCalls"))
                            .withHint(Formats.count(cold.unknownCalls()) + " calls of unknown temperature"))
                    .add(cold.maxColdLatencyMillis().isPresent()
                            ? Table.Cell.measured(Formats.millis(cold.maxColdLatencyMillis().getAsDouble()),
                            c.pointer("coldStarts/maxColdLatencyMillis"), cold.maxColdLatencyMillis().getAsDouble())
                            : Table.Cell.none(cold.coldCalls() > 0
                            ? "not known: only the first call's latency is kept, and it was not judged cold"
                            : "no call was seen to be cold"));
            Optional<MetricSummary> setup = c.result().metrics().flatMap(m -> m.get(SageMakerMetric.MODEL_SETUP_TIME));
            if (setup.isPresent()) {
                MetricSummary s = setup.get();
                String base = "metrics/metrics/ModelSetupTime/";
                row.add(s.sampleCount().isPresent()
                                ? Table.Cell.measured(Formats.count(Math.round(s.sampleCount().getAsDouble())),
                                c.pointer(base + "sampleCount"), s.sampleCount().getAsDouble())
                                : Table.Cell.none("CloudWatch did not report a sample count"))
                        .add(Table.Cell.measured(Formats.millis(s.average()), c.pointer(base + "average"), s.average()))
                        .add(Table.Cell.measured(Formats.millis(s.minimum()), c.pointer(base + "minimum"), s.minimum()))
                        .add(Table.Cell.measured(Formats.millis(s.maximum()), c.pointer(base + "maximum"), s.maximum()));
            } else {
                String text = c.result().metrics().isEmpty() ? "not collected" : "no data";
                for (int k = 0; k < 4; k++) {
                    row.add(Table.Cell.noData(text));
                }
            }
            coldLatency(row, c, cold.minColdLatencyMillis(), "minColdLatencyMillis");
            coldLatency(row, c, cold.medianColdLatencyMillis(), "medianColdLatencyMillis");
            coldLatency(row, c, cold.p90ColdLatencyMillis(), "p90ColdLatencyMillis");
            row.add(Table.Cell.text(cold.method()).withHint(cold.basis()));
            rows.add(row.build(LatencyRows.rowClass(c)));
        }
        return new ColdStartView(new Table("cold-starts", "Cold starts per configuration", List.of(
                Table.Header.text("Configuration"), Table.Header.text("Status"),
                Table.Header.number("Cold calls", "calls judged to have met a starting container"),
                Table.Header.number("Warm calls"),
                Table.Header.number("Slowest cold call", "client-side latency; for sequential runs, the first call"),
                Table.Header.number("Container starts", "ModelSetupTime data points in CloudWatch"),
                Table.Header.number("Setup mean", "CloudWatch ModelSetupTime, Average"),
                Table.Header.number("Setup min", "CloudWatch ModelSetupTime, Minimum"),
                Table.Header.number("Setup max", "CloudWatch ModelSetupTime, Maximum"),
                Table.Header.number("Cold min", "client-side latency of the fastest cold call"),
                Table.Header.number("Cold median", "client-side latency; what the cold-start SLA judges"),
                Table.Header.number("Cold p90", "client-side latency of the cold calls"),
                Table.Header.text("Judged by")), rows,
                "Client side: a call is cold when it met a container that was still starting (the first call of a"
                        + " configuration usually is). CloudWatch side: ModelSetupTime, the time to start a container,"
                        + " has “no data” when no container started in the window. Judged by: "
                        + ColdStartSummary.METHOD_MODEL_SETUP_COUNT + " takes CloudWatch's N container starts as the"
                        + " N slowest calls that took at least the shortest ModelSetupTime and more than the other"
                        + " calls' p99; " + ColdStartSummary.METHOD_FIRST_CALL + " knows only that the first call on a"
                        + " fresh endpoint was cold. " + (result.plan().includeColdStartsInLatency()
                        ? "Latency statistics elsewhere in this report include the cold calls."
                        : "Latency statistics elsewhere in this report describe warm calls only; cold calls are"
                                + " summarised here.")));
    }

    private static void coldLatency(Table.RowBuilder row, IndexedConfiguration c, java.util.OptionalDouble millis,
                                    String field) {
        row.add(millis.isPresent()
                ? Table.Cell.measured(Formats.millis(millis.getAsDouble()), c.pointer("coldStarts/" + field),
                millis.getAsDouble())
                : Table.Cell.none("no call was judged cold"));
    }
}
