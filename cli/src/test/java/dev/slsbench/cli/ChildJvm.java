package dev.slsbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code slsbench} in a child JVM on this test's class path, for behaviour that needs a process
 * of its own: signals, System.exit, a foreground server. Output goes to files, read while it
 * runs. SIGINT is reset to its default disposition for the child when this JVM was started with
 * it ignored (as background jobs of non-interactive shells are), so that the child hears Ctrl-C.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildJvm(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    static ChildJvm start(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (canResetSigint()) {
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SlsbenchCli.class.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(dir);
        Path stdout = Files.createTempFile(dir, "child-", ".out");
        Path stderr = Files.createTempFile(dir, "child-", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        return new ChildJvm(process, stdout, stderr);
    }

    private static boolean canResetSigint() {
        try {
            Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Process process() {
        return process;
    }

    String out() {
        return read(stdout);
    }

    String err() {
        return read(stderr);
    }

    /** Sends SIGINT, as Ctrl-C in a terminal does. */
    void interrupt() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -INT " + process.pid() + " failed");
        }
    }

    /** Waits for the child to end and returns its exit code, or -1 if it is still running after {@code seconds}. */
    int awaitExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "--- child out ---\n" + out() + "--- child err ---\n" + err();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
