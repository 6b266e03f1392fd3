package dev.slsbench.output;

import dev.slsbench.result.BenchmarkResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writes everything of a finished run that is not streamed while it runs: the summary and
 * metrics CSVs, {@code results.json}, and — when a {@link ReportRenderer} is given — the HTML
 * report, all under the plan's output directory in the toolkit's layout. The raw
 * {@code invocation_benchmark_results.csv} files are written during the run by
 * {@link RawResultsCsvWriter}.
 */
public final class ResultFilesWriter {

    private ResultFilesWriter() {
    }

    /** Writes the result's files under {@code root}; returns the layout written. */
    public static ResultsLayout write(BenchmarkResult result, Path root, Optional<ReportRenderer> renderer)
            throws IOException {
        ResultsLayout layout = new ResultsLayout(root);
        SummaryCsvWriter.writeAll(result, layout);
        ResultsJsonWriter.write(result, layout.resultsJson());
        if (renderer.isPresent()) {
            Files.createDirectories(layout.reportHtml().getParent());
            renderer.get().render(result, layout.reportHtml());
            // The same page under the toolkit's name, for links and scripts written for the toolkit.
            Files.copy(layout.reportHtml(), layout.toolkitReportHtml(), StandardCopyOption.REPLACE_EXISTING);
        }
        return layout;
    }

    /** Writes the result's files under the plan's output directory. */
    public static ResultsLayout write(BenchmarkResult result, Optional<ReportRenderer> renderer) throws IOException {
        return write(result, result.plan().outputDirectory(), renderer);
    }
}
