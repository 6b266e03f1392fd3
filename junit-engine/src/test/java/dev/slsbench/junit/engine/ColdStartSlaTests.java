package dev.slsbench.junit.engine;

import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Sla;
import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.result.SlaVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Path;

import static dev.slsbench.junit.SlsbenchAssertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** {@code @Sla(maxColdStartMillis)} and {@code maxColdStartRate} judge the cold starts a run measured, never none. */
class ColdStartSlaTests extends AbstractSlsbenchEngineTests {

    @TempDir
    Path output;

    @ServerlessBenchmark(model = "echo-warmed", image = "slsbench/echo", memory = 1024, includeConcurrency = false,
            stabilityInvocations = 4, warmupInvocations = 2)
    @Sla(maxColdStartMillis = 60_000)
    static class WarmedUpTestCase {
        @Payload(contentType = "text/csv")
        String row() {
            return "1,2,3";
        }
    }

    @ServerlessBenchmark(model = "echo-cold", image = "slsbench/echo", memory = 1024, includeConcurrency = false,
            stabilityInvocations = 4)
    @Sla(maxColdStartMillis = 60_000, maxColdStartRate = 0.5)
    static class ColdTestCase {
        @Payload(contentType = "text/csv")
        String row() {
            return "1,2,3";
        }
    }

    @Test
    void failsAColdStartLimitWhenNoColdStartWasMeasured() throws IOException {
        EngineExecutionResults results = run(selectClass(WarmedUpTestCase.class));

        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("memory=1024 MB"),
                finishedWithFailure(message(m -> m.contains(
                        "cold start not measured (no cold start was measured) exceeds @Sla(maxColdStartMillis = 60000)")))));
        SlaVerdict written = ResultsJsonReader.read(output.resolve(WarmedUpTestCase.class.getName())
                .resolve("results.json")).slaVerdicts("s1024").getFirst();
        assertThat(written.passed()).isFalse();
        assertThat(written.actual()).isEmpty();
    }

    @Test
    void judgesTheColdStartsAndColdStartRateTheRunMeasured() throws IOException {
        EngineExecutionResults results = run(selectClass(ColdTestCase.class));

        results.testEvents().assertThatEvents().haveExactly(1,
                event(displayName("memory=1024 MB"), finishedSuccessfully()));
        var verdicts = ResultsJsonReader.read(output.resolve(ColdTestCase.class.getName()).resolve("results.json"))
                .slaVerdicts("s1024");
        assertThat(verdicts).extracting(SlaVerdict::criterion).containsExactly("maxColdStartMillis", "maxColdStartRate");
        assertThat(verdicts).allMatch(SlaVerdict::passed);
        assertThat(verdicts.get(1).actual()).hasValue(0.25);
    }

    private EngineExecutionResults run(org.junit.platform.engine.DiscoverySelector selector) {
        return slsbench(selector).configurationParameter("slsbench.output", output.toString()).execute();
    }
}
