package dev.slsbench.cli;

import dev.slsbench.output.ReportRenderer;
import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.result.BenchmarkResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code slsbench report RESULTS_DIR}: renders {@code benchmarking_report/report.html} again from
 * {@code results.json} alone, e.g. after upgrading slsbench or on a results folder copied from
 * another machine.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = SlsbenchVersion.class,
        description = "Renders the HTML report of a run again from its results.json.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  slsbench report slsbench-results/k3x9a",
                "  slsbench report slsbench-results/k3x9a/results.json --output /tmp/report.html"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A results folder, or its results.json.")
    Path results;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Where to write the report. Default: RESULTS_DIR/benchmarking_report/report.html.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Path resultsJson = Files.isDirectory(results) ? new ResultsLayout(results).resultsJson() : results;
        BenchmarkResult result;
        try {
            result = ResultsJsonReader.read(resultsJson);
        } catch (NoSuchFileException e) {
            throw new BadInputException("RESULTS_DIR: " + resultsJson + " not found");
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("RESULTS_DIR: " + resultsJson + " is not a slsbench results.json: " + e.getMessage());
        }
        Path root = resultsJson.toAbsolutePath().getParent();
        Path report = output != null ? output : new ResultsLayout(root).reportHtml();
        Path parent = report.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ReportRenderer.registered().orElseThrow(() -> new IllegalStateException("no report renderer registered"))
                .render(result, report);
        spec.commandLine().getOut().println("Report of run " + result.runId() + ": " + report);
        return ExitCodes.OK;
    }
}
