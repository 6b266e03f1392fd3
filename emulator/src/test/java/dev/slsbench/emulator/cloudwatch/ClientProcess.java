package dev.slsbench.emulator.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external AWS client (Python with boto3, an AWS CLI) with dummy credentials, no
 * profile or configuration of the machine's user, and returns what it printed.
 */
final class ClientProcess {

    private static final long GUARD_SECONDS = 180;

    private ClientProcess() {
    }

    /** {@code command} as an executable: an absolute path if it exists, else the first match on PATH. */
    static Optional<Path> executable(String command) {
        if (command.startsWith("/")) {
            Path path = Path.of(command);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, command);
            if (!directory.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code command} and returns its exit status, standard output and standard error. */
    static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        environment.put("AWS_ACCESS_KEY_ID", "dummy");
        environment.put("AWS_SECRET_ACCESS_KEY", "dummy");
        environment.put("AWS_DEFAULT_REGION", "us-east-1");
        environment.put("AWS_CONFIG_FILE", "/dev/null");
        environment.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        environment.put("AWS_PAGER", "");
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        boolean finished = process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("%s finished within %d s", command, GUARD_SECONDS).isTrue();
        return new Result(process.exitValue(), stdout.join(), stderr.join());
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** What a client process left behind. */
    record Result(int exitCode, String stdout, String stderr) {

        Result assertSucceeded() {
            assertThat(exitCode).as("exit status; stderr:%n%s", stderr).isZero();
            return this;
        }
    }
}
