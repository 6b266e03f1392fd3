package dev.slsbench.junit.engine;

import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.output.ResultsLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** {@code @ServerlessBenchmark(coldStarts = N)} runs the cold-start phase and writes cold_starts.csv. */
class ColdStartPhaseTests extends AbstractSlsbenchEngineTests {

    @TempDir
    Path directory;

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo", memory = 1024, includeConcurrency = false,
            stabilityInvocations = 2, coldStarts = 2)
    static class TwoColdStartsTestCase {
        @Payload(contentType = "text/plain")
        static String body() {
            return "ping";
        }
    }

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo", memory = 1024, includeConcurrency = false,
            stabilityInvocations = 2, coldStarts = 51)
    static class TooManyColdStartsTestCase {
        @Payload(contentType = "text/plain")
        static String body() {
            return "ping";
        }
    }

    @Test
    void writesTheSamplesOfTheColdStartPhase() throws Exception {
        Path output = directory.resolve("out");

        EngineExecutionResults results = slsbench(selectClass(TwoColdStartsTestCase.class))
                .configurationParameter("slsbench.output", output.toString()).execute();

        results.testEvents().assertStatistics(stats -> stats.failed(0));
        Path csv = new ResultsLayout(output.resolve(TwoColdStartsTestCase.class.getName())).coldStartsCsv();
        assertThat(Files.readAllLines(csv)).hasSize(3).element(1).asString().startsWith("1024,0,1,");
    }

    @Test
    void namesTheAttributeOfAnOutOfRangeNumberOfColdStarts() {
        EngineExecutionResults results = slsbench(selectClass(TooManyColdStartsTestCase.class))
                .configurationParameter("slsbench.output", directory.resolve("out").toString()).execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(test(TooManyColdStartsTestCase.class.getName()),
                finishedWithFailure(message(m -> m.contains("@ServerlessBenchmark(coldStarts): 51 is not within 0..50")))));
    }
}
