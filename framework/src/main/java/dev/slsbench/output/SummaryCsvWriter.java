package dev.slsbench.output;

import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.cost.CostAnalysis;
import dev.slsbench.cost.SavingsTable;
import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.metrics.MetricSummary;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.stats.LatencySummary;
import dev.slsbench.stats.OutcomeCounts;
import dev.slsbench.stats.TpsSummary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes the toolkit's summary CSVs from a {@link BenchmarkResult}, with its file names and
 * column names: {@code invocation_benchmark_summary.csv}, {@code metrics_with_cost.csv},
 * {@code cost_savings_summary.csv}, {@code concurrency_benchmark_summary.csv}, plus the
 * open-loop summary slsbench adds. Latencies are in milliseconds.
 *
 * <p>Deliberate differences from the toolkit: {@code metrics_with_cost.csv} starts with the
 * {@code memory_size} the toolkit's file loses (it is written without its index); concurrency
 * latencies are not trimmed of outliers beyond mean + 5 × IQR; TPS figures keep their decimals.
 */
public final class SummaryCsvWriter {

    /** Columns of {@code invocation_benchmark_summary.csv}. */
    public static final List<String> STABILITY_SUMMARY_COLUMNS = List.of("memory_size", "successful_invocations",
            "invocation_latency_min", "invocation_latency_mean", "invocation_latency_median",
            "invocation_latency_max", "invocation_latency_iqr");
    /** Columns of {@code cost_savings_summary.csv}. */
    public static final List<String> COST_SAVINGS_COLUMNS = List.of("monthly_invocations", "serverless_monthly_cost",
            "instance_monthly_cost", "monthly_percent_savings");
    /** Columns of {@code concurrency_benchmark_summary.csv}; the first is pandas' unnamed index. */
    public static final List<String> CONCURRENCY_SUMMARY_COLUMNS = List.of("", "max_concurrency", "num_clients",
            "memory_size", "throttle_exception", "insufficient_memory_error", "other_model_error", "num_invocations",
            "invocation_latency_median", "invocation_latency_mean", "invocation_latency_max", "invocation_latency_iqr",
            "tps_avg", "tps_p25", "tps_p50", "tps_p75", "tps_max");
    /** Columns of the open-loop summary (slsbench only). */
    public static final List<String> OPEN_LOOP_SUMMARY_COLUMNS = List.of("configuration_id", "memory_size",
            "max_concurrency", "arrivals_per_second", "duration_seconds", "num_invocations", "throttle_exception",
            "insufficient_memory_error", "other_model_error", "client_error", "invocation_latency_median",
            "invocation_latency_mean", "invocation_latency_p90", "invocation_latency_p99", "invocation_latency_max",
            "tps_avg", "tps_max");

    /**
     * The column a run that measures several ProvisionedConcurrency values adds to its summaries (last,
     * so that the toolkit's columns keep their places); runs at the default 0 alone do without it.
     */
    public static final String PROVISIONED_CONCURRENCY_COLUMN = "provisioned_concurrency";

    private SummaryCsvWriter() {
    }

    /** Writes every summary CSV the result has data for, and the endpoint-metrics CSVs. */
    public static void writeAll(BenchmarkResult result, ResultsLayout layout) throws IOException {
        List<ConfigurationResult> stability = result.configurations(Phase.STABILITY);
        List<ConfigurationResult> concurrency = result.configurations(Phase.CONCURRENCY);
        List<ConfigurationResult> openLoop = result.configurations(Phase.OPEN_LOOP);
        boolean provisioned = result.plan().measuresProvisionedConcurrency();
        if (!stability.isEmpty()) {
            writeStabilitySummary(stability, provisioned, layout.stabilitySummaryCsv());
            EndpointMetricsCsvWriter.writeRaw(stability, provisioned, layout.stabilityEndpointMetricsCsv());
            EndpointMetricsCsvWriter.writeSummaries(stability, false, provisioned, layout.stabilityMetricsSummaryCsv(),
                    layout.stabilityExtraMetricsSummaryCsv());
        }
        if (result.costAnalysis().isPresent()) {
            writeMetricsWithCost(stability, result.costAnalysis().get(), provisioned, layout.metricsWithCostCsv());
            writeCostSavings(result.costAnalysis().get().savings(), layout.costSavingsSummaryCsv());
        }
        if (!concurrency.isEmpty()) {
            writeConcurrencySummary(concurrency, provisioned, layout.concurrencySummaryCsv());
            EndpointMetricsCsvWriter.writeRaw(concurrency, provisioned, layout.concurrencyEndpointMetricsCsv());
            EndpointMetricsCsvWriter.writeSummaries(concurrency, true, provisioned,
                    layout.concurrencyMetricsSummaryCsv(), layout.concurrencyExtraMetricsSummaryCsv());
        }
        if (!openLoop.isEmpty()) {
            writeOpenLoopSummary(openLoop, provisioned, layout.openLoopSummaryCsv());
        }
        List<ConfigurationResult> traffic = result.configurations(Phase.TRAFFIC);
        if (!traffic.isEmpty()) {
            TrafficStepsCsvWriter.write(traffic, provisioned, layout.trafficStepsCsv());
        }
        if (!result.coldStarts().isEmpty()) {
            ColdStartCsvWriter.write(result.coldStarts(), layout.coldStartsCsv());
        }
    }

    /**
     * {@code invocation_benchmark_summary.csv}: one row per memory size with successful calls;
     * {@code successful_invocations} counts them all, as the toolkit does, while the latency columns
     * describe the calls the result's latency summary covers (warm calls unless the plan includes
     * cold starts in latency).
     */
    public static void writeStabilitySummary(List<ConfigurationResult> stability, Path file) throws IOException {
        writeStabilitySummary(stability, false, file);
    }

    /** As {@link #writeStabilitySummary(List, Path)}, with a last {@code provisioned_concurrency} column when asked. */
    public static void writeStabilitySummary(List<ConfigurationResult> stability, boolean provisioned, Path file)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (ConfigurationResult r : byMemory(stability)) {
            if (r.latency().isEmpty()) {
                continue;
            }
            LatencySummary l = r.latency().get();
            rows.add(withProvisioned(List.of(CsvFormat.integer(r.configuration().memoryMb()),
                    CsvFormat.integer(r.outcomes().ok()),
                    CsvFormat.number(l.minMillis()), CsvFormat.number(l.meanMillis()),
                    CsvFormat.number(l.medianMillis()), CsvFormat.number(l.maxMillis()),
                    CsvFormat.number(l.iqrMillis())), provisioned, r.configuration().provisionedConcurrency()));
        }
        write(file, withProvisioned(STABILITY_SUMMARY_COLUMNS, provisioned), rows);
    }

    static List<String> withProvisioned(List<String> row, boolean provisioned, int value) {
        return provisioned ? withProvisioned(row, true, CsvFormat.integer(value)) : row;
    }

    static List<String> withProvisioned(List<String> columns, boolean provisioned) {
        return withProvisioned(columns, provisioned, PROVISIONED_CONCURRENCY_COLUMN);
    }

    private static List<String> withProvisioned(List<String> cells, boolean provisioned, String last) {
        if (!provisioned) {
            return cells;
        }
        List<String> all = new ArrayList<>(cells);
        all.add(last);
        return all;
    }

    /**
     * {@code metrics_with_cost.csv}: memory size, the Average of the toolkit's four CloudWatch
     * metrics, then {@code average_latency} (billed), {@code cost_per_invocation} and
     * {@code cost_per_1M_invocations} in USD.
     */
    public static void writeMetricsWithCost(List<ConfigurationResult> stability, CostAnalysis cost, Path file)
            throws IOException {
        writeMetricsWithCost(stability, cost, false, file);
    }

    /** As {@link #writeMetricsWithCost(List, CostAnalysis, Path)}, with a last {@code provisioned_concurrency} column when asked. */
    public static void writeMetricsWithCost(List<ConfigurationResult> stability, CostAnalysis cost, boolean provisioned,
                                            Path file) throws IOException {
        List<String> metricNames = EndpointMetricsCsvWriter.TOOLKIT_METRICS;
        List<String> columns = new ArrayList<>();
        columns.add("memory_size");
        columns.addAll(metricNames);
        columns.addAll(List.of("average_latency", "cost_per_invocation", "cost_per_1M_invocations"));
        List<List<String>> rows = new ArrayList<>();
        for (ConfigurationCost c : cost.configurations()) {
            List<String> row = new ArrayList<>();
            row.add(CsvFormat.integer(c.memoryMb()));
            Optional<EndpointMetrics> metrics = stability.stream()
                    .filter(r -> r.configuration().memoryMb() == c.memoryMb()
                            && r.configuration().provisionedConcurrency() == c.provisionedConcurrency())
                    .findFirst().flatMap(ConfigurationResult::metrics);
            for (String name : metricNames) {
                row.add(metrics.map(m -> m.metrics().get(name)).map(s -> CsvFormat.number(s.average())).orElse(null));
            }
            row.add(CsvFormat.number(c.billedLatency().millis()));
            row.add(CsvFormat.money(c.usdPerInvocation()));
            row.add(CsvFormat.money(c.usdPerMillionInvocations()));
            rows.add(withProvisioned(row, provisioned, c.provisionedConcurrency()));
        }
        write(file, withProvisioned(columns, provisioned), rows);
    }

    /** {@code cost_savings_summary.csv}: the savings table, empty (header only) when there is none. */
    public static void writeCostSavings(Optional<SavingsTable> savings, Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        savings.ifPresent(table -> table.rows().forEach(row -> rows.add(List.of(
                CsvFormat.integer(row.monthlyInvocations()), CsvFormat.money(row.serverlessUsdPerMonth()),
                CsvFormat.money(row.instanceUsdPerMonth()), CsvFormat.money(row.percentSavings())))));
        write(file, COST_SAVINGS_COLUMNS, rows);
    }

    /**
     * {@code concurrency_benchmark_summary.csv}: one row per (max concurrency, clients), sorted as
     * pandas' groupby sorts, with error counts over all calls and latency and TPS over
     * successful ones (empty cells when none succeeded).
     */
    public static void writeConcurrencySummary(List<ConfigurationResult> concurrency, Path file) throws IOException {
        writeConcurrencySummary(concurrency, false, file);
    }

    /**
     * As {@link #writeConcurrencySummary(List, Path)}, with a last {@code provisioned_concurrency} column
     * (and sort key) when asked.
     */
    public static void writeConcurrencySummary(List<ConfigurationResult> concurrency, boolean provisioned, Path file)
            throws IOException {
        List<ConfigurationResult> sorted = concurrency.stream()
                .sorted(Comparator.comparingInt((ConfigurationResult r) -> r.configuration().maxConcurrency())
                        .thenComparingInt(r -> ((ConcurrencyConfiguration) r.configuration()).clients())
                        .thenComparingInt(r -> r.configuration().memoryMb())
                        .thenComparingInt(r -> r.configuration().provisionedConcurrency()))
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ConfigurationResult r = sorted.get(i);
            ConcurrencyConfiguration c = (ConcurrencyConfiguration) r.configuration();
            OutcomeCounts o = r.outcomes();
            Optional<LatencySummary> l = r.latency();
            Optional<TpsSummary> t = r.tps();
            rows.add(withProvisioned(List.of(CsvFormat.integer(i), CsvFormat.integer(c.maxConcurrency()),
                    CsvFormat.integer(c.clients()),
                    CsvFormat.integer(c.memoryMb()), CsvFormat.integer(o.throttled()),
                    CsvFormat.integer(o.insufficientMemory()), CsvFormat.integer(o.modelError()),
                    CsvFormat.integer(o.issued()),
                    l.map(s -> CsvFormat.number(s.medianMillis())).orElse(""),
                    l.map(s -> CsvFormat.number(s.meanMillis())).orElse(""),
                    l.map(s -> CsvFormat.number(s.maxMillis())).orElse(""),
                    l.map(s -> CsvFormat.number(s.iqrMillis())).orElse(""),
                    t.map(s -> CsvFormat.number(s.mean())).orElse(""),
                    t.map(s -> CsvFormat.number(s.p25())).orElse(""),
                    t.map(s -> CsvFormat.number(s.p50())).orElse(""),
                    t.map(s -> CsvFormat.number(s.p75())).orElse(""),
                    t.map(s -> CsvFormat.number(s.max())).orElse("")), provisioned, c.provisionedConcurrency()));
        }
        write(file, withProvisioned(CONCURRENCY_SUMMARY_COLUMNS, provisioned), rows);
    }

    /** The open-loop summary, one row per phase in planned order, without a ProvisionedConcurrency column. */
    public static void writeOpenLoopSummary(List<ConfigurationResult> openLoop, Path file) throws IOException {
        writeOpenLoopSummary(openLoop, false, file);
    }

    /**
     * The open-loop summary, one row per phase in planned order; with {@code provisioned}, a last
     * {@code provisioned_concurrency} column (the ProvisionedConcurrency the phase ran at).
     */
    public static void writeOpenLoopSummary(List<ConfigurationResult> openLoop, boolean provisioned, Path file)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (ConfigurationResult r : openLoop) {
            OpenLoopConfiguration c = (OpenLoopConfiguration) r.configuration();
            OutcomeCounts o = r.outcomes();
            Optional<LatencySummary> l = r.latency();
            Optional<TpsSummary> t = r.tps();
            rows.add(withProvisioned(List.of(c.id(), CsvFormat.integer(c.memoryMb()), CsvFormat.integer(c.maxConcurrency()),
                    CsvFormat.number(c.openLoopPhase().arrivalsPerSecond()),
                    CsvFormat.number(c.openLoopPhase().duration().toNanos() / 1e9), CsvFormat.integer(o.issued()),
                    CsvFormat.integer(o.throttled()), CsvFormat.integer(o.insufficientMemory()),
                    CsvFormat.integer(o.modelError()), CsvFormat.integer(o.clientError()),
                    l.map(s -> CsvFormat.number(s.medianMillis())).orElse(""),
                    l.map(s -> CsvFormat.number(s.meanMillis())).orElse(""),
                    l.map(s -> CsvFormat.number(s.p90Millis())).orElse(""),
                    l.map(s -> CsvFormat.number(s.p99Millis())).orElse(""),
                    l.map(s -> CsvFormat.number(s.maxMillis())).orElse(""),
                    t.map(s -> CsvFormat.number(s.mean())).orElse(""),
                    t.map(s -> CsvFormat.number(s.max())).orElse("")), provisioned, c.provisionedConcurrency()));
        }
        write(file, withProvisioned(OPEN_LOOP_SUMMARY_COLUMNS, provisioned), rows);
    }

    static List<ConfigurationResult> byMemory(List<ConfigurationResult> results) {
        return results.stream().sorted(Comparator.comparingInt(r -> r.configuration().memoryMb())).toList();
    }

    static void write(Path file, List<String> columns, List<List<String>> rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        StringBuilder out = new StringBuilder(CsvFormat.row(columns));
        rows.forEach(row -> out.append(CsvFormat.row(row)));
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
