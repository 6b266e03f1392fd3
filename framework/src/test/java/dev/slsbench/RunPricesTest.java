package dev.slsbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.plan.Phase;
import dev.slsbench.testing.EmulatorUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Where a run's prices come from, and what a run does without any: whole runs against the emulator. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RunPricesTest {

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass().withModel("echo", "slsbench/echo");

    @TempDir
    Path output;

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
            assertThat(cost.effectiveDate()).contains(LocalDate.of(2026, 5, 8));
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

    @Test
    void provisionedConcurrencyWithoutItsPricesIsNamedBeforeTheRunAndRecommendedOnLatency() throws Exception {
        List<String> notes = new CopyOnWriteArrayList<>();
        // the bundled us-east-1 prices have provisioned concurrency at 2048 MB only
        BenchmarkResult result = emulator.benchmarks().run(plan().memorySizesMb(1024).region("us-east-1")
                        .provisionedConcurrency(1).build(),
                Payloads.of(Invocation.of("1,2,3", "text/csv")), new BenchmarkListener() {
                    @Override
                    public void pricesChosen(String source, List<String> chosenNotes) {
                        notes.addAll(chosenNotes);
                    }
                });

        assertThat(notes).anySatisfy(n -> assertThat(n).contains("no provisioned-concurrency prices for region us-east-1")
                .contains("no configuration at ProvisionedConcurrency 1 is priced"));
        assertThat(result.costAnalysis()).isEmpty();
        assertThat(result.recommendation()).hasValueSatisfying(r ->
                assertThat(r.reason()).startsWith("Recommended on latency alone"));
        assertThat(result.configurations(Phase.CONCURRENCY)).isNotEmpty();
    }

    @Test
    void provisionedConcurrencyIsPricedAtTheMemorySizesTheBundledTablePricesItAndNamedWhereItIsNot() throws Exception {
        List<String> notes = new CopyOnWriteArrayList<>();
        BenchmarkResult result = emulator.benchmarks().run(plan().region("us-east-1")
                        .provisionedConcurrency(List.of(0, 1)).includeConcurrency(false).build(),
                Payloads.of(Invocation.of("1,2,3", "text/csv")), new BenchmarkListener() {
                    @Override
                    public void pricesChosen(String source, List<String> chosenNotes) {
                        notes.addAll(chosenNotes);
                    }
                });

        assertThat(notes).anySatisfy(n -> assertThat(n)
                .contains("no provisioned-concurrency prices for region us-east-1 at 1024 MB")
                .contains("configurations at ProvisionedConcurrency 1 with those sizes get no cost"));
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w)
                .contains("no cost at ProvisionedConcurrency 1: the price table has no inference price for 1024 MB"));
        // 2048 MB: USD 0.0000100 a second for one unit, a 720-hour month
        assertThat(result.costAnalysis()).hasValueSatisfying(cost -> assertThat(cost.configurations())
                .filteredOn(c -> c.memoryMb() == 2048 && c.provisionedConcurrency() == 1).singleElement()
                .satisfies(c -> assertThat(c.provisionedConcurrencyUsdPerMonth()).hasValueSatisfying(month ->
                        assertThat(month).isEqualByComparingTo("25.92"))));
    }

    @Test
    void provisionedConcurrencyIsPricedFromAUserTable() throws Exception {
        Path table = Files.writeString(output.resolve("pc-prices.json"), """
                {"schemaVersion": 1, "version": "pc-1", "effectiveDate": "2026-01-01", "currency": "USD",
                 "source": "a test's own figures",
                 "regions": {"us-east-1": {
                   "serverlessComputeUsdPerSecond": {"1024": 1, "2048": 2, "3072": 3, "4096": 4, "5120": 5, "6144": 6},
                   "dataProcessingUsdPerGb": 0, "instances": {},
                   "provisionedConcurrency": {
                     "usdPerSecond": {"1024": 0.001, "2048": 0.002},
                     "inferenceUsdPerSecond": {"1024": 0.5, "2048": 1}}}}}""");

        BenchmarkResult result = emulator.benchmarks().run(plan().region("us-east-1").provisionedConcurrency(1)
                .priceTableFile(table).build(), Payloads.of(Invocation.of("1,2,3", "text/csv")));

        assertThat(result.costAnalysis()).hasValueSatisfying(cost -> {
            assertThat(cost.priceSource()).contains(table.toString());
            // one unit provisioned all month: 0.001 USD/s x 720 h x 3600 s
            assertThat(cost.forMemory(1024).orElseThrow().provisionedConcurrencyUsdPerMonth())
                    .hasValueSatisfying(usd -> assertThat(usd).isEqualByComparingTo("2592"));
            assertThat(cost.forMemory(1024).orElseThrow().computeUsdPerMillisecond()).isEqualByComparingTo("0.0005");
        });
    }
}
