package dev.slsbench.bench;

import dev.slsbench.emulator.EmulatorMain;
import dev.slsbench.testing.EmulatorUnderTest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The emulator in its own JVM ({@code EmulatorMain --port 0}), so that the harness's heap and
 * the emulator's are measured apart.
 */
final class ChildEmulator implements AutoCloseable {

    private static final String READY = "slsbench emulator listening on ";

    private final Process process;
    private final URI endpointUrl;

    private ChildEmulator(Process process, URI endpointUrl) {
        this.process = process;
        this.endpointUrl = endpointUrl;
    }

    static ChildEmulator start(Path log) throws IOException {
        List<String> command = new ArrayList<>(EmulatorUnderTest.javaCommand(EmulatorMain.class));
        command.addAll(List.of("--port", "0", "--idle-timeout", "10m"));
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(READY)) {
                URI url = URI.create(line.substring(READY.length()).trim());
                Thread.ofPlatform().daemon().start(() -> out.lines().forEach(ignored -> { }));
                return new ChildEmulator(process, url);
            }
        }
        throw new IOException("the emulator exited before listening; see " + log);
    }

    URI endpointUrl() {
        return endpointUrl;
    }

    /** The emulator's JVM; its descendants are the containers it started. */
    ProcessHandle process() {
        return process.toHandle();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
