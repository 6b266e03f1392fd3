package dev.slsbench.cli;

import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.PayloadOrder;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Python toolkit's flags work in {@code slsbench run} with the toolkit's meaning. */
class ToolkitFlagsTest {

    @TempDir
    Path dir;

    @Test
    void runsACommandWrittenWithTheToolkitsFlags() throws Exception {
        Path output = dir.resolve("toolkit-results");

        CliRun run = CliRun.of("run", "echo-model", RunCommandTest.toolkitPayloads().toString(),
                "--memory_sizes", "1024", "2048", "--stability_benchmark_invocations", "20",
                "--no_include_concurrency_benchmark", "--result_save_path", output.toString(),
                "--local", "--image", "slsbench/echo", "--progress", "quiet");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        ResultsLayout layout = new ResultsLayout(output);
        assertThat(layout.stabilityRawResultsCsv()).isRegularFile();
        assertThat(Files.exists(layout.concurrencySummaryCsv())).isFalse();
        BenchmarkResult result = ResultsJsonReader.read(layout.resultsJson());
        assertThat(result.plan().memorySizesMb()).containsExactly(1024, 2048);
        assertThat(result.plan().includeConcurrency()).isFalse();
        assertThat(result.configurations()).extracting(c -> c.configuration().id()).containsExactly("s1024", "s2048");
        assertThat(result.configurations()).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(ConfigurationStatus.COMPLETED);
            assertThat(c.outcomes().issued()).isEqualTo(20);
        });
    }

    @Test
    void writesTheToolkitsTablesAndReportNameWithOurExtrasBeside() throws Exception {
        Path output = dir.resolve("toolkit-results");

        CliRun run = CliRun.of("run", "echo-model", RunCommandTest.toolkitPayloads().toString(),
                "--memory_sizes", "1024", "--stability_benchmark_invocations", "5",
                "--no_include_concurrency_benchmark", "--result_save_path", output.toString(),
                "--local", "--image", "slsbench/echo", "--progress", "quiet");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        ResultsLayout layout = new ResultsLayout(output);
        assertThat(firstLine(layout.stabilityMetricsSummaryCsv()))
                .isEqualTo("memory_size,MemoryUtilization,ModelLatency,ModelSetupTime,OverheadLatency");
        assertThat(firstLine(layout.metricsWithCostCsv())).isEqualTo("memory_size,MemoryUtilization,ModelLatency,"
                + "ModelSetupTime,OverheadLatency,average_latency,cost_per_invocation,cost_per_1M_invocations");
        assertThat(firstLine(layout.stabilityExtraMetricsSummaryCsv())).startsWith("memory_size,")
                .contains("Invocations").doesNotContain("ModelLatency");
        assertThat(layout.toolkitReportHtml()).hasFileName("benchmarking_report.html")
                .hasSameTextualContentAs(layout.reportHtml());
    }

    private static String firstLine(Path csv) throws java.io.IOException {
        return Files.readAllLines(csv).getFirst();
    }

    @Test
    void picksExamplesAtRandomLikeTheToolkitAndRecordsTheSeed() throws Exception {
        Path output = dir.resolve("random");

        CliRun run = CliRun.of("run", "echo-model", RunCommandTest.toolkitPayloads().toString(), "--local",
                "--image", "slsbench/echo", "--memory-sizes", "1024", "--stability-invocations", "16",
                "--no-concurrency", "--payload-order", "random", "--payload-seed", "42", "--progress", "quiet",
                "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        ResultsLayout layout = new ResultsLayout(output);
        BenchmarkResult result = ResultsJsonReader.read(layout.resultsJson());
        assertThat(result.plan().payloadOrder()).isEqualTo(PayloadOrder.RANDOM);
        assertThat(result.plan().payloadSeed()).contains(42L);
        assertThat(Files.readString(layout.resultsJson())).contains("\"payloadOrder\" : \"RANDOM\"", "\"payloadSeed\" : 42");
        List<String> rows = Files.readAllLines(layout.stabilityRawResultsCsv());
        int column = List.of(rows.getFirst().split(",")).indexOf("invoke_arg_index");
        List<Integer> picks = rows.stream().skip(1).map(row -> Integer.parseInt(row.split(",")[column])).toList();
        assertThat(picks).hasSize(16).isNotEqualTo(IntStream.range(0, 16).map(n -> n % 4).boxed().toList());
    }

    @Test
    void eachToolkitFlagSetsTheSameOptionAsSlsbenchsOwn() {
        BenchmarkPlan toolkits = plan("--memory_sizes", "2048", "3072", "--stability_benchmark_invocations", "7",
                "--stability_benchmark_error_thresh", "5", "--no_include_concurrency_benchmark",
                "--concurrency_benchmark_max_conc", "2", "4", "--concurrency_benchmark_invocations", "9",
                "--concurrency_num_clients_multiplier", "1", "1.5", "--result_save_path", "out",
                "--cold_start_delay", "30");
        BenchmarkPlan ours = plan("--memory-sizes", "2048", "3072", "--stability-invocations", "7",
                "--error-threshold", "5", "--toolkit-error-threshold", "--no-concurrency", "--concurrency-max", "2", "4",
                "--concurrency-invocations", "9", "--client-multipliers", "1", "1.5", "--output", "out",
                "--cold-start-delay", "30s");

        assertThat(toolkits).isEqualTo(ours);
        assertThat(toolkits.outputDirectory()).isEqualTo(Path.of("out"));
        assertThat(toolkits.coldStartDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(toolkits.errorThresholdCountsThrottles()).isTrue();
    }

    @Test
    void refusesAnOptionGivenInBothSpellingsWithExitCode2() throws Exception {
        CliRun run = CliRun.of("run", "echo-model", RunCommandTest.toolkitPayloads().toString(), "--local",
                "--memory-sizes", "1024", "--memory_sizes", "2048", "--cold_start_delay", "-1");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--memory_sizes is the toolkit's name for --memory-sizes; give one of them, not both",
                "--cold_start_delay -1 is negative");
    }

    @Test
    void aToolkitFlagBeatsThePlanFilesValue() throws Exception {
        Path planFile = Files.writeString(dir.resolve("plan.json"), "{\"stability-invocations\": 3}");

        CliRun run = CliRun.of("run", "echo-model", RunCommandTest.toolkitPayloads().toString(), "--local",
                "--image", "slsbench/echo", "--plan", planFile.toString(), "--stability_benchmark_invocations", "5",
                "--memory_sizes", "1024", "--no_include_concurrency_benchmark", "--dry-run");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("5 calls");
    }

    private static BenchmarkPlan plan(String... flags) {
        RunCommand run = new RunCommand();
        String[] args = new String[flags.length + 2];
        args[0] = "m";
        args[1] = "p.jsonl";
        System.arraycopy(flags, 0, args, 2, flags.length);
        CommandLine line = new CommandLine(run).setCaseInsensitiveEnumValuesAllowed(true);
        line.parseArgs(args);
        assertThat(run.toolkit.applyTo(run.plan, name -> line.getParseResult().hasMatchedOption(name))).isEmpty();
        return run.plan.builder("m").runId("fixed").build();
    }
}
