package dev.slsbench.output;

import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.metrics.MetricSummary;
import dev.slsbench.metrics.SageMakerMetric;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.result.ConfigurationResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Writes the toolkit's CloudWatch tables: the raw {@code endpoint_metrics.csv} (one row per
 * endpoint and metric, a metric without data as a row with only its name, as the toolkit
 * writes it) and {@code endpoint_metrics_summary.csv} (Averages pivoted by metric name, one row
 * per memory size, or per memory size and max concurrency). A run that measures several
 * ProvisionedConcurrency values adds a {@code provisioned_concurrency} column (last in the raw file,
 * a key column in the summaries); other runs write the toolkit's columns only. Values are in stored units:
 * latencies already in milliseconds, where the toolkit's raw file kept CloudWatch's microseconds.
 */
final class EndpointMetricsCsvWriter {

    static final List<String> RAW_COLUMNS = List.of("Timestamp", "Average", "Minimum", "Maximum", "Unit", "p25",
            "p50", "p75", "metric_name", "memory_size");

    private EndpointMetricsCsvWriter() {
    }

    static void writeRaw(List<ConfigurationResult> results, boolean provisioned, Path file) throws IOException {
        boolean concurrency = results.stream().anyMatch(r -> r.configuration() instanceof ConcurrencyConfiguration);
        List<String> columns = new ArrayList<>(RAW_COLUMNS);
        if (concurrency) {
            columns.addAll(List.of("max_concurrency", "num_clients"));
        }
        if (provisioned) {
            columns.add(SummaryCsvWriter.PROVISIONED_CONCURRENCY_COLUMN);
        }
        List<List<String>> rows = new ArrayList<>();
        for (ConfigurationResult r : results) {
            if (r.metrics().isEmpty()) {
                continue;
            }
            EndpointMetrics m = r.metrics().get();
            for (MetricSummary s : m.metrics().values()) {
                rows.add(row(r, concurrency, provisioned, m.windowStart().toString(), CsvFormat.number(s.average()),
                        CsvFormat.number(s.minimum()), CsvFormat.number(s.maximum()), s.unit(), optional(s.p25()),
                        optional(s.p50()), optional(s.p75()), s.metricName()));
            }
            for (String missing : m.missing()) {
                rows.add(row(r, concurrency, provisioned, null, null, null, null, null, null, null, null, missing));
            }
        }
        SummaryCsvWriter.write(file, columns, rows);
    }

    private static List<String> row(ConfigurationResult r, boolean concurrency, boolean provisioned, String... cells) {
        List<String> row = new ArrayList<>(java.util.Arrays.stream(cells).map(c -> c == null ? "" : c).toList());
        row.add(CsvFormat.integer(r.configuration().memoryMb()));
        if (concurrency) {
            row.add(CsvFormat.integer(r.configuration().maxConcurrency()));
            row.add(r.configuration() instanceof ConcurrencyConfiguration c ? CsvFormat.integer(c.clients()) : "");
        }
        if (provisioned) {
            row.add(CsvFormat.integer(r.configuration().provisionedConcurrency()));
        }
        return row;
    }

    /**
     * The metric columns of the toolkit's {@code endpoint_metrics_summary.csv} and
     * {@code metrics_with_cost.csv}, always these four in this (pandas' sorted) order, so that
     * scripts written for the toolkit's tables read ours; other metrics go to
     * {@code endpoint_extra_metrics_summary.csv}.
     */
    static final List<String> TOOLKIT_METRICS = List.of("MemoryUtilization", "ModelLatency", "ModelSetupTime",
            "OverheadLatency");

    /**
     * The toolkit's four metrics, then every other metric slsbench collects beside, in a file of
     * their own. Both files always have all their columns, empty where CloudWatch had no data, so
     * their shape does not depend on which metrics arrived in time.
     */
    static void writeSummaries(List<ConfigurationResult> results, boolean byMaxConcurrency, boolean provisioned,
                               Path toolkitFile, Path extraFile) throws IOException {
        writeSummary(results, byMaxConcurrency, provisioned, TOOLKIT_METRICS, toolkitFile);
        TreeSet<String> extra = new TreeSet<>(metricNames(results));
        for (SageMakerMetric metric : SageMakerMetric.values()) {
            extra.add(metric.metricName());
        }
        extra.removeAll(TOOLKIT_METRICS);
        writeSummary(results, byMaxConcurrency, provisioned, List.copyOf(extra), extraFile);
    }

    private static void writeSummary(List<ConfigurationResult> results, boolean byMaxConcurrency, boolean provisioned,
                                     List<String> names, Path file) throws IOException {
        List<String> columns = new ArrayList<>();
        columns.add("memory_size");
        if (byMaxConcurrency) {
            columns.add("max_concurrency");
        }
        if (provisioned) {
            columns.add(SummaryCsvWriter.PROVISIONED_CONCURRENCY_COLUMN);
        }
        columns.addAll(names);
        Map<List<Integer>, List<EndpointMetrics>> groups = new LinkedHashMap<>();
        for (ConfigurationResult r : SummaryCsvWriter.byMemory(results)) {
            List<Integer> key = new ArrayList<>(List.of(r.configuration().memoryMb()));
            if (byMaxConcurrency) {
                key.add(r.configuration().maxConcurrency());
            }
            if (provisioned) {
                key.add(r.configuration().provisionedConcurrency());
            }
            r.metrics().ifPresent(m -> groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m));
        }
        List<List<String>> rows = new ArrayList<>();
        groups.entrySet().stream()
                .sorted((a, b) -> compare(a.getKey(), b.getKey()))
                .forEach(group -> {
                    List<String> row = new ArrayList<>(group.getKey().stream().map(String::valueOf).toList());
                    for (String name : names) {
                        OptionalDouble mean = group.getValue().stream()
                                .filter(m -> m.metrics().containsKey(name))
                                .mapToDouble(m -> m.metrics().get(name).average()).average();
                        row.add(mean.isPresent() ? CsvFormat.number(mean.getAsDouble()) : "");
                    }
                    rows.add(row);
                });
        SummaryCsvWriter.write(file, columns, rows);
    }

    /** Names of metrics with data in any of the results, sorted as pandas sorts pivot columns. */
    static List<String> metricNames(List<ConfigurationResult> results) {
        TreeSet<String> names = new TreeSet<>();
        results.forEach(r -> r.metrics().ifPresent(m -> names.addAll(m.metrics().keySet())));
        return List.copyOf(names);
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String optional(OptionalDouble value) {
        return value.isPresent() ? CsvFormat.number(value.getAsDouble()) : "";
    }
}
