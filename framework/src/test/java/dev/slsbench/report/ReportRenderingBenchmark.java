package dev.slsbench.report;

import dev.slsbench.result.BenchmarkResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures report rendering for a large run: 6 memory sizes, MaxConcurrency 2, 4 and 8, client
 * multipliers 1, 1.5, 1.75 and 2, 100,000 calls per configuration. Two shapes are rendered: the
 * toolkit's (concurrency at the recommended memory size only: 6 + 11 configurations) and the
 * widest (the concurrency grid at every memory size: 6 + 66 configurations). For each it prints
 * the first render in this JVM (template compilation and class loading included, as a CLI run
 * pays it), the median of later renders, and the page size. A benchmark, not a test: it asserts
 * nothing. The last page of each shape is written under {@code framework/target/report-benchmark/}.
 *
 * <p>Run from the repository root:
 * <pre>{@code
 * mvn -B -ntp -q -pl framework test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass=dev.slsbench.report.ReportRenderingBenchmark -Dexec.classpathScope=test
 * }</pre>
 */
public final class ReportRenderingBenchmark {

    private static final int CALLS = 100_000;
    private static final int MEASURED_RENDERS = 7;

    private ReportRenderingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "framework/target/report-benchmark");
        if (!Files.isDirectory(out.getParent() == null ? Path.of(".") : out.getParent())) {
            out = Path.of("target/report-benchmark");
        }
        Files.createDirectories(out);
        measure("toolkit shape: concurrency at the recommended size", builder().build(), out.resolve("toolkit.html"));
        measure("widest shape: concurrency at every size", builder().concurrencyAtEveryMemorySize().build(),
                out.resolve("widest.html"));
    }

    private static SyntheticResultBuilder builder() {
        return new SyntheticResultBuilder().memorySizesMb(1024, 2048, 3072, 4096, 5120, 6144).maxConcurrency(2, 4, 8)
                .multipliers(1.0, 1.5, 1.75, 2.0).stabilityCalls(CALLS).concurrencyCalls(CALLS).withSlas().seed(7);
    }

    private static void measure(String name, BenchmarkResult result, Path file) throws Exception {
        HtmlReportRenderer renderer = new HtmlReportRenderer();
        long calls = result.configurations().stream().mapToLong(c -> c.outcomes().issued()).sum();
        long start = System.nanoTime();
        renderer.render(result, file);
        double firstMillis = (System.nanoTime() - start) / 1e6;
        double[] millis = new double[MEASURED_RENDERS];
        for (int i = 0; i < MEASURED_RENDERS; i++) {
            long t = System.nanoTime();
            renderer.render(result, file);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        long bytes = Files.size(file);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        int charts = html.split("<svg ", -1).length - 1;
        System.out.printf(Locale.ROOT, "%s: %d configurations, %,d calls, %d charts%n", name,
                result.configurations().size(), calls, charts);
        System.out.printf(Locale.ROOT, "  render: first %.0f ms, median of %d later %.0f ms (max %.0f ms)%n",
                firstMillis, MEASURED_RENDERS, millis[MEASURED_RENDERS / 2], millis[MEASURED_RENDERS - 1]);
        System.out.printf(Locale.ROOT, "  page: %,d bytes (%.2f MB) -> %s%n", bytes, bytes / 1e6, file);
    }
}
