package dev.slsbench.cli;

import dev.slsbench.output.ResultsLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged command: {@code cli/target/slsbench.jar} (shaded, with the emulator's built-in
 * images, the report templates and the price table) and the {@code cli/bin/slsbench} launcher.
 */
class SlsbenchJarIT {

    private static final Path JAR = Path.of(System.getProperty("slsbench.jar", "target/slsbench.jar"));
    private static final Path LAUNCHER = Path.of(System.getProperty("slsbench.launcher", "bin/slsbench"));

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {
    }

    private Result execute(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s still running", command).isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void theJarRunsATinyBenchmarkOnItsEmbeddedEmulatorAndWritesTheReport() throws Exception {
        Path payloads = Files.writeString(dir.resolve("payloads.jsonl"), "{\"Body\": \"1,2,3\", \"ContentType\": \"text/csv\"}\n");
        Path output = dir.resolve("results");

        Result run = execute(List.of(java(), "-jar", JAR.toString(), "run", "echo-model", payloads.toString(), "--local",
                "--image", "slsbench/echo", "--memory-sizes", "1024", "--stability-invocations", "3", "--no-concurrency",
                "--output", output.toString()), Map.of());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Report:  " + output.resolve("benchmarking_report/report.html"));
        assertThat(run.err()).doesNotContain("SLF4J");
        assertThat(Files.readString(new ResultsLayout(output).reportHtml())).contains("echo-model");
    }

    @Test
    void theLauncherFindsAJdkAndRunsTheJar() throws Exception {
        Result version = execute(List.of(LAUNCHER.toString(), "--version"),
                Map.of("JAVA_HOME", System.getProperty("java.home"), "SLSBENCH_JAR", JAR.toAbsolutePath().toString()));

        assertThat(version.exitCode()).as(version.toString()).isEqualTo(ExitCodes.OK);
        assertThat(version.out()).startsWith("slsbench " + SlsbenchVersion.version());
    }

    @Test
    void theLauncherRunsTheSerialCollectorUnlessTheUsersJavaOptionsNameOne() throws Exception {
        Map<String, String> environment = new HashMap<>(Map.of("JAVA_HOME", System.getProperty("java.home"),
                "SLSBENCH_JAR", JAR.toAbsolutePath().toString(), "SLSBENCH_AOT", "off",
                "SLSBENCH_JAVA_OPTS", "-Xlog:gc:stderr"));

        Result serial = execute(List.of(LAUNCHER.toString(), "--version"), environment);
        environment.put("SLSBENCH_JAVA_OPTS", "-Xlog:gc:stderr -XX:+UseParallelGC");
        Result parallel = execute(List.of(LAUNCHER.toString(), "--version"), environment);

        assertThat(serial.exitCode()).as(serial.toString()).isEqualTo(ExitCodes.OK);
        assertThat(serial.err()).contains("Using Serial");
        assertThat(parallel.exitCode()).as(parallel.toString()).isEqualTo(ExitCodes.OK);
        assertThat(parallel.err()).contains("Using Parallel").doesNotContain("Using Serial");
    }

    @Test
    void theLauncherSaysHowToBuildAMissingJar() throws Exception {
        Path missing = dir.resolve("no-such.jar");

        Result run = execute(new ArrayList<>(List.of(LAUNCHER.toString(), "--version")),
                Map.of("SLSBENCH_JAR", missing.toString()));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(missing + " not found", "mvn -B -ntp -pl cli -am package -DskipTests");
    }

    @Test
    void onJdk25TheLauncherCachesWhatTheFirstRunLoadedAndStartsFromTheCacheAfterwards() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches (-XX:AOTCache) need JDK 25");
        Path jar = Files.copy(JAR, dir.resolve("slsbench.jar"));
        Path payloads = Files.writeString(dir.resolve("payloads.jsonl"), "{\"Body\": \"1,2,3\", \"ContentType\": \"text/csv\"}\n");
        Map<String, String> environment = new HashMap<>(Map.of("JAVA_HOME", System.getProperty("java.home"),
                "SLSBENCH_JAR", jar.toAbsolutePath().toString()));

        Result run = execute(List.of(LAUNCHER.toString(), "run", "echo-model", payloads.toString(), "--local", "--image",
                "slsbench/echo", "--memory-sizes", "1024", "--stability-invocations", "3", "--no-concurrency", "--output",
                dir.resolve("results").toString()), environment);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> aotCaches().size() == 1 && configs().isEmpty());
        environment.put("SLSBENCH_JAVA_OPTS", "-Xlog:aot=info:stderr");
        Result version = execute(List.of(LAUNCHER.toString(), "--version"), environment);
        assertThat(version.exitCode()).as(version.toString()).isEqualTo(ExitCodes.OK);
        assertThat(version.err()).contains("Opened AOT cache " + aotCaches().getFirst());

        environment.put("SLSBENCH_AOT", "off");
        Result off = execute(List.of(LAUNCHER.toString(), "--version"), environment);
        assertThat(off.err()).doesNotContain("Opened AOT cache");
    }

    private List<Path> aotCaches() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("slsbench-jdk-.*\\.aot")).toList();
        }
    }

    private List<Path> configs() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".config")).toList();
        }
    }
}
