package dev.slsbench.junit.engine.smallest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The smallest class of DESIGN.md, which the README's "Write your first benchmark" shows,
 * compiles and runs as written ({@link ChurnBenchmark} is that text), with the README's
 * {@code junit-platform.properties}.
 */
class SmallestBenchmarkTests {

    private static final Path README = Path.of("..", "README.md");
    private static final Path CHURN_BENCHMARK = Path.of("src/test/java/dev/slsbench/junit/engine/smallest/ChurnBenchmark.java");

    @TempDir
    Path output;

    @Test
    void readmeShowsTheCompiledClassVerbatim() throws IOException {
        String source = Files.readString(CHURN_BENCHMARK);
        String compiled = source.substring(source.indexOf("@ServerlessBenchmark")).strip();

        assertThat(readmeBlock("java")).isEqualTo(compiled);
    }

    @Test
    void runsTheSmallestBenchmarkClassAsWrittenWithTheReadmeProperties() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(readmeBlock("properties")));
        EngineTestKit.Builder engine = EngineTestKit.engine("slsbench").selectors(selectClass(ChurnBenchmark.class))
                .configurationParameter("slsbench.output", output.toString());
        properties.stringPropertyNames().forEach(key -> engine.configurationParameter(key, properties.getProperty(key)));

        EngineExecutionResults results = engine.execute();

        assertThat(results.testEvents().finished().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("memory=1024 MB", "memory=2048 MB",
                        "maxConcurrency=2, clients=2", "maxConcurrency=2, clients=4",
                        "maxConcurrency=4, clients=4", "maxConcurrency=4, clients=8",
                        "cost & recommendation");
        results.testEvents().assertStatistics(stats -> stats.started(7).aborted(0).skipped(0));
        assertThat(results.testEvents().failed().stream().map(e -> e.getPayload(TestExecutionResult.class).orElseThrow()))
                .allSatisfy(failure -> assertThat(failure.getThrowable()).get().asString()
                        .as("a failure may only be an SLA verdict, the run itself must work")
                        .contains("exceeds @Sla("));
        results.containerEvents().assertStatistics(stats -> stats.failed(0).aborted(0));
        assertThat(output.resolve("dev.slsbench.junit.engine.smallest.ChurnBenchmark/results.json")).isRegularFile();
    }

    /** The first {@code language} code block of the README's "Write your first benchmark" section. */
    private static String readmeBlock(String language) throws IOException {
        String readme = Files.readString(README);
        String section = readme.substring(readme.indexOf("## Write your first benchmark"));
        Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(block.find()).as("a ```%s block in the README's first-benchmark section", language).isTrue();
        return block.group(1).strip();
    }
}
