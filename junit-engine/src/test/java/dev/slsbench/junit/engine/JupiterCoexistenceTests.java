package dev.slsbench.junit.engine;

import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Jupiter and slsbench run side by side from one launcher request, each taking only its own classes. */
class JupiterCoexistenceTests {

    @TempDir
    Path output;

    static class JupiterNeighbourTestCase {
        @Test
        void plainJupiterTest() {
            assertThat(1 + 1).isEqualTo(2);
        }
    }

    @ServerlessBenchmark(model = "echo-neighbour", image = "slsbench/echo", memory = 1024, includeConcurrency = false,
            stabilityInvocations = 2)
    static class BenchmarkNeighbourTestCase {
        @Payload
        static String body() {
            return "ping";
        }
    }

    @Test
    void runsJupiterTestsAndBenchmarksFromTheSameRequest() {
        Map<String, TestExecutionResult.Status> tests = new ConcurrentHashMap<>();
        Launcher launcher = LauncherFactory.create();

        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(JupiterNeighbourTestCase.class), selectClass(BenchmarkNeighbourTestCase.class))
                .configurationParameter("slsbench.output", output.toString())
                .enableImplicitConfigurationParameters(false)
                .build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                        if (identifier.isTest()) {
                            tests.put(identifier.getUniqueId(), result.getStatus());
                        }
                    }
                });

        assertThat(tests).containsOnlyKeys(
                "[engine:junit-jupiter]/[class:" + JupiterNeighbourTestCase.class.getName() + "]/[method:plainJupiterTest()]",
                "[engine:slsbench]/[class:" + BenchmarkNeighbourTestCase.class.getName() + "]/[phase:stability]/[memory:1024]",
                "[engine:slsbench]/[class:" + BenchmarkNeighbourTestCase.class.getName() + "]/[recommendation:cost]");
        assertThat(tests).allSatisfy((id, status) -> assertThat(status).isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
    }
}
