package dev.slsbench.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slsbench.emulator.images.BuiltInImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * No container outlives the emulator even when the {@code /bin/sh} watchdog that owns it is killed
 * first: by a SIGKILL aimed at the watchdog, or by a SIGKILL of the emulator's whole process group,
 * which takes the watchdogs with the emulator; a process the container put in a session of its
 * own dies with it (through its cgroup); and leftovers of an emulator that died are killed when
 * the next one starts.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WatchdogHardeningTest {

    @Test
    void containerIsGoneAfterItsWatchdogIsKilledWithSignal9AndTheEmulatorStops() throws Exception {
        List<Long> containerProcesses;
        try (LocalSageMaker emulator = LocalSageMaker.start(EmulatorOptions.defaults());
                EmulatorClients clients = new EmulatorClients(emulator.endpointUrl())) {
            clients.createEndpoint("watched", "slsbench/echo", Map.of(), 1024, 2, 1);
            clients.awaitInService("watched");
            ProcessHandle container = ProcessHandle.of(emulator.containerPids("watched").getFirst()).orElseThrow();
            ProcessHandle watchdog = container.parent().orElseThrow();
            containerProcesses = Stream.concat(Stream.of(container), container.descendants()).map(ProcessHandle::pid).toList();

            // the watchdog and its helper subshell: every process of the watchdog's but the container's session
            watchdog.children().filter(child -> child.pid() != container.pid()).forEach(ProcessHandle::destroyForcibly);
            watchdog.destroyForcibly();
            await().atMost(Duration.ofSeconds(10)).until(() -> !watchdog.isAlive());
        }

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> containerProcesses.stream().noneMatch(StandaloneEmulator::alive));
    }

    @Test
    void containersDieWhenTheEmulatorsWholeProcessGroupIsKilledWithSignal9() throws Exception {
        try (StandaloneEmulator emulator = StandaloneEmulator.startInOwnSession()) {
            try (EmulatorClients clients = new EmulatorClients(emulator.url())) {
                clients.createEndpoint("group-killed", "slsbench/echo", Map.of(), 1024, 2, 2);
                clients.awaitInService("group-killed");
            }
            List<Long> containers = emulator.containers();
            assertThat(containers).hasSizeGreaterThanOrEqualTo(2);

            Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + emulator.process().pid()).inheritIO().start();
            assertThat(kill.waitFor()).isZero();

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> containers.stream().noneMatch(StandaloneEmulator::alive) && emulator.containers().isEmpty());
        }
    }

    @Test
    void aProcessAContainerStartedInASessionOfItsOwnDiesWithTheContainer(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("escape.sh");
        Files.writeString(script, "#!/bin/sh\nsetsid sleep 600 </dev/null >/dev/null 2>&1 &\necho $! > \"$ESCAPEE_PID_FILE\"\nexec \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        Path pidFile = dir.resolve("escapee.pid");
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(BuiltInImage.ECHO.command());
        try (LocalSageMaker emulator = LocalSageMaker.start(EmulatorOptions.builder().image("escaper", command).build());
                EmulatorClients clients = new EmulatorClients(emulator.endpointUrl())) {
            clients.createEndpoint("escaper", "escaper", Map.of("ESCAPEE_PID_FILE", pidFile.toString()), 1024, 1, 1);
            clients.awaitInService("escaper");
            assumeTrue(memoryEnforcement(emulator).contains("cgroup"),
                    "needs cgroup v1 memory enforcement: a process in a session of its own is found through the cgroup");
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(pidFile) && !Files.readString(pidFile).isBlank());
            long escapee = Long.parseLong(Files.readString(pidFile).strip());
            assertThat(StandaloneEmulator.alive(escapee)).isTrue();

            clients.sageMaker.deleteEndpoint(request -> request.endpointName("escaper"));

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !StandaloneEmulator.alive(escapee));
        }
    }

    /** DescribeEndpoint's extra member, which SDKs drop, read over plain HTTP. */
    private static String memoryEnforcement(LocalSageMaker emulator) throws Exception {
        HttpRequest describe = HttpRequest.newBuilder(emulator.endpointUrl())
                .header("Content-Type", "application/x-amz-json-1.1").header("X-Amz-Target", "SageMaker.DescribeEndpoint")
                .POST(HttpRequest.BodyPublishers.ofString("{\"EndpointName\":\"escaper\"}")).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            String body = http.send(describe, HttpResponse.BodyHandlers.ofString()).body();
            return new ObjectMapper().readTree(body).path("SlsbenchResourceEnforcement").path(0).path("Memory").asText();
        }
    }

    @Test
    void startingAnEmulatorKillsContainersLeftByAnEmulatorThatDied() throws Exception {
        long deadEmulator = 999_999_999L;
        ProcessBuilder leftoverBuilder = new ProcessBuilder("sleep", "600");
        leftoverBuilder.environment().put("SLSBENCH_EMULATOR_PID", Long.toString(deadEmulator));
        ProcessBuilder bystanderBuilder = new ProcessBuilder("sleep", "600");
        bystanderBuilder.environment().put("SLSBENCH_EMULATOR_PID", Long.toString(ProcessHandle.current().pid()));
        Process leftover = leftoverBuilder.start();
        Process bystander = bystanderBuilder.start();
        try {
            LocalSageMaker.start(EmulatorOptions.defaults()).close();

            assertThat(leftover.waitFor(10, TimeUnit.SECONDS)).as("the leftover was killed").isTrue();
            assertThat(bystander.isAlive()).as("a container of a live emulator is left alone").isTrue();
        } finally {
            leftover.destroyForcibly();
            bystander.destroyForcibly();
        }
    }
}
