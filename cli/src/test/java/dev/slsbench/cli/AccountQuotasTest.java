package dev.slsbench.cli;

import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code --max-endpoints} and {@code --account-max-concurrency} against an emulator enforcing them. */
class AccountQuotasTest {

    @TempDir
    Path dir;

    private TestEmulator emulator;
    private Path payloads;

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulator.start(o -> o.maxEndpoints(3).accountMaxConcurrency(10));
        payloads = Files.writeString(dir.resolve("payloads.jsonl"), "{\"Body\": \"1,2,3\", \"ContentType\": \"text/csv\"}\n");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aPlanLargerThanTheQuotasCompletesWithEveryConfigurationMeasured() throws Exception {
        Path output = dir.resolve("results");
        CliRun run = CliRun.of("run", "echo", payloads.toString(), "--endpoint-url", emulator.url(),
                "--image", "slsbench/echo", "--memory-sizes", "1024", "2048", "3072", "4096",
                "--concurrency-max", "2", "4", "8", "--client-multipliers", "1", "--concurrency-memory-size", "1024",
                "--stability-invocations", "5", "--concurrency-invocations", "8",
                "--max-endpoints", "3", "--account-max-concurrency", "10", "--progress", "lines", "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(ResultsJsonReader.read(new ResultsLayout(output).resultsJson()).configurations())
                .extracting(c -> c.configuration().id())
                .containsExactly("s1024", "s2048", "s3072", "s4096", "c1024-2-2", "c1024-4-4", "c1024-8-8");
        assertThat(ResultsJsonReader.read(new ResultsLayout(output).resultsJson()).configurations())
                .allSatisfy((ConfigurationResult c) -> {
                    assertThat(c.status()).isEqualTo(ConfigurationStatus.COMPLETED);
                    assertThat(c.outcomes().ok()).isPositive();
                });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(emulator.endpoints()).isEmpty());
    }

    @Test
    void aPlanThatCanNeverFitExitsWith2BeforeCreatingAnything() {
        CliRun run = CliRun.of("run", "echo", payloads.toString(), "--endpoint-url", emulator.url(),
                "--image", "slsbench/echo", "--concurrency-max", "2", "16", "--account-max-concurrency", "10");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--concurrency-max: [16] exceeds the account's total serverless MaxConcurrency"
                + " of 10, so such an endpoint can never be created (--account-max-concurrency)");
        assertThat(emulator.models()).isEmpty();
        assertThat(emulator.endpointConfigs()).isEmpty();
    }
}
