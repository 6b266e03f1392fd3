package dev.slsbench.output;

import dev.slsbench.result.BenchmarkResult;
import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Renders the HTML report from a result alone (the seam for the report module): given a
 * {@link BenchmarkResult}, write one self-contained page to {@code reportHtml}.
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ReportRenderer {

    /** Writes the report for {@code result} to {@code reportHtml} (its directory exists). */
    void render(BenchmarkResult result, Path reportHtml) throws IOException;

    /**
     * The first renderer registered with {@link ServiceLoader} (the framework registers its HTML
     * report), the one way every front end finds it.
     */
    static Optional<ReportRenderer> registered() {
        return ServiceLoader.load(ReportRenderer.class, ReportRenderer.class.getClassLoader()).findFirst();
    }
}
