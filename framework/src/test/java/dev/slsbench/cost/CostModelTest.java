package dev.slsbench.cost;

import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.metrics.MetricSummary;
import dev.slsbench.metrics.SageMakerMetric;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostModelTest {

    private static final RegionPrices US_EAST_1 = PriceTable.bundled().region("us-east-1");

    private static EndpointMetrics metrics(double modelLatencyMs, double overheadMs) {
        return new EndpointMetrics("ep", Instant.EPOCH, Instant.EPOCH, Map.of(
                "ModelLatency", MetricSummary.of(SageMakerMetric.MODEL_LATENCY, modelLatencyMs, 1, 900),
                "OverheadLatency", MetricSummary.of(SageMakerMetric.OVERHEAD_LATENCY, overheadMs, 1, 90)), List.of());
    }

    @Test
    void billsModelLatencyPlusTheMeanOverheadAcrossConfigurationsAsTheToolkitDoes() {
        Map<Integer, BilledLatency> billed = BilledLatency.toolkitRule(
                Map.of(1024, metrics(150, 18), 2048, metrics(100, 22)),
                Map.of(1024, 400.0, 2048, 300.0, 3072, 250.0));

        assertThat(billed).containsEntry(1024, new BilledLatency(170, BillingLatencySource.CLOUDWATCH))
                .containsEntry(2048, new BilledLatency(120, BillingLatencySource.CLOUDWATCH))
                .containsEntry(3072, new BilledLatency(250, BillingLatencySource.CLIENT_OBSERVED));
    }

    @Test
    void computesTheToolkitsCostPerInvocationWithItsConstants() {
        ConfigurationCost cost = new CostModel(US_EAST_1)
                .cost(2048, new BilledLatency(120, BillingLatencySource.CLOUDWATCH), 1000, 1000);

        // 0.0000400 USD/s / 1000 × 120 ms = 0.0000048; 2000 B × 0.016 USD / 2^30 B = 2^-25 USD
        assertThat(cost.computeUsdPerMillisecond()).isEqualByComparingTo("0.00000004");
        assertThat(cost.computeUsdPerInvocation()).isEqualByComparingTo("0.0000048");
        assertThat(cost.dataProcessingUsdPerInvocation()).isEqualByComparingTo("0.0000000298023223876953125");
        assertThat(cost.usdPerInvocation()).isEqualByComparingTo("0.0000048298023223876953125");
        assertThat(cost.usdPerMillionInvocations()).isEqualByComparingTo("4.8298023223876953125");
        assertThat(cost.provisionedConcurrencyUsdPerMonth()).isEmpty();
    }

    @Test
    void scalesComputeLinearlyWithMemoryInTheBundledTable() {
        for (int memoryMb : List.of(1024, 2048, 3072, 4096, 5120, 6144)) {
            assertThat(US_EAST_1.computeUsdPerSecond(memoryMb))
                    .isEqualByComparingTo(new BigDecimal("0.0000200").multiply(BigDecimal.valueOf(memoryMb / 1024)));
        }
        assertThat(US_EAST_1.dataProcessingUsdPerGb()).isEqualByComparingTo("0.016");
    }

    @Test
    void computesBreakEvenAgainstTheToolkitsComparableInstance() {
        ConfigurationCost cost = new CostModel(US_EAST_1)
                .cost(2048, new BilledLatency(120, BillingLatencySource.CLOUDWATCH), 1000, 1000);

        BreakEven breakEven = BreakEvenCalculator.againstComparableInstance(cost, US_EAST_1).orElseThrow();

        assertThat(breakEven.instanceType()).isEqualTo("ml.t2.medium");
        assertThat(breakEven.instanceUsdPerMonth()).isEqualByComparingTo("40.32");
        // 40.32 / 0.0000048298023223876953125
        assertThat(breakEven.invocationsPerMonth().orElseThrow())
                .isBetween(new BigDecimal("8348167.7527678025"), new BigDecimal("8348167.7527678026"));
    }

    @Test
    void mapsMemorySizesToTheToolkitsInstances() {
        assertThat(List.of(1024, 2048, 3072, 4096, 5120, 6144))
                .map(m -> US_EAST_1.comparableInstanceType(m).orElseThrow())
                .containsExactly("ml.t2.medium", "ml.t2.medium", "ml.c5.large", "ml.c5.large", "ml.c5.large", "ml.c5.xlarge");
        assertThat(US_EAST_1.instance("ml.c5.xlarge").orElseThrow().monthlyUsd()).isEqualByComparingTo("146.88");
        assertThat(US_EAST_1.instance("ml.c5.large").orElseThrow().monthlyUsd()).isEqualByComparingTo("73.44");
    }

    @Test
    void stepsTheSavingsTableUpToBreakEvenAsTheToolkitDoes() {
        ConfigurationCost cost = new CostModel(US_EAST_1)
                .cost(2048, new BilledLatency(120, BillingLatencySource.CLOUDWATCH), 1000, 1000);

        SavingsTable table = SavingsTable.of(BreakEvenCalculator.againstComparableInstance(cost, US_EAST_1).orElseThrow());

        assertThat(table.stepInvocations()).isEqualTo(500_000);
        assertThat(table.rows()).hasSize(16);
        SavingsTable.Row first = table.rows().getFirst();
        assertThat(first.monthlyInvocations()).isEqualTo(500_000);
        assertThat(first.serverlessUsdPerMonth()).isEqualByComparingTo("2.41490116119384765625");
        assertThat(first.instanceUsdPerMonth()).isEqualByComparingTo("40.32");
        assertThat(first.percentSavings()).isEqualByComparingTo("94.01");
        SavingsTable.Row last = table.rows().getLast();
        assertThat(last.monthlyInvocations()).isEqualTo(8_000_000);
        assertThat(last.percentSavings()).isEqualByComparingTo("4.17");
    }

    @Test
    void usesTheToolkitsStepsAndWidensThemForHugeBreakEvens() {
        assertThat(SavingsTable.step(150_000)).isEqualTo(10_000);
        assertThat(SavingsTable.step(999_999)).isEqualTo(50_000);
        assertThat(SavingsTable.step(1_500_000)).isEqualTo(100_000);
        assertThat(SavingsTable.step(4_000_000)).isEqualTo(200_000);
        assertThat(SavingsTable.step(50_000_000)).isEqualTo(500_000);
        assertThat(SavingsTable.step(1e9)).isEqualTo(5_000_000);
    }

    @Test
    void leavesTheSavingsTableEmptyBelowOneStep() {
        BreakEven tiny = new BreakEven(1024, "ml.t2.medium", new BigDecimal("40.32"), BigDecimal.ZERO,
                new BigDecimal("0.01"), java.util.Optional.of(new BigDecimal("4032")));

        assertThat(SavingsTable.of(tiny).rows()).isEmpty();
    }

    @Test
    void pricesProvisionedConcurrencyFromAUserTable() throws Exception {
        PriceTable table = PriceTable.load(java.nio.file.Path.of(
                CostModelTest.class.getResource("/prices/with-provisioned-concurrency.json").toURI()));
        RegionPrices prices = table.region("eu-test-1");

        ConfigurationCost cost = new CostModel(prices)
                .cost(1024, new BilledLatency(200, BillingLatencySource.CLIENT_OBSERVED), 0, 0, 2);

        // inference 0.000005 USD/s × 0.2 s; fixed 0.000001 USD/s × 2 units × 2,592,000 s
        assertThat(cost.usdPerInvocation()).isEqualByComparingTo("0.000001");
        assertThat(cost.provisionedConcurrencyUsdPerMonth()).contains(new BigDecimal("5.184000"));
        BreakEven breakEven = BreakEvenCalculator.againstComparableInstance(cost, prices).orElseThrow();
        assertThat(breakEven.instanceType()).isEqualTo("ml.small");
        // (36 − 5.184) / 0.000001
        assertThat(breakEven.invocationsPerMonth().orElseThrow()).isEqualByComparingTo("30816000");
        assertThat(SavingsTable.of(breakEven).rows().getFirst().serverlessUsdPerMonth())
                .isEqualByComparingTo("5.684");
    }

    @Test
    void refusesProvisionedConcurrencyTheTableDoesNotPrice() {
        CostModel model = new CostModel(US_EAST_1);
        BilledLatency latency = new BilledLatency(10, BillingLatencySource.CLOUDWATCH);

        assertThatThrownBy(() -> model.cost(1024, latency, 0, 0, 1)).hasMessageContaining("no inference price for 1024 MB");
    }

    @Test
    void findsNoBreakEvenWhenTheFixedChargeExceedsTheInstance() {
        ConfigurationCost cost = new ConfigurationCost(1024, new BilledLatency(1, BillingLatencySource.CLOUDWATCH),
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("0.001"), BigDecimal.TEN,
                java.util.Optional.of(new BigDecimal("100")));

        BreakEven breakEven = BreakEvenCalculator.breakEven(cost, "ml.t2.medium", US_EAST_1.instance("ml.t2.medium").orElseThrow());

        assertThat(breakEven.invocationsPerMonth()).isEmpty();
        assertThat(SavingsTable.of(breakEven).rows()).isEmpty();
    }
}
