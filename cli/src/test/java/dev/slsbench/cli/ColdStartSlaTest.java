package dev.slsbench.cli;

import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.SlaVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cold-start SLA flags judge the cold starts a run measured, end to end on the embedded emulator. */
class ColdStartSlaTest {

    @TempDir
    Path dir;

    private Path output() {
        return dir.resolve("results");
    }

    /** Five sequential calls at 1024 MB on the embedded emulator, with {@code flags} added. */
    private CliRun runFiveCalls(String... flags) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "echo-model", RunCommandTest.toolkitPayloads().toString(),
                "--local", "--image", "slsbench/echo", "--memory-sizes", "1024", "--stability-invocations", "5",
                "--no-concurrency", "--output", output().toString()));
        args.addAll(List.of(flags));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void exitsWith1NamingTheMeasuredColdStartWhenItExceedsTheLimit() throws Exception {
        CliRun run = runFiveCalls("--sla-max-cold-start-ms", "1", "--sla-max-cold-start-rate", "0.5");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SLA_FAILED);
        assertThat(run.out()).contains("SLA failed: 1 of 2 checks:")
                .containsPattern("s1024: cold start \\d+\\.\\d\\d ms exceeds --sla-max-cold-start-ms 1");
        BenchmarkResult result = ResultsJsonReader.read(new ResultsLayout(output()).resultsJson());
        assertThat(result.slaVerdicts()).filteredOn(v -> !v.passed()).singleElement().satisfies(v -> {
            assertThat(v.criterion()).isEqualTo("maxColdStartMillis");
            assertThat(v.actual().getAsDouble()).isGreaterThan(1.0);
        });
        assertThat(result.slaVerdicts()).filteredOn(v -> v.criterion().equals("maxColdStartRate")).singleElement()
                .satisfies(v -> {
                    assertThat(v.passed()).isTrue();
                    assertThat(v.actual()).hasValue(0.2);
                });
    }

    @Test
    void failsTheColdStartLimitWhenTheWarmUpTookTheOnlyColdStart() throws Exception {
        CliRun run = runFiveCalls("--warmup-invocations", "2", "--sla-max-cold-start-ms", "60000");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SLA_FAILED);
        assertThat(run.out()).contains(
                "s1024: cold start not measured (no cold start was measured) exceeds --sla-max-cold-start-ms 60000");
        BenchmarkResult result = ResultsJsonReader.read(new ResultsLayout(output()).resultsJson());
        assertThat(result.slaVerdicts()).singleElement().satisfies(v -> {
            assertThat(v.passed()).isFalse();
            assertThat(v.actual()).isEmpty();
        });
        assertThat(result.plan().warmupInvocations()).isEqualTo(2);
        assertThat(result.slaVerdicts()).noneMatch(SlaVerdict::passed);
    }
}
