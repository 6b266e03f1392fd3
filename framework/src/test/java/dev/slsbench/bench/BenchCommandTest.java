package dev.slsbench.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps {@code bench/run} (figures, not assertions) from rotting: it starts, explains itself and refuses bad flags. */
class BenchCommandTest {

    private static final Path BENCH_RUN = Path.of("..", "bench", "run").toAbsolutePath().normalize();

    @Test
    void printsItsUsage() throws Exception {
        Result result = run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("Usage: bench/run", "--only throughput|overhead|plan|jmh");
    }

    @Test
    void refusesAnUnknownFlagWithExitCode2() throws Exception {
        Result result = run("--fastest");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("unknown argument --fastest");
    }

    @Test
    void namesBenchmarkClassesThatExist() throws IOException {
        String script = Files.readString(BENCH_RUN);
        assertThat(script).contains("dev.slsbench.bench." + DrivingThroughputBenchmark.class.getSimpleName(),
                "dev.slsbench.bench." + HarnessOverheadBenchmark.class.getSimpleName(),
                "org.openjdk.jmh.Main " + CallPathBenchmarks.class.getSimpleName());
    }

    @Test
    void stopsBeforeBuildingWhenTheNamedToolkitPythonCannotRunIt() throws Exception {
        Result result = run(Map.of("SLSBENCH_TOOLKIT_PYTHON", "/nonexistent/python3"), "--only", "plan");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("bench/run: SLSBENCH_TOOLKIT_PYTHON=/nonexistent/python3: ")
                .doesNotContain("building", "small plan");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String argument) throws Exception {
        return run(Map.of(), argument);
    }

    private static Result run(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", BENCH_RUN.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
