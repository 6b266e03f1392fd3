package dev.slsbench.cli;

import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.result.ConfigurationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A run that cannot complete exits with 3 and leaves no endpoint or endpoint config behind. */
class IncompleteRunTest {

    @TempDir
    Path dir;

    private TestEmulator emulator;

    @BeforeEach
    void start() {
        emulator = TestEmulator.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void exitsWith3AndDeletesEverythingWhenEveryDeploymentFails() throws IOException {
        Path payloads = Files.writeString(dir.resolve("payloads.jsonl"), "{\"Body\": \"1,2,3\", \"ContentType\": \"text/csv\"}\n");
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("run", "broken-model", payloads.toString(), "--endpoint-url", emulator.url(),
                "--image", "slsbench/fail-start", "--memory-sizes", "1024", "2048", "--stability-invocations", "3",
                "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(run.out()).contains("deployment failed: broken-model-ep-", "did not pass the ping health check");
        assertThat(run.err()).contains("incomplete: 2 configurations did not run (s1024, s2048)",
                "every endpoint and endpoint config run");
        // DeleteEndpoint is asynchronous (Deleting, then gone), on SageMaker as on the emulator.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(emulator.endpoints()).isEmpty());
        assertThat(emulator.endpointConfigs()).isEmpty();
        assertThat(ResultsJsonReader.read(new ResultsLayout(output).resultsJson()).configurations())
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(ConfigurationStatus.DEPLOYMENT_FAILED));
    }
}
