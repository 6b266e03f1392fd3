package dev.slsbench.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 of {@code slsbench run --lease 10s} leaves its resources behind (nothing in the process
 * can act); 15 s later the next run, or {@code cleanup --expired}, deletes them and says so, and
 * never touches anything without slsbench's lease tags.
 */
class LeaseExpiryTest {

    @TempDir
    Path dir;

    private TestEmulator emulator;
    private Path payloads;

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulator.start();
        payloads = Files.writeString(dir.resolve("payloads.jsonl"), "{\"Body\": \"1,2,3\", \"ContentType\": \"text/csv\"}\n");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** Starts a long run with {@code --lease 10s} that creates its model, and kills it with SIGKILL mid-phase. */
    private void killedRun(String model) throws Exception {
        try (ChildJvm child = ChildJvm.start(dir, "run", model, payloads.toString(), "--endpoint-url", emulator.url(),
                "--image", "slsbench/echo", "--image-env", "SLSBENCH_DELAY_MS=20", "--lease", "10s",
                "--memory-sizes", "1024", "2048", "--stability-invocations", "1000000", "--no-concurrency",
                "--progress", "lines", "--output", dir.resolve("killed").toString())) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> child.out().contains("s1024 (1024 MB): 1000000 calls to")
                            && child.out().contains("s2048 (2048 MB): 1000000 calls to") || !child.process().isAlive());
            assertThat(child.process().isAlive()).as(child.toString()).isTrue();
            child.process().destroyForcibly().waitFor();
        }
        assertThat(emulator.endpoints()).as("left by kill -9").filteredOn(n -> n.startsWith(model)).hasSize(2);
        assertThat(emulator.endpointConfigs()).filteredOn(n -> n.startsWith(model)).hasSize(2);
        assertThat(emulator.models()).contains(model);
    }

    @Test
    void theNextRunDeletesWhatARunKilledWithSigkillLeftOnceItsLeaseEnded() throws Exception {
        emulator.createModel("foreign-model", "slsbench/echo", Map.of());
        emulator.createEndpoint("foreign-endpoint", "foreign-model", null);
        emulator.createEndpoint("unleased-endpoint", "foreign-model", "oldrun");
        killedRun("leased-model");
        List<String> leftEndpoints = emulator.endpoints().stream().filter(n -> n.startsWith("leased-model")).toList();
        List<String> leftConfigs = emulator.endpointConfigs().stream().filter(n -> n.startsWith("leased-model")).toList();
        assertThat(leftEndpoints).hasSize(2);

        // the scenario itself: the lease (10 s, last renewed at most ~3 s before the kill) runs out
        Thread.sleep(Duration.ofSeconds(15));
        CliRun next = CliRun.of("run", "other-model", payloads.toString(), "--endpoint-url", emulator.url(),
                "--image", "slsbench/echo", "--memory-sizes", "1024", "--stability-invocations", "5", "--no-concurrency",
                "--progress", "lines", "--output", dir.resolve("next").toString());

        assertThat(next.exitCode()).as(next.toString()).isEqualTo(ExitCodes.OK);
        for (String endpoint : leftEndpoints) {
            assertThat(next.out()).contains("lease: deleted expired endpoint " + endpoint);
        }
        for (String config : leftConfigs) {
            assertThat(next.out()).contains("lease: deleted expired endpoint config " + config);
        }
        assertThat(next.out()).contains("lease: deleted expired model leased-model");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(emulator.endpoints())
                .containsExactlyInAnyOrder("foreign-endpoint", "unleased-endpoint"));
        assertThat(emulator.endpointConfigs()).containsExactlyInAnyOrder("foreign-endpoint-cfg", "unleased-endpoint-cfg");
        assertThat(emulator.models()).contains("foreign-model", "other-model").doesNotContain("leased-model");
    }

    @Test
    void cleanupExpiredDeletesOnlyResourcesWhoseLeaseEnded() throws Exception {
        emulator.createModel("foreign-model", "slsbench/echo", Map.of());
        emulator.createEndpoint("foreign-endpoint", "foreign-model", null);
        killedRun("leased-model");

        CliRun early = CliRun.of("cleanup", "--endpoint-url", emulator.url(), "--expired");
        assertThat(early.exitCode()).as(early.toString()).isEqualTo(ExitCodes.OK);
        assertThat(early.out()).contains("No slsbench resources with an expired lease at " + emulator.url());
        assertThat(emulator.endpoints()).hasSize(3);

        Thread.sleep(Duration.ofSeconds(15));
        CliRun cleanup = CliRun.of("cleanup", "--endpoint-url", emulator.url(), "--expired");

        assertThat(cleanup.exitCode()).as(cleanup.toString()).isEqualTo(ExitCodes.OK);
        assertThat(cleanup.out()).contains("deleted expired model leased-model",
                "Deleted 2 endpoints, 2 endpoint configs and 1 models with an expired lease at " + emulator.url());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(emulator.endpoints())
                .containsExactly("foreign-endpoint"));
        assertThat(emulator.models()).containsExactly("foreign-model");
    }

    @Test
    void aLeaseUnderThreeSecondsIsBadInput() {
        CliRun run = CliRun.of("run", "m", payloads.toString(), "--endpoint-url", emulator.url(), "--lease", "1s");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--lease: PT1S is shorter than 3s");
        assertThat(emulator.endpoints()).isEmpty();
    }
}
