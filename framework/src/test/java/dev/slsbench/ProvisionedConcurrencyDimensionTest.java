package dev.slsbench;

import dev.slsbench.cost.BreakEven;
import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.cost.CostAnalysis;
import dev.slsbench.metrics.SageMakerMetric;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.output.SummaryCsvWriter;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.Phase;
import dev.slsbench.plan.RampPhase;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.testing.EmulatorUnderTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** ProvisionedConcurrency as a dimension of the stability and concurrency phases: whole runs against the emulator. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ProvisionedConcurrencyDimensionTest {

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass().withModel("echo", "slsbench/echo");

    @TempDir
    Path output;

    @AfterEach
    void nothingIsLeftBehind() {
        emulator.awaitNothingLeft();
    }

    private Path priceTable() throws Exception {
        return Files.writeString(output.resolve("pc-prices.json"), """
                {"schemaVersion": 1, "version": "pc-1", "effectiveDate": "2026-01-01", "currency": "USD",
                 "source": "a test's own figures",
                 "regions": {"us-east-1": {
                   "serverlessComputeUsdPerSecond": {"1024": 0.00002, "2048": 0.00004, "3072": 0.00006,
                     "4096": 0.00008, "5120": 0.0001, "6144": 0.00012},
                   "dataProcessingUsdPerGb": 0.016,
                   "instances": {"ml.small": {"usdPerHour": 0.05, "memoryGib": 2, "vcpus": 1}},
                   "comparableInstanceByMemoryMb": {"1024": "ml.small"},
                   "provisionedConcurrency": {
                     "usdPerSecond": {"1024": 0.000005, "2048": 0.00001},
                     "inferenceUsdPerSecond": {"1024": 0.00001, "2048": 0.00002}}}}}""");
    }

    @Test
    void runsStabilityAndConcurrencyAtEachValueAndProvisionedConcurrencyTakesTheColdStartAway() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .region("us-east-1").priceTableFile(priceTable()).monthlyInvocations(1_000_000L)
                .memorySizesMb(1024).provisionedConcurrency(List.of(0, 1)).stabilityInvocations(10)
                .concurrencyMaxValues(2).clientMultipliers(1).concurrencyInvocations(10).build();

        BenchmarkResult result = emulator.benchmarks().run(plan, Payloads.of(Invocation.of("1,2,3", "text/csv")));

        assertThat(result.configurations(Phase.STABILITY)).extracting(r -> r.configuration().id())
                .containsExactly("s1024", "s1024-p1");
        assertThat(result.configurations(Phase.CONCURRENCY)).extracting(r -> r.configuration().id())
                .containsExactly("c1024-2-2", "c1024-2-2-p1");
        ConfigurationResult onDemand = result.configuration("s1024").orElseThrow();
        ConfigurationResult provisioned = result.configuration("s1024-p1").orElseThrow();
        assertThat(onDemand.coldStarts().coldCalls()).isPositive();
        assertThat(provisioned.coldStarts().coldCalls()).isLessThan(onDemand.coldStarts().coldCalls());
        assertThat(provisioned.metrics().orElseThrow()
                .get(SageMakerMetric.SERVERLESS_PROVISIONED_CONCURRENCY_INVOCATIONS)).isPresent();
        assertThat(result.costAnalysis()).hasValueSatisfying(cost -> {
            assertThat(cost.forConfiguration(1024, 0).orElseThrow().provisionedConcurrencyUsdPerMonth()).isEmpty();
            // one unit all month: 0.000005 USD/s × 720 h × 3600 s
            assertThat(cost.forConfiguration(1024, 1).orElseThrow().provisionedConcurrencyUsdPerMonth())
                    .hasValueSatisfying(usd -> assertThat(usd).isEqualByComparingTo("12.96"));
        });
        // the break-even of the recommended ProvisionedConcurrency 1: its PC hours come off the instance's month,
        // and its calls are billed at the cheaper inference rate with PC
        CostAnalysis cost = result.costAnalysis().orElseThrow();
        ConfigurationCost withPc = cost.forConfiguration(1024, 1).orElseThrow();
        assertThat(withPc.usdPerInvocation()).isLessThan(cost.forConfiguration(1024, 0).orElseThrow().usdPerInvocation());
        BreakEven breakEven = cost.savings().orElseThrow().breakEven();
        assertThat(breakEven.serverlessFixedUsdPerMonth()).isEqualByComparingTo("12.96");
        assertThat(breakEven.usdPerInvocation()).isEqualByComparingTo(withPc.usdPerInvocation());
        // ml.small: 0.05 USD/h × 720 h = 36
        assertThat(breakEven.invocationsPerMonth().orElseThrow()).isEqualByComparingTo(
                new BigDecimal("23.04").divide(withPc.usdPerInvocation(), MathContext.DECIMAL128));
        assertThat(result.recommendation()).hasValueSatisfying(r -> {
            assertThat(r.provisionedConcurrency()).contains(1);
            assertThat(r.reason()).contains("ProvisionedConcurrency 1");
        });
        List<String> summary = Files.readAllLines(new ResultsLayout(output).stabilitySummaryCsv());
        assertThat(summary.getFirst()).endsWith("," + SummaryCsvWriter.PROVISIONED_CONCURRENCY_COLUMN);
        assertThat(summary.subList(1, summary.size())).hasSize(2)
                .allSatisfy(row -> assertThat(row).startsWith("1024,")).anySatisfy(row -> assertThat(row).endsWith(",1"));
    }

    /** They used to run at the first value while their results, CSVs and report said ProvisionedConcurrency 0. */
    @Test
    void openLoopPhasesAndTrafficShapesReportTheProvisionedConcurrencyTheyRanAt() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024).provisionedConcurrency(List.of(1, 0)).stabilityInvocations(2)
                .includeConcurrency(false).addOpenLoopPhase(new OpenLoopPhase(10, Duration.ofSeconds(1), 1024, 2))
                .rampPhases(List.of(new RampPhase(5, 10, Duration.ofSeconds(1), 1024, 2))).build();

        BenchmarkResult result = emulator.benchmarks().run(plan, Payloads.of(Invocation.of("1,2,3", "text/csv")));

        List<ConfigurationResult> shaped = new ArrayList<>(result.configurations(Phase.OPEN_LOOP));
        shaped.addAll(result.configurations(Phase.TRAFFIC));
        assertThat(shaped).extracting(r -> r.configuration().id()).containsExactly("o0-1024-2-p1", "rp0-1024-2-p1");
        for (ConfigurationResult r : shaped) {
            assertThat(r.configuration().provisionedConcurrency()).isEqualTo(1);
            // the endpoint really had it: SageMaker publishes these metrics only for ProvisionedConcurrency
            assertThat(r.metrics().orElseThrow()
                    .get(SageMakerMetric.SERVERLESS_PROVISIONED_CONCURRENCY_INVOCATIONS)).isPresent();
        }
        ResultsLayout layout = new ResultsLayout(output);
        List<String> openLoop = Files.readAllLines(layout.openLoopSummaryCsv());
        assertThat(openLoop.getFirst()).endsWith("," + SummaryCsvWriter.PROVISIONED_CONCURRENCY_COLUMN);
        assertThat(openLoop.get(1)).startsWith("o0-1024-2-p1,").endsWith(",1");
        List<String> steps = Files.readAllLines(layout.trafficStepsCsv());
        assertThat(steps.getFirst()).endsWith("," + SummaryCsvWriter.PROVISIONED_CONCURRENCY_COLUMN);
        assertThat(steps.subList(1, steps.size())).isNotEmpty().allSatisfy(row -> assertThat(row).endsWith(",1"));
        JsonNode configurations = new ObjectMapper().readTree(layout.resultsJson().toFile()).get("configurations");
        List<JsonNode> shapedJson = new ArrayList<>();
        configurations.forEach(c -> {
            if (c.get("configuration").get("id").asText().matches("(o|rp)0-.*")) {
                shapedJson.add(c.get("configuration"));
            }
        });
        assertThat(shapedJson).hasSize(2).allSatisfy(c -> assertThat(c.get("provisionedConcurrency").asInt()).isEqualTo(1));
        String report = Files.readString(layout.reportHtml());
        assertThat(report).contains("1024 MB · MaxConcurrency 2 · ProvisionedConcurrency 1 · 10 calls/s");
    }

    @Test
    void theRecommendationSaysWhenWarmUpCallsTookTheColdStartsItCompares() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .region("us-east-1").priceTableFile(priceTable()).memorySizesMb(1024)
                .provisionedConcurrency(List.of(0, 1)).stabilityInvocations(3).warmupInvocations(1)
                .includeConcurrency(false).build();

        BenchmarkResult result = emulator.benchmarks().run(plan, Payloads.of(Invocation.of("1,2,3", "text/csv")));

        assertThat(result.recommendation()).hasValueSatisfying(r -> assertThat(r.reason())
                .contains("Each configuration's 1 warm-up call came first and took its cold starts"));
    }

    /** The second client count's warm-up calls used to land in the first one's window (45 PC calls for its 40). */
    @Test
    void concurrencyConfigurationsSharingAnEndpointEachGetOnlyTheirOwnProvisionedConcurrencyMetrics() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024).provisionedConcurrency(List.of(1)).stabilityInvocations(3)
                .concurrencyMaxValues(2).clientMultipliers(1, 2).concurrencyInvocations(40).warmupInvocations(5).build();

        BenchmarkResult result = emulator.benchmarks().run(plan, Payloads.of(Invocation.of("1,2,3", "text/csv")));

        assertThat(result.configurations(Phase.CONCURRENCY)).extracting(r -> r.configuration().id())
                .containsExactly("c1024-2-2-p1", "c1024-2-4-p1");
        for (ConfigurationResult r : result.configurations(Phase.CONCURRENCY)) {
            // every call that reached a container is counted once, as served by ProvisionedConcurrency or as spillover
            double served = servedCalls(r, SageMakerMetric.SERVERLESS_PROVISIONED_CONCURRENCY_INVOCATIONS)
                    + servedCalls(r, SageMakerMetric.SERVERLESS_PROVISIONED_CONCURRENCY_SPILLOVER_INVOCATIONS);
            assertThat(served).as("PC invocations and spillover of %s", r.configuration().id())
                    .isEqualTo((double) r.outcomes().ok());
        }
        assertThat(result.warnings()).noneMatch(w -> w.startsWith("CloudWatch metrics of"));
    }

    private static double servedCalls(ConfigurationResult r, SageMakerMetric metric) {
        return r.metrics().orElseThrow().get(metric).map(s -> s.sampleCount().orElseThrow()).orElse(0.0);
    }

    @Test
    void aRunAtTheDefaultValueKeepsTheToolkitsColumns() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024).stabilityInvocations(5).concurrencyMaxValues(2).clientMultipliers(1)
                .concurrencyInvocations(5).build();

        emulator.benchmarks().run(plan, Payloads.of(Invocation.of("1,2,3", "text/csv")));

        ResultsLayout layout = new ResultsLayout(output);
        assertThat(Files.readAllLines(layout.stabilitySummaryCsv()).getFirst())
                .isEqualTo(String.join(",", SummaryCsvWriter.STABILITY_SUMMARY_COLUMNS));
        assertThat(Files.readString(layout.concurrencySummaryCsv()))
                .doesNotContain(SummaryCsvWriter.PROVISIONED_CONCURRENCY_COLUMN);
        assertThat(Files.readString(layout.stabilityExtraMetricsSummaryCsv()))
                .doesNotContain(SummaryCsvWriter.PROVISIONED_CONCURRENCY_COLUMN);
    }
}
