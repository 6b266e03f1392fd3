package dev.slsbench.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input exits with 2, names the flag, file or value at fault, and creates nothing: checked
 * through a SageMaker client on an emulator the test started and pointed the command at.
 */
class BadInputTest {

    private static TestEmulator emulator;

    @TempDir
    Path dir;

    @BeforeAll
    static void startEmulator() {
        emulator = TestEmulator.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @AfterEach
    void nothingWasCreated() {
        assertThat(emulator.endpoints()).isEmpty();
        assertThat(emulator.endpointConfigs()).isEmpty();
        assertThat(emulator.models()).isEmpty();
        assertThat(dir.resolve("results")).doesNotExist();
    }

    private Path payloads(String... lines) throws IOException {
        return Files.writeString(dir.resolve("payloads.jsonl"), String.join("\n", lines) + "\n");
    }

    private CliRun run(Path payloads, String... flags) {
        String[] args = new String[flags.length + 9];
        args[0] = "run";
        args[1] = "echo-model";
        args[2] = payloads.toString();
        args[3] = "--endpoint-url";
        args[4] = emulator.url();
        args[5] = "--image";
        args[6] = "slsbench/echo";
        args[7] = "--output";
        args[8] = dir.resolve("results").toString();
        System.arraycopy(flags, 0, args, 9, flags.length);
        return CliRun.of(args);
    }

    @Test
    void rejectsAMemorySizeServerlessDoesNotOffer() throws IOException {
        CliRun run = run(payloads("{\"Body\": \"1,2\"}"), "--memory-sizes", "1024,1000");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--memory-sizes: 1000 is not one of 1024, 2048, 3072, 4096, 5120, 6144");
    }

    @Test
    void rejectsAMissingPayloadFile() {
        Path missing = dir.resolve("missing.jsonl");

        CliRun run = run(missing, "--memory-sizes", "1024");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("PAYLOADS.jsonl " + missing + ": file not found");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"Body\": \"3,4\"                 | not valid JSON",
            "{\"Body\": \"3,4\", \"Weight\": 0} | Weight must be a positive number, found 0"})
    void rejectsABadLineNamingItsLineNumber(String badLine, String reason) throws IOException {
        Path payloads = payloads("{\"Body\": \"1,2\", \"ContentType\": \"text/csv\", \"Weight\": 2}", badLine, "");

        CliRun run = run(payloads, "--memory-sizes", "1024");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(payloads + ":2: " + reason);
    }

    @Test
    void reportsEveryProblemAtOnce() throws IOException {
        CliRun run = run(payloads("{\"Bdy\": \"1\"}"), "--memory-sizes", "512", "--stability-invocations", "0",
                "--sla-max-throttle-rate", "5");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--memory-sizes: 512 is not one of", "--stability-invocations: 0 is not at least 1",
                "--sla-max-throttle-rate: 5.0 is not a fraction between 0 and 1", "unknown key 'Bdy'");
    }

    @Test
    void namesAFlagWhoseValueCannotBeRead() throws IOException {
        CliRun run = run(payloads("{\"Body\": \"1\"}"), "--cold-start-delay", "soon");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--cold-start-delay", "'soon' is not a duration");
    }

    @Test
    void namesAnUnknownFlagAndSuggestsTheNearestOne() throws IOException {
        CliRun run = run(payloads("{\"Body\": \"1\"}"), "--memory-size", "1024");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Unknown options: '--memory-size'", "Possible solutions: --memory-sizes");
    }

    @Test
    void rejectsAModelThatDoesNotExistWhenNoImageIsGiven() throws IOException {
        CliRun run = CliRun.of("run", "absent-model", payloads("{\"Body\": \"1\"}").toString(),
                "--endpoint-url", emulator.url(), "--memory-sizes", "1024", "--output", dir.resolve("results").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("MODEL: 'absent-model' does not exist", "--image IMAGE");
    }

    @Test
    void rejectsLocalTogetherWithAnEndpointUrl() throws IOException {
        CliRun run = run(payloads("{\"Body\": \"1\"}"), "--local");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--local and --endpoint-url: give one");
    }

    @Test
    void rejectsAPlanFileKeyThatIsNotARunOption() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.json"), "{\"memory-sizes\": [1024], \"memory\": 2048}");

        CliRun run = run(payloads("{\"Body\": \"1\"}"), "--plan", plan.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--plan " + plan + ": unknown key 'memory'");
    }

    @Test
    void saysWhenABadValueCameFromThePlanFile() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.json"), "{\"stability-invocations\": \"many\"}");

        CliRun run = run(payloads("{\"Body\": \"1\"}"), "--plan", plan.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--stability-invocations", "'many'", "(from --plan " + plan + ")");
    }

    @Test
    void namesTheOpenLoopPhaseWithABadMemorySize() throws IOException {
        CliRun run = run(payloads("{\"Body\": \"1\"}"), "--open-loop", "5:1s:2048:1", "--open-loop", "5:1s:7168:1");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--open-loop #2 (memoryMb): 7168 is not one of");
    }

    /** SageMaker refuses ProvisionedConcurrency above MaxConcurrency; the plan used to leave it out of the phase silently. */
    @Test
    void refusesProvisionedConcurrencyAboveAMaxConcurrencyNamingBoth() throws IOException {
        CliRun run = run(payloads("{\"Body\": \"1\"}"), "--memory-sizes", "1024", "--provisioned-concurrency", "0,2",
                "--concurrency-max", "1", "4");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--provisioned-concurrency: 2 exceeds MaxConcurrency 1 of the concurrency phase;"
                + " SageMaker refuses ProvisionedConcurrency above MaxConcurrency");
    }

    @Test
    void refusesARampBelowTheFirstProvisionedConcurrencyItRunsAt() throws IOException {
        CliRun run = run(payloads("{\"Body\": \"1\"}"), "--memory-sizes", "1024", "--no-concurrency",
                "--provisioned-concurrency", "3", "--ramp", "1:5:2s:1024:2");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--provisioned-concurrency: 3 exceeds MaxConcurrency 2 of ramp 0");
    }
}
