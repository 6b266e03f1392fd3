package dev.slsbench.cli;

import dev.slsbench.output.ResultsLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code slsbench report} renders report.html again from results.json alone. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void rendersTheReportAgainFromResultsJson() throws Exception {
        Path results = dir.resolve("results");
        CliRun run = CliRun.of("run", "echo-model", RunCommandTest.toolkitPayloads().toString(), "--local",
                "--image", "slsbench/echo", "--memory-sizes", "1024", "--stability-invocations", "2",
                "--no-concurrency", "--progress", "quiet", "--output", results.toString(), "--run-id", "rerender1");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        Path report = new ResultsLayout(results).reportHtml();
        Files.delete(report);

        CliRun rendered = CliRun.of("report", results.toString());

        assertThat(rendered.exitCode()).as(rendered.toString()).isEqualTo(ExitCodes.OK);
        assertThat(rendered.out()).contains("Report of run rerender1: " + report.toAbsolutePath());
        assertThat(Files.readString(report)).contains("rerender1", "echo-model");

        Path elsewhere = dir.resolve("copy/report.html");
        CliRun copied = CliRun.of("report", results.resolve("results.json").toString(), "--output", elsewhere.toString());
        assertThat(copied.exitCode()).as(copied.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(elsewhere)).isEqualTo(Files.readString(report));
    }

    @Test
    void exitsWith2WithoutResultsJson() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        CliRun run = CliRun.of("report", empty.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("slsbench report: RESULTS_DIR: " + empty.resolve("results.json") + " not found");
    }

    @Test
    void exitsWith2OnAFileThatIsNotResultsJson() throws IOException {
        Path bogus = Files.writeString(dir.resolve("results.json"), "{\"hello\": 1}");

        CliRun run = CliRun.of("report", bogus.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("is not a slsbench results.json");
    }
}
