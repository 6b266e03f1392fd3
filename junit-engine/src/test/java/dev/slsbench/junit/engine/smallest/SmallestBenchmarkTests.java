package dev.slsbench.junit.engine.smallest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The smallest class of DESIGN.md compiles and runs as written, with its image mapped to the
 * emulator's built-in echo image through the configuration key the design names.
 */
class SmallestBenchmarkTests {

    @TempDir
    Path output;

    @Test
    void runsTheSmallestBenchmarkClassAsWritten() {
        EngineExecutionResults results = EngineTestKit.engine("slsbench")
                .selectors(selectClass(ChurnBenchmark.class))
                .configurationParameter("slsbench.emulator.image.my/churn-model", "slsbench/echo")
                .configurationParameter("slsbench.output", output.toString())
                .execute();

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
}
