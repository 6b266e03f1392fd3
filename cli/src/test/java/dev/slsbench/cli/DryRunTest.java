package dev.slsbench.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code run --dry-run} says what a run would create, call, cost and take, and creates nothing. */
class DryRunTest {

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

    private Path payloads() throws IOException {
        return Files.writeString(dir.resolve("payloads.jsonl"), "{\"Body\": \"1,2,3,4\", \"ContentType\": \"text/csv\"}\n");
    }

    @Test
    void printsTheEndpointsCallsCostAndDurationAndCreatesNothing() throws IOException {
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("run", "echo-model", payloads().toString(), "--endpoint-url", emulator.url(),
                "--image", "slsbench/echo", "--memory-sizes", "1024", "2048", "--stability-invocations", "10",
                "--concurrency-max", "2", "--client-multipliers", "1,2", "--concurrency-invocations", "20",
                "--concurrency-memory-size", "2048", "--output", output.toString(), "--dry-run");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(
                "Dry run: nothing is created.",
                "stability: create 2 endpoints, 20 calls",
                "s1024 (1024 MB): 10 calls",
                "concurrency: create 1 endpoint, 40 calls",
                "c2048-2-4 (2048 MB, MaxConcurrency 2, 4 clients): 20 calls",
                "In all: 3 endpoints (and as many endpoint configs), 60 calls",
                "Estimated cost in us-east-1: $",
                "Results would go to " + output);
        assertThat(emulator.models()).isEmpty();
        assertThat(emulator.endpoints()).isEmpty();
        assertThat(emulator.endpointConfigs()).isEmpty();
        assertThat(output).doesNotExist();
    }

    @Test
    void saysThatOnceSendsEachExampleOncePerConfigurationInPlaceOfTheInvocationCounts() throws IOException {
        Path mix = Files.writeString(dir.resolve("mix.jsonl"), """
                {"Body": "1,2", "ContentType": "text/csv", "Weight": 3}
                {"Body": "3,4,5,6", "ContentType": "text/csv"}
                {"Body": "7", "ContentType": "text/csv"}
                """);

        CliRun run = CliRun.of("run", "m", mix.toString(), "--memory-sizes", "1024", "--stability-invocations", "50",
                "--concurrency-max", "2", "--concurrency-invocations", "40", "--concurrency-memory-size", "1024",
                "--open-loop", "10:10s:1024:4", "--payload-order", "once", "--dry-run");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("with 3 example requests (mean 4 bytes)",
                "each example exactly once per configuration, in file order (payload order once, weights aside): 3"
                        + " calls per stability and concurrency configuration in place of their invocation counts;"
                        + " an open-loop phase stops when the examples are used up or its duration ends",
                "s1024 (1024 MB): 3 calls", "stability: create 1 endpoint, 3 calls", "concurrency: create 1 endpoint, 9 calls",
                "c1024-2-4 (1024 MB, MaxConcurrency 2, 4 clients): 3 calls",
                "open-loop: create 1 endpoint, 3 calls");
    }

    @Test
    void saysWhenExamplesAreWeighted() throws IOException {
        Path mix = Files.writeString(dir.resolve("mix.jsonl"), """
                {"Body": "1,2", "ContentType": "text/csv", "Weight": 3}
                {"Body": "3,4,5,6", "ContentType": "text/csv"}
                """);

        CliRun run = CliRun.of("run", "m", mix.toString(), "--memory-sizes", "1024", "--no-concurrency",
                "--payload-order", "random", "--payload-seed", "9", "--dry-run");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("with 2 example requests (mean 4 bytes)",
                "examples drawn at random (payload order random, seed 9, each as often as its Weight says)");
    }

    @Test
    void estimatesComputeCostFromTheAssumedLatency() throws IOException {
        // 1000 calls × 1 s at 1024 MB: 1000 s × $0.00002/s = $0.02, plus data processing of a few kB
        CliRun run = CliRun.of("run", "m", payloads().toString(), "--memory-sizes", "1024",
                "--stability-invocations", "1000", "--no-concurrency", "--region", "us-east-1",
                "--assumed-latency", "1s", "--dry-run");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Estimated cost in us-east-1: $0.02 ", "about 19 min 40 s",
                "Results would go to slsbench-results/<run-id>/");
    }

    @Test
    void saysWhenTheRegionHasNoPrices() throws IOException {
        CliRun run = CliRun.of("run", "m", payloads().toString(), "--memory-sizes", "1024", "--no-concurrency",
                "--region", "ap-south-2", "--dry-run");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Cost not estimated: the price table (table 2026.1, effective 2026-05-08) has no"
                + " prices for region ap-south-2", "recommend on latency alone and still run the concurrency phase",
                "--price-table FILE");
    }

    @Test
    void listsEachProvisionedConcurrencyValuesConfigurationsAndWarnsWhenTheyHaveNoPrices() throws IOException {
        String table = """
                {"schemaVersion": 1, "version": "t-1", "effectiveDate": "2026-01-01", "currency": "USD",
                 "source": "a test's own figures",
                 "regions": {"us-east-1": {
                   "serverlessComputeUsdPerSecond": {"1024": 0.00002, "2048": 0.00004, "3072": 0.00006,
                                                     "4096": 0.00008, "5120": 0.0001, "6144": 0.00012},
                   "dataProcessingUsdPerGb": 0.016, "instances": {}%s}}}""";
        Path without = Files.writeString(dir.resolve("without-pc.json"), table.formatted(""));
        Path with = Files.writeString(dir.resolve("with-pc.json"), table.formatted("""
                , "provisionedConcurrency": {"usdPerSecond": {"1024": 0.000005},
                                             "inferenceUsdPerSecond": {"1024": 0.00001}}"""));
        Path output = dir.resolve("results");

        CliRun unpriced = CliRun.of("run", "echo-model", payloads().toString(), "--endpoint-url", emulator.url(),
                "--image", "slsbench/echo", "--memory-sizes", "1024", "--provisioned-concurrency", "0,1",
                "--concurrency-max", "2", "--client-multipliers", "1", "--concurrency-memory-size", "1024",
                "--region", "us-east-1", "--price-table", without.toString(), "--output", output.toString(), "--dry-run");
        CliRun priced = CliRun.of("run", "echo-model", payloads().toString(), "--memory-sizes", "1024",
                "--provisioned-concurrency", "0,1", "--no-concurrency", "--region", "us-east-1",
                "--price-table", with.toString(), "--dry-run");

        assertThat(unpriced.exitCode()).as(unpriced.toString()).isEqualTo(ExitCodes.OK);
        assertThat(unpriced.out()).contains("stability: create 2 endpoints", "s1024 (1024 MB): ",
                "s1024-p1 (1024 MB, ProvisionedConcurrency 1): ", "concurrency: create 2 endpoints",
                "c1024-2-2-p1 (1024 MB, MaxConcurrency 2, ProvisionedConcurrency 1, 2 clients): ",
                "Warning: no provisioned-concurrency prices for region us-east-1",
                "no configuration at ProvisionedConcurrency 1 is priced", "--price-table FILE",
                "--price-region REGION");
        assertThat(emulator.endpoints()).isEmpty();
        assertThat(output).doesNotExist();
        assertThat(priced.exitCode()).as(priced.toString()).isEqualTo(ExitCodes.OK);
        assertThat(priced.out()).contains("s1024-p1 (1024 MB, ProvisionedConcurrency 1): ")
                .doesNotContain("no provisioned-concurrency prices");
    }

    @Test
    void borrowsAnotherRegionsPricesAndSaysSo() throws IOException {
        CliRun run = CliRun.of("run", "m", payloads().toString(), "--memory-sizes", "1024", "--no-concurrency",
                "--region", "ap-south-2", "--price-region", "us-east-1", "--dry-run");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Estimated cost in ap-south-2: $", "prices of us-east-1 BORROWED for ap-south-2");
    }

    @Test
    void takesItsOptionsFromAPlanFileWithFlagsWinning() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.json"), """
                {"memory-sizes": [1024, 3072], "stability-invocations": 7, "no-concurrency": true,
                 "open-loop": [{"rate": 5, "duration": "4s", "memory": 2048, "max-concurrency": 2}]}
                """);

        CliRun fromPlan = CliRun.of("run", "m", payloads().toString(), "--plan", plan.toString(), "--dry-run");
        CliRun overridden = CliRun.of("run", "m", payloads().toString(), "--plan", plan.toString(),
                "--memory-sizes", "4096", "--dry-run");

        assertThat(fromPlan.exitCode()).as(fromPlan.toString()).isEqualTo(ExitCodes.OK);
        assertThat(fromPlan.out()).contains("stability: create 2 endpoints, 14 calls", "s3072 (3072 MB): 7 calls",
                "o0-2048-2 (2048 MB, MaxConcurrency 2, 5 arrivals/s for 4.0 s): 20 calls").doesNotContain("concurrency:");
        assertThat(overridden.out()).contains("stability: create 1 endpoint, 7 calls", "s4096 (4096 MB): 7 calls")
                .doesNotContain("s1024");
    }
}
