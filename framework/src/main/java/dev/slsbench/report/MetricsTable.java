package dev.slsbench.report;

import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.metrics.MetricSummary;
import dev.slsbench.metrics.SageMakerMetric;
import dev.slsbench.result.ConfigurationStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CloudWatch table of a phase: the Average of ModelSetupTime, ModelLatency, OverheadLatency
 * (milliseconds) and MemoryUtilization (percent) per configuration, with Minimum, Maximum and
 * the number of data points as tooltips. A metric CloudWatch had no data for reads "no data";
 * metrics never queried read "not collected"; a configuration that was never deployed has none.
 */
final class MetricsTable {

    static final List<SageMakerMetric> METRICS = List.of(SageMakerMetric.MODEL_SETUP_TIME,
            SageMakerMetric.MODEL_LATENCY, SageMakerMetric.OVERHEAD_LATENCY, SageMakerMetric.MEMORY_UTILIZATION);

    private MetricsTable() {
    }

    /** The table of {@code configurations}. */
    static Table of(String id, String caption, List<IndexedConfiguration> configurations) {
        List<Table.Header> headers = new ArrayList<>();
        headers.add(Table.Header.text("Configuration"));
        headers.add(Table.Header.text("Endpoint"));
        for (SageMakerMetric metric : METRICS) {
            headers.add(Table.Header.number(metric.metricName(),
                    "Average over the configuration's window; " + metric.namespace()));
        }
        List<Table.Row> rows = new ArrayList<>();
        boolean anyData = false;
        for (IndexedConfiguration c : configurations) {
            Table.RowBuilder row = new Table.RowBuilder().add(Table.Cell.text(c.label()))
                    .add(Table.Cell.text(c.result().endpointName().orElse(Formats.NONE)));
            Optional<EndpointMetrics> metrics = c.result().metrics();
            for (SageMakerMetric metric : METRICS) {
                row.add(cell(c, metrics, metric));
                anyData |= metrics.flatMap(m -> m.get(metric)).isPresent();
            }
            rows.add(row.build(c.result().status() == ConfigurationStatus.COMPLETED ? null : "degraded"));
        }
        String note = "“no data”: CloudWatch returned no data points for the metric in the configuration's window"
                + " (ModelSetupTime has none when no container started); “not collected”: metrics were not queried.";
        if (!anyData && !configurations.isEmpty()) {
            note = "CloudWatch returned no data for any of these endpoints, so this table is empty of figures. " + note;
        }
        return new Table(id, caption, headers, rows, note);
    }

    private static Table.Cell cell(IndexedConfiguration c, Optional<EndpointMetrics> metrics, SageMakerMetric metric) {
        if (metrics.isEmpty()) {
            return c.result().status() == ConfigurationStatus.DEPLOYMENT_FAILED
                    ? Table.Cell.none("the endpoint was never deployed")
                    : Table.Cell.noData("not collected");
        }
        Optional<MetricSummary> summary = metrics.get().get(metric);
        if (summary.isEmpty()) {
            return Table.Cell.noData("no data");
        }
        MetricSummary s = summary.get();
        String hint = "min " + format(metric, s.minimum()) + " · max " + format(metric, s.maximum())
                + s.sampleCount().stream().mapToObj(n -> " · " + Formats.count(Math.round(n)) + " data points")
                .findFirst().orElse("");
        return Table.Cell.measured(format(metric, s.average()),
                c.pointer("metrics/metrics/" + metric.metricName() + "/average"), s.average()).withHint(hint);
    }

    private static String format(SageMakerMetric metric, double value) {
        return metric.isLatency() ? Formats.millis(value) : Formats.percent(value);
    }
}
