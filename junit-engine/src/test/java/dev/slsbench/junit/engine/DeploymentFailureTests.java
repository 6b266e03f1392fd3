package dev.slsbench.junit.engine;

import dev.slsbench.emulator.images.BuiltInImage;
import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Collectors;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

class DeploymentFailureTests extends AbstractSlsbenchEngineTests {

    @TempDir
    Path directory;

    @ServerlessBenchmark(model = "flaky", image = "test/flaky-model", memory = {1024, 2048}, maxConcurrency = 2,
            clientMultiplier = 1, stabilityInvocations = 3, concurrencyInvocations = 3)
    static class FlakyModelTestCase {
        @Payload(contentType = "text/plain")
        static String body() {
            return "ping";
        }
    }

    @Test
    void abortsOnlyTheConfigurationWhoseEndpointCouldNotBeDeployed() throws IOException {
        EngineExecutionResults results = slsbench(selectClass(FlakyModelTestCase.class))
                .configurationParameter("slsbench.emulator.image.test/flaky-model", failsAt1024Mb().toString())
                .configurationParameter("slsbench.output", directory.resolve("out").toString())
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(4).aborted(1).succeeded(3).failed(0));
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("memory=1024 MB"), abortedWithReason(message(m ->
                        m.startsWith("memory=1024 MB could not be deployed: ") && m.contains("ping health check")))))
                .haveExactly(1, event(displayName("memory=2048 MB"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("maxConcurrency=2, clients=2"), finishedSuccessfully()));
    }

    /**
     * A model server that exits at once when its container belongs to the 1024 MB stability
     * endpoint (the emulator names containers after their endpoint, which slsbench names after the
     * configuration, e.g. {@code flaky-ep-<run>-s1024-<x>-variant1-3}), and otherwise runs the
     * built-in echo image.
     */
    private Path failsAt1024Mb() throws IOException {
        String echo = BuiltInImage.ECHO.command().stream().map(arg -> "'" + arg.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
        Path script = directory.resolve("flaky-model.sh");
        Files.writeString(script, """
                #!/bin/sh
                case "$SLSBENCH_CONTAINER_ID" in
                  *-s1024-*) echo "flaky-model: not enough memory to load the model" >&2; exit 3 ;;
                esac
                exec %s "$@"
                """.formatted(echo));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
