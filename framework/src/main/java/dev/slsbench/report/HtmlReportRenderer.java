package dev.slsbench.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.slsbench.output.ReportRenderer;
import dev.slsbench.result.BenchmarkResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders {@code benchmarking_report/report.html}: one self-contained page that answers "which
 * memory size and MaxConcurrency, and what will it cost" in its first screen, followed by the
 * stability, cost, concurrency, cold-start and run-detail sections. Styles are inlined, charts
 * are inline SVG drawn by this package, and the page has no scripts and loads nothing, so it
 * reads the same offline, attached to a pull request, or printed (it has a print stylesheet).
 * It reads only the {@link BenchmarkResult}, so a report can be re-rendered from
 * {@code results.json}. Thread-safe; the template is compiled once.
 */
public final class HtmlReportRenderer implements ReportRenderer {

    private static final String TEMPLATES = "dev/slsbench/report";
    private static final Mustache TEMPLATE = new DefaultMustacheFactory(TEMPLATES).compile("report.mustache");
    private static final String CSS = resource("report.css");

    /** Writes the report of {@code result} to {@code reportHtml}, in UTF-8. */
    @Override
    public void render(BenchmarkResult result, Path reportHtml) throws IOException {
        try (Writer out = Files.newBufferedWriter(reportHtml, StandardCharsets.UTF_8)) {
            render(result, out);
        }
    }

    /** The report of {@code result} as text. */
    public String renderToString(BenchmarkResult result) {
        StringWriter out = new StringWriter(256 * 1024);
        try {
            render(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void render(BenchmarkResult result, Writer out) throws IOException {
        TEMPLATE.execute(out, ReportModel.of(result, CSS)).flush();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportRenderer.class.getClassLoader().getResourceAsStream(TEMPLATES + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATES + "/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
