package dev.slsbench.output;

import dev.slsbench.result.BenchmarkResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryCsvWriterTest {

    @TempDir
    Path dir;

    private static String header(Path file) throws IOException {
        return Files.readAllLines(file).getFirst();
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    @Test
    void writesEveryFileOfTheToolkitsLayout() throws IOException {
        ResultsLayout layout = ResultFilesWriter.write(SampleResult.result(), dir, Optional.empty());

        assertThat(dir.resolve("stability_benchmark_summary_results/invocation_benchmark_summary.csv")).exists();
        assertThat(dir.resolve("stability_benchmark_summary_results/endpoint_metrics_summary.csv")).exists();
        assertThat(dir.resolve("stability_benchmark_raw_results/endpoint_metrics.csv")).exists();
        assertThat(dir.resolve("cost_analysis_summary_results/metrics_with_cost.csv")).exists();
        assertThat(dir.resolve("cost_analysis_summary_results/cost_savings_summary.csv")).exists();
        assertThat(dir.resolve("concurrency_benchmark_summary_results/concurrency_benchmark_summary.csv")).exists();
        assertThat(dir.resolve("concurrency_benchmark_summary_results/endpoint_metrics_summary.csv")).exists();
        assertThat(dir.resolve("concurrency_benchmark_raw_results/endpoint_metrics.csv")).exists();
        assertThat(dir.resolve("open_loop_benchmark_summary_results/open_loop_benchmark_summary.csv")).exists();
        assertThat(dir.resolve("results.json")).isEqualTo(layout.resultsJson()).exists();
    }

    @Test
    void usesTheToolkitsColumnNames() throws IOException {
        ResultsLayout layout = ResultFilesWriter.write(SampleResult.result(), dir, Optional.empty());

        assertThat(header(layout.stabilitySummaryCsv())).isEqualTo("memory_size,successful_invocations,"
                + "invocation_latency_min,invocation_latency_mean,invocation_latency_median,invocation_latency_max,"
                + "invocation_latency_iqr");
        assertThat(header(layout.costSavingsSummaryCsv()))
                .isEqualTo("monthly_invocations,serverless_monthly_cost,instance_monthly_cost,monthly_percent_savings");
        assertThat(header(layout.concurrencySummaryCsv())).isEqualTo(",max_concurrency,num_clients,memory_size,"
                + "throttle_exception,insufficient_memory_error,other_model_error,num_invocations,"
                + "invocation_latency_median,invocation_latency_mean,invocation_latency_max,invocation_latency_iqr,"
                + "tps_avg,tps_p25,tps_p50,tps_p75,tps_max");
        assertThat(header(layout.metricsWithCostCsv())).isEqualTo("memory_size,MemoryUtilization,ModelLatency,"
                + "ModelSetupTime,OverheadLatency,average_latency,cost_per_invocation,cost_per_1M_invocations");
        assertThat(header(layout.stabilityEndpointMetricsCsv()))
                .isEqualTo("Timestamp,Average,Minimum,Maximum,Unit,p25,p50,p75,metric_name,memory_size");
        assertThat(header(layout.concurrencyEndpointMetricsCsv())).isEqualTo(
                "Timestamp,Average,Minimum,Maximum,Unit,p25,p50,p75,metric_name,memory_size,max_concurrency,num_clients");
        assertThat(header(layout.stabilityMetricsSummaryCsv()))
                .isEqualTo("memory_size,MemoryUtilization,ModelLatency,ModelSetupTime,OverheadLatency");
        assertThat(header(layout.concurrencyMetricsSummaryCsv()))
                .isEqualTo("memory_size,max_concurrency,MemoryUtilization,ModelLatency,ModelSetupTime,OverheadLatency");
    }

    @Test
    void summarisesOnlyStabilityConfigurationsWithSuccessfulCalls() throws IOException {
        BenchmarkResult result = SampleResult.result();
        ResultsLayout layout = ResultFilesWriter.write(result, dir, Optional.empty());

        List<String> lines = lines(layout.stabilitySummaryCsv());

        assertThat(lines).hasSize(3);
        var s1024 = result.configuration("s1024").orElseThrow().latency().orElseThrow();
        assertThat(lines.get(1)).isEqualTo(String.join(",", "1024", "200", CsvFormat.number(s1024.minMillis()),
                CsvFormat.number(s1024.meanMillis()), CsvFormat.number(s1024.medianMillis()),
                CsvFormat.number(s1024.maxMillis()), CsvFormat.number(s1024.iqrMillis())));
        assertThat(lines.get(2)).startsWith("2048,150,");
    }

    @Test
    void summarisesConcurrencyWithErrorCountsOverAllCallsAndAnIndexColumn() throws IOException {
        ResultsLayout layout = ResultFilesWriter.write(SampleResult.result(), dir, Optional.empty());

        List<String> lines = lines(layout.concurrencySummaryCsv());

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("0,2,2,2048,0,0,0,100,");
        assertThat(lines.get(2)).startsWith("1,2,4,2048,9,0,0,100,").endsWith(",4,3.75,4,4.25,5");
    }

    @Test
    void writesCostsAndSavingsAsExactDecimals() throws IOException {
        BenchmarkResult result = SampleResult.result();
        ResultsLayout layout = ResultFilesWriter.write(result, dir, Optional.empty());

        List<String> cost = lines(layout.metricsWithCostCsv());
        List<String> savings = lines(layout.costSavingsSummaryCsv());

        assertThat(cost.get(1)).startsWith("1024,31.5,70,1500,12,83,")
                .endsWith("," + result.cost(1024).orElseThrow().usdPerMillionInvocations().stripTrailingZeros().toPlainString());
        assertThat(savings).hasSize(1 + result.costAnalysis().orElseThrow().savings().orElseThrow().rows().size());
        assertThat(savings.get(1)).startsWith("500000,").endsWith(",40.32,97.46");
    }

    @Test
    void reportsAMetricWithoutDataAsARowWithOnlyItsName() throws IOException {
        ResultsLayout layout = ResultFilesWriter.write(SampleResult.result(), dir, Optional.empty());

        assertThat(lines(layout.stabilityEndpointMetricsCsv())).contains(",,,,,,,,ModelSetupTime,2048")
                .contains("2025-01-02T03:04:05.123456789Z,70,35,210,Milliseconds,63,70,77,ModelLatency,1024");
    }

    @Test
    void writesTheSameBytesInAnyDefaultLocale() throws IOException {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            ResultsLayout german = ResultFilesWriter.write(SampleResult.result(), dir.resolve("de"), Optional.empty());
            Locale.setDefault(Locale.US);
            ResultsLayout us = ResultFilesWriter.write(SampleResult.result(), dir.resolve("us"), Optional.empty());

            assertThat(german.stabilitySummaryCsv()).hasSameTextualContentAs(us.stabilitySummaryCsv());
            assertThat(german.metricsWithCostCsv()).hasSameTextualContentAs(us.metricsWithCostCsv());
            assertThat(german.resultsJson()).hasSameTextualContentAs(us.resultsJson());
        } finally {
            Locale.setDefault(original);
        }
    }
}
