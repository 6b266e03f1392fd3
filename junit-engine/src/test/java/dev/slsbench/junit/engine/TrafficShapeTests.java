package dev.slsbench.junit.engine;

import dev.slsbench.junit.Payload;
import dev.slsbench.junit.Ramp;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Stairs;
import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** {@code @Stairs} and {@code @Ramp} run after the other phases and land in the class's results folder. */
class TrafficShapeTests extends AbstractSlsbenchEngineTests {

    @TempDir
    Path directory;

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo", environment = "SLSBENCH_DELAY_MS=10", memory = 1024,
            includeConcurrency = false, stabilityInvocations = 2, stopP99Millis = 2000)
    @Stairs(usersPerStep = 1, steps = 2, stepDuration = "1s", memory = 1024, maxConcurrency = 2)
    @Ramp(fromRate = 2, toRate = 10, duration = "2s", memory = 1024, maxConcurrency = 4)
    static class StairsAndRampTestCase {
        @Payload(contentType = "text/plain")
        static String body() {
            return "ping";
        }
    }

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo", memory = 1024, includeConcurrency = false)
    @Ramp(fromRate = 2, toRate = 10, duration = "2s", memory = 1500, maxConcurrency = 4)
    static class BadRampTestCase {
        @Payload(contentType = "text/plain")
        static String body() {
            return "ping";
        }
    }

    @Test
    void runsTheClassesTrafficShapesIntoItsResultsFolder() throws Exception {
        Path output = directory.resolve("out");

        EngineExecutionResults results = slsbench(selectClass(StairsAndRampTestCase.class))
                .configurationParameter("slsbench.output", output.toString()).execute();

        results.testEvents().assertStatistics(stats -> stats.failed(0));
        ResultsLayout layout = new ResultsLayout(output.resolve(StairsAndRampTestCase.class.getName()));
        BenchmarkResult result = ResultsJsonReader.read(layout.resultsJson());
        assertThat(result.plan().stopP99Millis()).hasValue(2000.0);
        assertThat(result.configurations(Phase.TRAFFIC)).extracting(c -> c.configuration().id())
                .containsExactly("st0-1024-2", "rp1-1024-4");
        assertThat(result.configurations(Phase.TRAFFIC)).extracting(ConfigurationResult::traffic)
                .allSatisfy(traffic -> assertThat(traffic).isPresent());
        assertThat(Files.readAllLines(layout.trafficStepsCsv())).hasSize(1 + 2 + 10);
    }

    @ServerlessBenchmark(model = "slowing", image = "slsbench/echo", environment = "SLSBENCH_DELAY_GROWTH_MS=15",
            memory = 1024, includeConcurrency = false, stabilityInvocations = 200, warmupInvocations = 1,
            stopP99Millis = 250)
    static class SlowingTestCase {
        @Payload(contentType = "text/plain")
        static String body() {
            return "ping";
        }
    }

    @Test
    void aConfigurationStoppedByItsP99FailsItsTestSayingSo() {
        EngineExecutionResults results = slsbench(selectClass(SlowingTestCase.class))
                .configurationParameter("slsbench.output", directory.resolve("out").toString()).execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("memory=1024 MB"),
                finishedWithFailure(message(m -> m.contains("stopped at 1 client after")
                        && m.contains("rolling p99") && m.contains("above the stop limit of 250 ms")))));
    }

    @Test
    void namesTheAnnotationOfABadTrafficShape() {
        EngineExecutionResults results = slsbench(selectClass(BadRampTestCase.class))
                .configurationParameter("slsbench.output", directory.resolve("out").toString()).execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(test(BadRampTestCase.class.getName()),
                finishedWithFailure(message(m -> m.contains("@Ramp #1: 1500 is not one of 1024")))));
    }
}
