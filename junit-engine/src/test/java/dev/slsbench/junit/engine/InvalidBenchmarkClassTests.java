package dev.slsbench.junit.engine;

import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.engine.fixtures.EchoBenchmarkTestCase;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

class InvalidBenchmarkClassTests extends AbstractSlsbenchEngineTests {

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo", memory = 1000, payloadSeed = {1, 2})
    static class BadMemoryTestCase {
        @Payload
        static String body(String unexpected) {
            return unexpected;
        }

        @Payload(weight = -1)
        static String weighted() {
            return "x";
        }
    }

    @Test
    void failsAnInvalidClassAsOneTestListingEveryProblem() {
        EngineExecutionResults results = slsbench(selectClass(BadMemoryTestCase.class)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1).succeeded(0));
        results.testEvents().assertThatEvents().haveExactly(1, event(test(BadMemoryTestCase.class.getName()),
                finishedWithFailure(message(m -> m.contains("@ServerlessBenchmark(memory): 1000 is not one of")
                        && m.contains("@Payload method body() must not have parameters")
                        && m.contains("@Payload method weighted() has weight -1.0; a weight is a positive number")
                        && m.contains("@ServerlessBenchmark(payloadSeed): [1, 2] is more than one seed")))));
    }

    @Test
    void reportsTheInvalidClassWithoutHoldingBackTheOthersDiscovery() {
        var results = discover(selectClass(BadMemoryTestCase.class), selectClass(EchoBenchmarkTestCase.class));

        assertThat(tree(results.getEngineDescriptor())).contains("InvalidBenchmarkClassTests$BadMemoryTestCase",
                "EchoBenchmarkTestCase");
    }
}
