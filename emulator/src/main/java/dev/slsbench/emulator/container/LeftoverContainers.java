package dev.slsbench.emulator.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * Finds and kills container processes that emulators which died left behind. Every container (and
 * whatever it starts) carries {@code SLSBENCH_EMULATOR_PID} in its environment; a process whose
 * emulator is no longer alive is a leftover. The watchdogs and guards should never leave one, so
 * this is the last line: run when an emulator starts, it makes a leak visible (logged) and short.
 * Processes of emulators still alive, and anything without the variable, are never touched.
 */
public final class LeftoverContainers {

    static final String EMULATOR_PID_VARIABLE = "SLSBENCH_EMULATOR_PID";
    private static final Logger LOG = Logger.getLogger(LeftoverContainers.class.getName());
    private static final Path PROC = Path.of("/proc");
    private static final byte[] MARKER = (EMULATOR_PID_VARIABLE + "=").getBytes(StandardCharsets.US_ASCII);

    private LeftoverContainers() {
    }

    /**
     * Kills every leftover container process this user may see.
     *
     * @return the process ids killed
     */
    public static List<Long> sweep() {
        List<Long> killed = new ArrayList<>();
        if (!Files.isDirectory(PROC)) {
            return killed;
        }
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, path -> path.getFileName().toString().matches("\\d+"))) {
            for (Path process : processes) {
                OptionalLong owner = emulatorPid(process);
                if (owner.isEmpty() || owner.getAsLong() == self
                        || ProcessHandle.of(owner.getAsLong()).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                long pid = Long.parseLong(process.getFileName().toString());
                if (ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly).orElse(false)) {
                    killed.add(pid);
                }
            }
        } catch (IOException e) {
            // /proc unreadable: nothing to sweep
        }
        if (!killed.isEmpty()) {
            LOG.warning(() -> "killed " + killed.size() + " container process(es) left by emulators that died: " + killed);
        }
        return killed;
    }

    /** The emulator a process belongs to, from its environment; empty for other processes or unreadable ones. */
    private static OptionalLong emulatorPid(Path process) {
        byte[] environment;
        try {
            environment = Files.readAllBytes(process.resolve("environ"));
        } catch (IOException | SecurityException e) {
            return OptionalLong.empty();
        }
        int start = 0;
        for (int i = 0; i <= environment.length; i++) {
            if (i == environment.length || environment[i] == 0) {
                if (startsWithMarker(environment, start, i)) {
                    String value = new String(environment, start + MARKER.length, i - start - MARKER.length, StandardCharsets.US_ASCII);
                    return value.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(value)) : OptionalLong.empty();
                }
                start = i + 1;
            }
        }
        return OptionalLong.empty();
    }

    private static boolean startsWithMarker(byte[] environment, int start, int end) {
        if (end - start < MARKER.length) {
            return false;
        }
        for (int i = 0; i < MARKER.length; i++) {
            if (environment[start + i] != MARKER[i]) {
                return false;
            }
        }
        return true;
    }
}
