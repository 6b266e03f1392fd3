package dev.slsbench.output;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The results folder, laid out as the Python toolkit lays out {@code result_save_path} (same
 * folder and file names), plus {@code results.json} and the open-loop folders slsbench adds.
 * Charts ({@code *.png} in the toolkit) are drawn by the HTML report instead.
 *
 * @param root the run's output directory, e.g. {@code slsbench-results/<runId>}
 */
public record ResultsLayout(Path root) {

    public static final String BENCHMARKING_REPORT_DIR = "benchmarking_report";
    public static final String REPORT_HTML = "report.html";
    /** The toolkit's name for the report page; slsbench writes the same page under both names. */
    public static final String TOOLKIT_REPORT_HTML = "benchmarking_report.html";
    public static final String STABILITY_RAW_DIR = "stability_benchmark_raw_results";
    public static final String STABILITY_SUMMARY_DIR = "stability_benchmark_summary_results";
    public static final String COST_DIR = "cost_analysis_summary_results";
    public static final String CONCURRENCY_RAW_DIR = "concurrency_benchmark_raw_results";
    public static final String CONCURRENCY_SUMMARY_DIR = "concurrency_benchmark_summary_results";
    public static final String OPEN_LOOP_RAW_DIR = "open_loop_benchmark_raw_results";
    public static final String OPEN_LOOP_SUMMARY_DIR = "open_loop_benchmark_summary_results";
    public static final String TRAFFIC_RAW_DIR = "traffic_benchmark_raw_results";
    public static final String TRAFFIC_SUMMARY_DIR = "traffic_benchmark_summary_results";
    /** One row per step of every stairs and ramp configuration. */
    public static final String TRAFFIC_STEPS_CSV = "traffic_steps.csv";
    public static final String INVOCATION_RESULTS_CSV = "invocation_benchmark_results.csv";
    public static final String ENDPOINT_METRICS_CSV = "endpoint_metrics.csv";
    public static final String INVOCATION_SUMMARY_CSV = "invocation_benchmark_summary.csv";
    public static final String ENDPOINT_METRICS_SUMMARY_CSV = "endpoint_metrics_summary.csv";
    public static final String METRICS_WITH_COST_CSV = "metrics_with_cost.csv";
    /** slsbench's CloudWatch metrics beyond the toolkit's four (Invocations, 4XX/5XX errors, ...). */
    public static final String EXTRA_METRICS_SUMMARY_CSV = "endpoint_extra_metrics_summary.csv";
    public static final String COST_SAVINGS_SUMMARY_CSV = "cost_savings_summary.csv";
    public static final String CONCURRENCY_SUMMARY_CSV = "concurrency_benchmark_summary.csv";
    public static final String OPEN_LOOP_SUMMARY_CSV = "open_loop_benchmark_summary.csv";
    public static final String RESULTS_JSON = "results.json";
    public static final String COLD_START_DIR = "cold_start_benchmark_results";
    public static final String COLD_STARTS_CSV = "cold_starts.csv";

    public ResultsLayout {
        Objects.requireNonNull(root, "root");
    }

    /** {@code benchmarking_report/report.html}. */
    public Path reportHtml() { return root.resolve(BENCHMARKING_REPORT_DIR).resolve(REPORT_HTML); }

    /** {@code benchmarking_report/benchmarking_report.html}: the report under the toolkit's name. */
    public Path toolkitReportHtml() { return root.resolve(BENCHMARKING_REPORT_DIR).resolve(TOOLKIT_REPORT_HTML); }

    /** {@code stability_benchmark_raw_results/invocation_benchmark_results.csv}. */
    public Path stabilityRawResultsCsv() { return root.resolve(STABILITY_RAW_DIR).resolve(INVOCATION_RESULTS_CSV); }

    /** {@code stability_benchmark_summary_results/endpoint_extra_metrics_summary.csv}. */
    public Path stabilityExtraMetricsSummaryCsv() { return root.resolve(STABILITY_SUMMARY_DIR).resolve(EXTRA_METRICS_SUMMARY_CSV); }

    /** {@code concurrency_benchmark_summary_results/endpoint_extra_metrics_summary.csv}. */
    public Path concurrencyExtraMetricsSummaryCsv() { return root.resolve(CONCURRENCY_SUMMARY_DIR).resolve(EXTRA_METRICS_SUMMARY_CSV); }

    /** {@code stability_benchmark_raw_results/endpoint_metrics.csv}. */
    public Path stabilityEndpointMetricsCsv() { return root.resolve(STABILITY_RAW_DIR).resolve(ENDPOINT_METRICS_CSV); }

    /** {@code stability_benchmark_summary_results/invocation_benchmark_summary.csv}. */
    public Path stabilitySummaryCsv() { return root.resolve(STABILITY_SUMMARY_DIR).resolve(INVOCATION_SUMMARY_CSV); }

    /** {@code stability_benchmark_summary_results/endpoint_metrics_summary.csv}. */
    public Path stabilityMetricsSummaryCsv() { return root.resolve(STABILITY_SUMMARY_DIR).resolve(ENDPOINT_METRICS_SUMMARY_CSV); }

    /** {@code cost_analysis_summary_results/metrics_with_cost.csv}. */
    public Path metricsWithCostCsv() { return root.resolve(COST_DIR).resolve(METRICS_WITH_COST_CSV); }

    /** {@code cost_analysis_summary_results/cost_savings_summary.csv}. */
    public Path costSavingsSummaryCsv() { return root.resolve(COST_DIR).resolve(COST_SAVINGS_SUMMARY_CSV); }

    /** {@code concurrency_benchmark_raw_results/invocation_benchmark_results.csv}. */
    public Path concurrencyRawResultsCsv() { return root.resolve(CONCURRENCY_RAW_DIR).resolve(INVOCATION_RESULTS_CSV); }

    /** {@code concurrency_benchmark_raw_results/endpoint_metrics.csv}. */
    public Path concurrencyEndpointMetricsCsv() { return root.resolve(CONCURRENCY_RAW_DIR).resolve(ENDPOINT_METRICS_CSV); }

    /** {@code concurrency_benchmark_summary_results/concurrency_benchmark_summary.csv}. */
    public Path concurrencySummaryCsv() { return root.resolve(CONCURRENCY_SUMMARY_DIR).resolve(CONCURRENCY_SUMMARY_CSV); }

    /** {@code concurrency_benchmark_summary_results/endpoint_metrics_summary.csv}. */
    public Path concurrencyMetricsSummaryCsv() { return root.resolve(CONCURRENCY_SUMMARY_DIR).resolve(ENDPOINT_METRICS_SUMMARY_CSV); }

    /** {@code open_loop_benchmark_raw_results/invocation_benchmark_results.csv} (slsbench only). */
    public Path openLoopRawResultsCsv() { return root.resolve(OPEN_LOOP_RAW_DIR).resolve(INVOCATION_RESULTS_CSV); }

    /** {@code open_loop_benchmark_summary_results/open_loop_benchmark_summary.csv} (slsbench only). */
    public Path openLoopSummaryCsv() { return root.resolve(OPEN_LOOP_SUMMARY_DIR).resolve(OPEN_LOOP_SUMMARY_CSV); }

    /** {@code traffic_benchmark_raw_results/invocation_benchmark_results.csv} (slsbench only). */
    public Path trafficRawResultsCsv() { return root.resolve(TRAFFIC_RAW_DIR).resolve(INVOCATION_RESULTS_CSV); }

    /** {@code traffic_benchmark_summary_results/traffic_steps.csv} (slsbench only). */
    public Path trafficStepsCsv() { return root.resolve(TRAFFIC_SUMMARY_DIR).resolve(TRAFFIC_STEPS_CSV); }

    /** {@code cold_start_benchmark_results/cold_starts.csv}, when a cold-start phase ran. */
    public Path coldStartsCsv() { return root.resolve(COLD_START_DIR).resolve(COLD_STARTS_CSV); }

    /** {@code results.json}. */
    public Path resultsJson() { return root.resolve(RESULTS_JSON); }
}
