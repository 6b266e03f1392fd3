package dev.slsbench.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone emulator ({@link EmulatorMain}) in a child JVM on the test class path, as
 * {@code java -jar slsbench-emulator.jar} runs it, and the container processes it owns.
 */
final class StandaloneEmulator implements AutoCloseable {

    private final Process process;
    private final URI url;

    private StandaloneEmulator(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    /** Starts {@code EmulatorMain --port 0 ARGS...} and waits for its listening line. */
    static StandaloneEmulator start(String... arguments) throws IOException {
        return start(List.of(), arguments);
    }

    /**
     * Starts the emulator as the leader of a session and process group of its own ({@code setsid}),
     * as a shell job or a service would run it, so that the whole group can be signalled.
     */
    static StandaloneEmulator startInOwnSession(String... arguments) throws IOException {
        return start(List.of("setsid"), arguments);
    }

    private static StandaloneEmulator start(List<String> launcher, String... arguments) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(java, "-cp", classPath, EmulatorMain.class.getName(), "--port", "0"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = stdout.readLine();
            assertThat(line).matches("slsbench emulator listening on http://127\\.0\\.0\\.1:\\d+");
            return new StandaloneEmulator(process, URI.create(line.substring("slsbench emulator listening on ".length())));
        } catch (IOException | AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
    }

    URI url() {
        return url;
    }

    Process process() {
        return process;
    }

    /** Processes whose environment names this emulator as their owner, as every container's does. */
    List<Long> containers() throws IOException {
        return containersOf(process.pid());
    }

    static List<Long> containersOf(long emulatorPid) throws IOException {
        String marker = "SLSBENCH_EMULATOR_PID=" + emulatorPid;
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), path -> path.getFileName().toString().matches("\\d+"))) {
            for (Path candidate : processes) {
                try {
                    String environment = new String(Files.readAllBytes(candidate.resolve("environ")), StandardCharsets.UTF_8);
                    if (List.of(environment.split("\0")).contains(marker)) {
                        pids.add(Long.parseLong(candidate.getFileName().toString()));
                    }
                } catch (IOException e) {
                    // the process ended while we looked
                }
            }
        }
        return pids;
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** SIGKILL, as {@code kill -9} does. */
    @Override
    public void close() {
        process.destroyForcibly();
    }
}
