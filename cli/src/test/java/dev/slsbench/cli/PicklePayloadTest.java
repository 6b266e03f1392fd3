package dev.slsbench.cli;

import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.PayloadFile;
import dev.slsbench.result.BenchmarkResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code run} and {@code convert} read the {@code .pkl} payload files of the toolkit's
 * {@code convert_invoke_args_to_pkl}, written here by Python: with the toolkit itself when the
 * parity virtualenv of {@code .ci/toolkit-parity} (or python3 on PATH) has it, else with
 * {@code pickle.dump} exactly as that function calls it. A pickle that would run code is refused.
 */
class PicklePayloadTest {

    private static final byte[] PNG_START = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, (byte) 0xFF,
        (byte) 0xFE};

    @TempDir
    Path dir;

    @Test
    void runsAPickleWrittenByTheToolkit() throws Exception {
        Path pickle = writePickle("toolkit");
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("run", "echo-model", pickle.toString(), "--local", "--image", "slsbench/echo",
                "--memory-sizes", "1024", "--stability-invocations", "4", "--no-concurrency", "--progress", "quiet",
                "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        BenchmarkResult result = ResultsJsonReader.read(new ResultsLayout(output).resultsJson());
        assertThat(result.payloads().count()).isEqualTo(2);
        assertThat(result.payloads().source()).endsWith("invoke_args_examples.pkl");
        assertThat(result.configuration("s1024").orElseThrow().outcomes().ok()).isEqualTo(4);
    }

    @Test
    void convertsAToolkitPickleToAPayloadFileWithTheSameBytes() throws Exception {
        Path pickle = writePickle("toolkit");
        Path jsonl = dir.resolve("payloads.jsonl");

        CliRun convert = CliRun.of("convert", pickle.toString(), "--output", jsonl.toString());

        assertThat(convert.exitCode()).as(convert.toString()).isEqualTo(ExitCodes.OK);
        assertThat(PayloadFile.read(jsonl).invocations()).containsExactly(
                Invocation.ofBytes(PNG_START, "image/png").withAccept("application/json"),
                Invocation.of("1,2,3,4,5", "text/csv").withCustomAttributes("trace=1"));
        assertThat(Files.readString(jsonl)).startsWith("{\"BodyBase64\": ");
    }

    @Test
    void refusesAPickleCarryingAnObjectBuildingOpcodeWithExitCode2() throws Exception {
        Path marker = dir.resolve("command-ran");
        Path pickle = writePickle("evil", marker.toString());

        CliRun run = CliRun.of("run", "echo-model", pickle.toString(), "--local", "--image", "slsbench/echo",
                "--memory-sizes", "1024", "--stability-invocations", "1", "--no-concurrency");
        CliRun convert = CliRun.of("convert", pickle.toString(), "--output", dir.resolve("out.jsonl").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(pickle + ": pickle opcode STACK_GLOBAL (0x93) would build an arbitrary object");
        assertThat(run.out()).doesNotContain("created model");
        assertThat(convert.exitCode()).as(convert.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(convert.err()).contains("STACK_GLOBAL");
        assertThat(marker).doesNotExist();
        assertThat(dir.resolve("out.jsonl")).doesNotExist();
    }

    private Path writePickle(String mode, String... extra) throws IOException, InterruptedException {
        Path script = Path.of(Objects.requireNonNull(getClass().getResource("/payloads/write_toolkit_pkl.py")).getPath());
        List<String> command = new ArrayList<>(List.of(python(), script.toString(), dir.toString(), mode));
        command.addAll(List.of(extra));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not installed: " + e.getMessage());
            throw e;
        }
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return dir.resolve("invoke_args_examples.pkl");
    }

    /** The parity virtualenv's Python, which has the toolkit, when .ci/toolkit-parity made it; else python3. */
    private static String python() {
        Path parityPython = Path.of("..", "target", "toolkit-parity", "venv", "bin", "python3");
        return Files.isExecutable(parityPython) ? parityPython.toAbsolutePath().normalize().toString() : "python3";
    }
}
