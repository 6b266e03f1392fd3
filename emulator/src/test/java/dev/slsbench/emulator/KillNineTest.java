package dev.slsbench.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Killing the emulator with SIGKILL leaves no model container behind. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class KillNineTest {

    @Test
    void leavesNoContainerAliveAfterTheEmulatorIsKilledWithSignal9() throws Exception {
        Process emulatorProcess = startStandaloneEmulator();
        try {
            URI url = awaitListeningLine(emulatorProcess);
            try (EmulatorClients clients = new EmulatorClients(url)) {
                clients.createEndpoint("orphan-candidate", "slsbench/echo", Map.of(), 1024, 3, 2);
                clients.awaitInService("orphan-candidate");
                clients.invoke("orphan-candidate", "keep them busy");
            }
            List<Long> containers = containersOf(emulatorProcess.pid());
            assertThat(containers).hasSizeGreaterThanOrEqualTo(2);

            emulatorProcess.destroyForcibly();

            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                    .until(() -> containers.stream().noneMatch(KillNineTest::alive) && containersOf(emulatorProcess.pid()).isEmpty());
        } finally {
            emulatorProcess.destroyForcibly();
        }
    }

    private static Process startStandaloneEmulator() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", classPath, EmulatorMain.class.getName(), "--port", "0")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static URI awaitListeningLine(Process emulatorProcess) throws IOException {
        BufferedReader stdout = new BufferedReader(new InputStreamReader(emulatorProcess.getInputStream(), StandardCharsets.UTF_8));
        String line = stdout.readLine();
        assertThat(line).matches("slsbench emulator listening on http://127\\.0\\.0\\.1:\\d+");
        return URI.create(line.substring("slsbench emulator listening on ".length()));
    }

    /** Processes whose environment names the emulator as their owner, as every container's does. */
    private static List<Long> containersOf(long emulatorPid) throws IOException {
        String marker = "SLSBENCH_EMULATOR_PID=" + emulatorPid;
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), path -> path.getFileName().toString().matches("\\d+"))) {
            for (Path process : processes) {
                try {
                    String environment = new String(Files.readAllBytes(process.resolve("environ")), StandardCharsets.UTF_8);
                    if (List.of(environment.split("\0")).contains(marker)) {
                        pids.add(Long.parseLong(process.getFileName().toString()));
                    }
                } catch (IOException e) {
                    // the process ended while we looked
                }
            }
        }
        return pids;
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
