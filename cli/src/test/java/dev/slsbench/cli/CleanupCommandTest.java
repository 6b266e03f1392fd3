package dev.slsbench.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code slsbench cleanup} deletes and lists what slsbench tagged, and nothing else. */
class CleanupCommandTest {

    private TestEmulator emulator;

    @BeforeEach
    void start() {
        emulator = TestEmulator.start();
        emulator.createModel("echo-model", "slsbench/echo", Map.of());
        emulator.createEndpoint("left-by-run-a", "echo-model", "run-a");
        emulator.createEndpoint("left-by-run-b", "echo-model", "run-b");
        emulator.createEndpoint("someone-elses", "echo-model", null);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void deletesEveryTaggedEndpointAndConfigAndLeavesTheRest() {
        CliRun run = CliRun.of("cleanup", "--endpoint-url", emulator.url());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("deleted endpoint left-by-run-a", "deleted endpoint left-by-run-b",
                "deleted endpoint config left-by-run-a-cfg", "deleted endpoint config left-by-run-b-cfg",
                "Deleted 2 endpoints and 2 endpoint configs of slsbench at " + emulator.url());
        awaitEndpoints("someone-elses");
        assertThat(emulator.endpointConfigs()).containsExactly("someone-elses-cfg");
    }

    @Test
    void deletesOnlyTheGivenRun() {
        CliRun run = CliRun.of("cleanup", "--endpoint-url", emulator.url(), "--run-id", "run-b");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("deleted endpoint left-by-run-b").doesNotContain("left-by-run-a");
        awaitEndpoints("left-by-run-a", "someone-elses");
    }

    @Test
    void saysSoWhenThereIsNothingToDelete() {
        CliRun.of("cleanup", "--endpoint-url", emulator.url());
        awaitEndpoints("someone-elses");

        CliRun again = CliRun.of("cleanup", "--endpoint-url", emulator.url());

        assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).contains("No slsbench endpoints or endpoint configs at " + emulator.url());
    }

    @Test
    void exitsWith3WhenTheEndpointCannotBeReached() {
        String url = emulator.url();
        emulator.close();

        CliRun run = CliRun.of("cleanup", "--endpoint-url", url);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(run.err()).contains("slsbench cleanup: cannot list the endpoints at " + url);
        emulator = TestEmulator.start();
    }

    /** The emulator deletes an endpoint in the background (it lists as Deleting until its containers stop). */
    private void awaitEndpoints(String... remaining) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(emulator.endpoints()).containsExactlyInAnyOrder(remaining));
    }
}
