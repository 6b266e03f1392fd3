package dev.slsbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.plan.Phase;
import dev.slsbench.testing.EmulatorUnderTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Where a run's prices come from, and what a run does without any: whole runs against the emulator. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RunPricesTest {

    private static EmulatorUnderTest emulator;

    @TempDir
    Path output;

    @BeforeAll
    static void startEmulator() {
        emulator = EmulatorUnderTest.start();
        emulator.createModel("echo", "slsbench/echo", Map.of());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @AfterEach
    void nothingIsLeftBehind() {
        emulator.awaitNothingLeft();
    }

    private BenchmarkPlan.Builder plan() {
        return BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024, 2048).stabilityInvocations(10)
                .concurrencyMaxValues(2).clientMultipliers(1).concurrencyInvocations(10);
    }

    @Test
    void pricesComeFromThePriceListApiOfTheTargetAndAreNamedWithTheirDate() throws Exception {
        BenchmarkResult result = emulator.benchmarks().run(plan().region("us-east-1").build(),
                Payloads.of(Invocation.of("1,2,3", "text/csv")));

        assertThat(result.costAnalysis()).hasValueSatisfying(cost -> {
            assertThat(cost.priceSource()).startsWith("AWS Price List Query API at " + emulator.endpointUrl());
            assertThat(cost.effectiveDate()).contains(LocalDate.of(2022, 4, 21));
            assertThat(cost.region()).isEqualTo("us-east-1");
        });
        assertThat(result.recommendation()).isPresent();
        assertThat(result.configurations(Phase.CONCURRENCY)).isNotEmpty();
    }

    @Test
    void aRegionWithoutPricesSaysSoRecommendsOnLatencyAndStillRunsTheConcurrencyPhase() throws Exception {
        BenchmarkResult result = emulator.benchmarks().run(plan().region("eu-west-3").build(),
                Payloads.of(Invocation.of("1,2,3", "text/csv")));

        assertThat(result.costAnalysis()).isEmpty();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w)
                .contains("no prices for region eu-west-3").contains("--price-table"));
        assertThat(result.recommendation()).hasValueSatisfying(r ->
                assertThat(r.reason()).startsWith("Recommended on latency alone"));
        assertThat(result.configurations(Phase.CONCURRENCY)).isNotEmpty();
    }
}
