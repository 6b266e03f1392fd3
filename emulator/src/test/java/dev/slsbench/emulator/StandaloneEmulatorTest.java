package dev.slsbench.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/** The standalone emulator's command line, driven as a user would, in its own JVM. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class StandaloneEmulatorTest {

    @Test
    void imageMappedToABuiltInImageNameRunsThatImage() throws Exception {
        try (StandaloneEmulator emulator = StandaloneEmulator.start("--image", "m=slsbench/echo");
                EmulatorClients clients = new EmulatorClients(emulator.url())) {
            clients.createInServiceEndpoint("aliased", "m", Map.of(), 1024, 1);

            assertThat(clients.invoke("aliased", "through the alias").body().asUtf8String()).isEqualTo("through the alias");
        }
    }

    /**
     * A virtual thread's blocking socket I/O starts the JDK's poller thread, which then waits in
     * native code for the life of the JVM; a JVM with a thread in native code waits 300 ms before it
     * exits. Deployments (with and without ProvisionedConcurrency), cold starts and deletions must
     * not start one, or every {@code slsbench run --local} pays that wait at its end.
     */
    @Test
    void deploysColdStartsAndDeletionsStartNoPollerThreadThatWouldDelayExit() throws Exception {
        try (StandaloneEmulator emulator = StandaloneEmulator.start();
                EmulatorClients clients = new EmulatorClients(emulator.url())) {
            assumeThat(Path.of("/proc", Long.toString(emulator.process().pid()), "task")).isDirectory();
            clients.createInServiceEndpoint("on-demand", "slsbench/echo", Map.of(), 1024, 2);
            clients.createEndpoint("provisioned", "slsbench/echo", Map.of(), 1024, 2, 1);
            clients.awaitInService("provisioned");
            assertThat(clients.invoke("on-demand", "cold").body().asUtf8String()).isEqualTo("cold");
            assertThat(clients.invoke("provisioned", "warm").body().asUtf8String()).isEqualTo("warm");
            clients.sageMaker.deleteEndpoint(request -> request.endpointName("on-demand"));
            clients.sageMaker.deleteEndpoint(request -> request.endpointName("provisioned"));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> clients.sageMaker.listEndpoints(request -> request.nameContains("o")).endpoints().isEmpty());

            assertThat(threadNames(emulator.process().pid()))
                    .isNotEmpty()
                    .doesNotContain("MasterPoller", "Read-Poller", "Write-Poller");
        }
    }

    /** The names of a process's threads as Linux knows them (the JVM sets them from the Java names). */
    private static List<String> threadNames(long pid) throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.map(task -> {
                try {
                    return Files.readString(task.resolve("comm")).strip();
                } catch (IOException gone) {
                    return "";
                }
            }).toList();
        }
    }
}
