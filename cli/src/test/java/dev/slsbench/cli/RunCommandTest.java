package dev.slsbench.cli;

import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.SlaVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code slsbench run} end to end on the embedded emulator ({@code --local}), in this JVM. */
class RunCommandTest {

    @TempDir
    Path dir;

    static Path toolkitPayloads() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(RunCommandTest.class.getResource("/payloads/toolkit-format.jsonl")).toURI());
    }

    @Test
    void completesATinyLocalRunWithExitCode0WhenEverySlaHolds() throws Exception {
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("run", "echo-model", toolkitPayloads().toString(), "--local", "--image", "slsbench/echo",
                "--memory-sizes", "1024", "--stability-invocations", "4", "--concurrency-max", "2",
                "--client-multipliers", "1", "--concurrency-invocations", "4", "--sla-max-error-rate", "0",
                "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("created model echo-model from image slsbench/echo", "SLA held: 2 of 2 checks passed",
                "Results: " + output, "Report:  " + output.resolve("benchmarking_report/report.html"));
        ResultsLayout layout = new ResultsLayout(output);
        assertThat(layout.reportHtml()).isRegularFile();
        assertThat(layout.stabilityRawResultsCsv()).isRegularFile();
        assertThat(layout.concurrencySummaryCsv()).isRegularFile();
        BenchmarkResult result = ResultsJsonReader.read(layout.resultsJson());
        assertThat(result.configurations()).extracting(c -> c.configuration().id()).containsExactly("s1024", "c1024-2-2");
        assertThat(result.configurations()).allSatisfy(c -> assertThat(c.status()).isEqualTo(ConfigurationStatus.COMPLETED));
        assertThat(result.slaVerdicts()).hasSize(2).allMatch(SlaVerdict::passed)
                .extracting(SlaVerdict::criterion).containsOnly("maxErrorRate");
    }

    @Test
    void runsAPayloadFileInThePythonToolkitsFormatUnchanged() throws Exception {
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("run", "echo-model", toolkitPayloads().toString(), "--local", "--image", "slsbench/echo",
                "--memory-sizes", "2048", "--stability-invocations", "8", "--no-concurrency", "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        BenchmarkResult result = ResultsJsonReader.read(new ResultsLayout(output).resultsJson());
        ConfigurationResult stability = result.configuration("s2048").orElseThrow();
        assertThat(stability.outcomes().ok()).isEqualTo(8);
        assertThat(stability.outcomes().issued()).isEqualTo(8);
        assertThat(result.payloads().count()).isEqualTo(4);
        assertThat(result.payloads().source()).endsWith("toolkit-format.jsonl");
    }

    @Test
    void exitsWith1AndRecordsTheVerdictWhenAnSlaFails() throws Exception {
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("run", "slow-echo", toolkitPayloads().toString(), "--local", "--image", "slsbench/echo",
                "--image-env", "SLSBENCH_DELAY_MS=25", "--memory-sizes", "1024", "--stability-invocations", "3",
                "--no-concurrency", "--sla-p50-ms", "5", "--sla-max-error-rate", "0", "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SLA_FAILED);
        assertThat(run.out()).contains("SLA failed: 1 of 2 checks:").containsPattern(
                "s1024: median latency \\d+\\.\\d\\d ms exceeds --sla-p50-ms 5");
        BenchmarkResult result = ResultsJsonReader.read(new ResultsLayout(output).resultsJson());
        assertThat(result.slaVerdicts()).filteredOn(v -> !v.passed()).singleElement().satisfies(v -> {
            assertThat(v.criterion()).isEqualTo("p50Millis");
            assertThat(v.limit()).isEqualTo(5.0);
            assertThat(v.actual().getAsDouble()).isGreaterThanOrEqualTo(25.0);
        });
        assertThat(Files.readString(new ResultsLayout(output).reportHtml())).contains("SLAs failed for 1 of 1 configurations");
    }

    @Test
    void quietProgressPrintsOnlyTheSummary() throws IOException, URISyntaxException {
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("run", "echo-model", toolkitPayloads().toString(), "--local", "--image", "slsbench/echo",
                "--memory-sizes", "1024", "--stability-invocations", "2", "--no-concurrency", "--progress", "quiet",
                "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).doesNotContain("deploying", "calls to").contains("Run ", "s1024", "Results: ");
    }

    @Test
    void passesSlsbenchsOwnOptionsAndEmulatorImageMappingsThrough() throws Exception {
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("run", "cpu-model", toolkitPayloads().toString(), "--local",
                "--emulator-image", "my/cpu-model=slsbench/cpu", "--image", "my/cpu-model", "--image-env",
                "SLSBENCH_WORK_UNITS=1", "--memory-sizes", "1024", "--stability-invocations", "3",
                "--concurrency-max", "2", "--client-multipliers", "1", "--concurrency-invocations", "3",
                "--concurrency-memory-size", "2048", "--provisioned-concurrency", "1", "--think-time", "1ms",
                "--strategy", "cost", "--open-loop", "10:500ms:1024:2", "--run-id", "options1",
                "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        BenchmarkResult result = ResultsJsonReader.read(new ResultsLayout(output).resultsJson());
        assertThat(result.runId()).isEqualTo("options1");
        assertThat(result.plan().concurrencyMemoryMb()).contains(2048);
        assertThat(result.plan().provisionedConcurrency()).isEqualTo(1);
        assertThat(result.plan().thinkTime()).isEqualTo(java.time.Duration.ofMillis(1));
        assertThat(result.plan().recommendationStrategy()).isEqualTo(dev.slsbench.plan.RecommendationStrategy.COST);
        assertThat(result.configurations()).extracting(c -> c.configuration().id())
                .containsExactly("s1024-p1", "c2048-2-2-p1", "o0-1024-2-p1"); // ids name a ProvisionedConcurrency above 0
        assertThat(result.configurations()).allSatisfy(c -> assertThat(c.outcomes().ok()).isPositive());
    }
}
