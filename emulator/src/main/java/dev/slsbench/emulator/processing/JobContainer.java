package dev.slsbench.emulator.processing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Processing job's container: the mapped command as a real child process, its standard output and
 * error kept in a log file in the job's folder.
 *
 * <p>It runs under a {@code /bin/sh} watchdog that starts it in a process group of its own and, when
 * its standard input (a pipe from the emulator) ends — the emulator stops the job, or the emulator
 * dies however it dies — sends that group SIGTERM and, after a grace period, SIGKILL, as
 * StopProcessingJob does. So no job outlives the emulator.
 */
final class JobContainer {

    private static final String WATCHDOG_SCRIPT = """
            log="$1"; grace="$2"; shift 2
            exec 3<&0
            setsid "$@" </dev/null >>"$log" 2>&1 3<&- &
            c=$!
            ( read -r _; kill -TERM -"$c" "$c" 2>/dev/null; sleep "$grace"; kill -KILL -"$c" "$c" 2>/dev/null ) <&3 >/dev/null 2>&1 &
            r=$!
            exec 3<&-
            wait "$c"; s=$?
            kill "$r" 2>/dev/null
            exit $s
            """;

    private final Process watchdog;
    private final Path log;

    private JobContainer(Process watchdog, Path log) {
        this.watchdog = watchdog;
        this.log = log;
    }

    static JobContainer start(List<String> command, Map<String, String> environment, Path workingDirectory, Path log,
            Duration stopGrace) throws IOException {
        List<String> watched = new ArrayList<>(List.of("/bin/sh", "-c", WATCHDOG_SCRIPT, "slsbench-job-watchdog",
                log.toString(), Long.toString(Math.max(1, stopGrace.toSeconds()))));
        watched.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(watched).directory(workingDirectory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        return new JobContainer(builder.start(), log);
    }

    /** Waits for the container to exit; its exit code, or -1 when {@code timeout} passed first. */
    int waitFor(Duration timeout) throws InterruptedException {
        return watchdog.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? watchdog.exitValue() : -1;
    }

    /** Asks the container to stop: SIGTERM to its process group now, SIGKILL after the grace period. */
    void stop() {
        try (OutputStream in = watchdog.getOutputStream()) {
            in.write('\n');
        } catch (IOException e) {
            // the watchdog is gone already, and with it the container
        }
    }

    /** Kills the watchdog; its container follows, as the watchdog's pipe closes. */
    void kill() {
        stop();
        watchdog.destroyForcibly();
    }

    /** The end of the container's log, at most {@code maxChars} characters, starting at a line. */
    String logTail(int maxChars) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            int size = (int) Math.min(length, maxChars);
            byte[] tail = new byte[size];
            file.seek(length - size);
            file.readFully(tail);
            String text = new String(tail, StandardCharsets.UTF_8).strip();
            int newline = text.indexOf('\n');
            return size < length && newline >= 0 ? text.substring(newline + 1) : text;
        } catch (IOException e) {
            return "";
        }
    }
}
