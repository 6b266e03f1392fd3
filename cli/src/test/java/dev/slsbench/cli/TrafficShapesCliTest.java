package dev.slsbench.cli;

import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.plan.RampPhase;
import dev.slsbench.plan.StairsPhase;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --stairs}, {@code --ramp} and the stopping conditions from the command line, on the embedded emulator. */
class TrafficShapesCliTest {

    @TempDir
    Path dir;

    private Path payloads() throws IOException {
        return Files.writeString(dir.resolve("payloads.jsonl"), "{\"Body\": \"1,2,3,4\", \"ContentType\": \"text/csv\"}\n");
    }

    @Test
    void runsStairsAndARampAndPrintsEachKnee() throws Exception {
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("run", "echo-model", payloads().toString(), "--local", "--image", "slsbench/echo",
                "--image-env", "SLSBENCH_DELAY_MS=20", "--memory-sizes", "1024", "--stability-invocations", "2",
                "--no-concurrency", "--stairs", "1:3:1s:1024:2", "--ramp", "2:20:3s:1024:4", "--progress", "quiet",
                "--sla-phase", "traffic", "--sla-max-error-rate", "0", "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("st0-1024-2", "rp1-1024-4", "knee: this endpoint holds");
        ResultsLayout layout = new ResultsLayout(output);
        BenchmarkResult result = ResultsJsonReader.read(layout.resultsJson());
        assertThat(result.plan().stairsPhases()).containsExactly(new StairsPhase(1, 3, Duration.ofSeconds(1), 1024, 2));
        assertThat(result.plan().rampPhases()).containsExactly(new RampPhase(2, 20, Duration.ofSeconds(3), 1024, 4));
        assertThat(result.configurations()).extracting(c -> c.configuration().id())
                .containsExactly("s1024", "st0-1024-2", "rp1-1024-4");
        assertThat(Files.readAllLines(layout.trafficStepsCsv())).hasSize(1 + 3 + RampPhase.STEPS);
        assertThat(layout.trafficRawResultsCsv()).isRegularFile();
        assertThat(result.slaVerdicts()).extracting(dev.slsbench.result.SlaVerdict::configurationId)
                .containsExactly("st0-1024-2", "rp1-1024-4");
    }

    @Test
    void stopP99SaysWhichConditionStoppedAConfigurationAndAtWhatLoad() throws Exception {
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("run", "slowing-model", payloads().toString(), "--local", "--image", "slsbench/echo",
                "--image-env", "SLSBENCH_DELAY_GROWTH_MS=15", "--memory-sizes", "1024", "--stability-invocations", "1",
                "--no-concurrency", "--warmup-invocations", "1", "--stairs", "1:1:60s:1024:1", "--stop-p99-ms", "250",
                "--sla-phase", "traffic", "--sla-max-error-rate", "0", "--progress", "quiet", "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("stopped", "stopped at 1 user after", "rolling p99", "above the stop limit of 250 ms");
        ConfigurationResult stairs = ResultsJsonReader.read(new ResultsLayout(output).resultsJson()).configurations().getLast();
        assertThat(stairs.status()).isEqualTo(ConfigurationStatus.STOPPED);
        assertThat(stairs.outcomes().issued()).isPositive();
        // a stopped configuration is judged on the calls it made
        assertThat(run.out()).contains("SLA held: 1 of 1 checks passed");
    }

    @Test
    void readsTrafficShapesFromAPlanFileAndShowsThemInADryRun() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.json"), """
                {"memory-sizes": [1024], "stability-invocations": 5, "no-concurrency": true,
                 "stairs": [{"users-per-step": 2, "steps": 3, "step-duration": "10s", "memory": 1024, "max-concurrency": 4}],
                 "ramp": ["1:9:20s:2048:4"], "stop-p99-ms": 300, "stop-error-rate": 0.1, "max-duration": "1m"}
                """);

        CliRun run = CliRun.of("run", "echo-model", payloads().toString(), "--endpoint-url", "http://127.0.0.1:9",
                "--plan", plan.toString(), "--assumed-latency", "100ms", "--dry-run");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        // stairs: (2 + 4 + 6) users × 10 s / 100 ms; ramp: a mean of 5 calls/s for 20 s
        assertThat(run.out()).contains("traffic: create 2 endpoints, 1300 calls",
                "st0-1024-4 (1024 MB, MaxConcurrency 4, stairs of 2 users × 3 steps of 10.0 s): 1200 calls",
                "rp1-2048-4 (2048 MB, MaxConcurrency 4, ramp from 1 to 9 calls/s over 20.0 s): 100 calls");
    }

    @Test
    void rejectsMalformedShapesAndStoppingConditionsNamingTheFlag() throws IOException {
        CliRun run = CliRun.of("run", "echo-model", payloads().toString(), "--endpoint-url", "http://127.0.0.1:9",
                "--stairs", "1:2:3", "--dry-run");
        CliRun limits = CliRun.of("run", "echo-model", payloads().toString(), "--endpoint-url", "http://127.0.0.1:9",
                "--ramp", "5:5:10s:1024:0", "--stop-error-rate", "2", "--max-duration", "0s", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("'1:2:3' is not USERS_PER_STEP:STEPS:STEP_DURATION:MEMORY_MB:MAX_CONCURRENCY");
        assertThat(limits.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(limits.err()).contains("--ramp #1: 0 is not within 1..200",
                "--stop-error-rate: 2.0 is not a fraction", "--max-duration: PT0S is not positive");
        assertThat(List.of(run.out(), limits.out())).allSatisfy(out -> assertThat(out).doesNotContain("Dry run"));
    }
}
