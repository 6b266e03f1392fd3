package dev.slsbench.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Ctrl-C (SIGINT) to {@code slsbench run} in a child JVM tears everything down, says so and exits with 3. */
class InterruptTest {

    @TempDir
    Path dir;

    private TestEmulator emulator;

    @BeforeEach
    void start() {
        emulator = TestEmulator.start();
        emulator.createModel("slow-echo", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "20"));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void sigintMidRunDeletesEveryEndpointAndExitsWith3() throws Exception {
        Path payloads = Files.writeString(dir.resolve("payloads.jsonl"), "{\"Body\": \"1,2,3\", \"ContentType\": \"text/csv\"}\n");

        try (ChildJvm child = ChildJvm.start(dir, "run", "slow-echo", payloads.toString(), "--endpoint-url",
                emulator.url(), "--memory-sizes", "1024", "2048", "--stability-invocations", "1000000",
                "--no-concurrency", "--progress", "lines", "--output", dir.resolve("results").toString())) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> child.out().contains("s1024 (1024 MB): 1000000 calls to")
                            && child.out().contains("s2048 (2048 MB): 1000000 calls to") || !child.process().isAlive());
            assertThat(emulator.endpoints()).as(child.toString()).hasSize(2);
            assertThat(emulator.endpointConfigs()).hasSize(2);

            child.interrupt();

            assertThat(child.awaitExit(60)).as(child.toString()).isEqualTo(ExitCodes.INCOMPLETE);
            assertThat(child.err()).contains("slsbench run: interrupted; stopping run",
                    "slsbench run: interrupted; every endpoint and endpoint config run");
            // DeleteEndpoint is asynchronous (Deleting, then gone), on SageMaker as on the emulator.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(emulator.endpoints()).isEmpty());
            assertThat(emulator.endpointConfigs()).isEmpty();
        }
    }
}
