package dev.slsbench.output;

import dev.slsbench.result.BenchmarkResult;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Renders the HTML report from a result alone (the seam for the report module): given a
 * {@link BenchmarkResult}, write one self-contained page to {@code reportHtml}.
 */
@FunctionalInterface
public interface ReportRenderer {

    /** Writes the report for {@code result} to {@code reportHtml} (its directory exists). */
    void render(BenchmarkResult result, Path reportHtml) throws IOException;
}
