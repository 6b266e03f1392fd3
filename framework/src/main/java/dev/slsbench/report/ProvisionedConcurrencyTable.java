package dev.slsbench.report;

import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.metrics.MetricSummary;
import dev.slsbench.metrics.SageMakerMetric;
import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.stats.ColdStartSummary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * With and without ProvisionedConcurrency, side by side: one row per stability and concurrency
 * configuration, grouped by memory size, with its cold-start rate, warm and all-calls p99, the
 * ProvisionedConcurrency metrics CloudWatch reported for it and what ProvisionedConcurrency costs a
 * month (alone, and with the user's traffic when the plan gives it). Empty when the run measured
 * no ProvisionedConcurrency value but the default 0.
 */
final class ProvisionedConcurrencyTable {

    private ProvisionedConcurrencyTable() {
    }

    static List<Table> of(BenchmarkResult result) {
        if (!result.plan().measuresProvisionedConcurrency()) {
            return List.of();
        }
        List<IndexedConfiguration> configurations = new ArrayList<>(IndexedConfiguration.of(result, Phase.STABILITY));
        configurations.addAll(IndexedConfiguration.of(result, Phase.CONCURRENCY));
        configurations.sort(Comparator.comparingInt((IndexedConfiguration c) -> c.configuration().memoryMb())
                .thenComparing(c -> c.configuration().phase())
                .thenComparingInt(c -> c.configuration().maxConcurrency())
                .thenComparingInt(IndexedConfiguration::index));
        Optional<Long> monthly = result.plan().monthlyInvocations();
        List<Table.Row> rows = new ArrayList<>();
        for (IndexedConfiguration c : configurations) {
            Table.RowBuilder row = new Table.RowBuilder().add(Table.Cell.text(c.label()))
                    .add(Table.Cell.number(Integer.toString(c.configuration().provisionedConcurrency())));
            if (c.result().status() == ConfigurationStatus.DEPLOYMENT_FAILED) {
                for (int k = 0; k < 9 + (monthly.isPresent() ? 1 : 0); k++) {
                    row.add(Table.Cell.none("the endpoint was never deployed"));
                }
                rows.add(row.build("degraded"));
                continue;
            }
            ColdStartSummary cold = c.result().coldStarts();
            OptionalDouble rate = cold.coldRate();
            row.add(Table.Cell.measured(cold.coldCalls(), c.pointer("coldStarts/coldCalls"))
                            .withHint("of " + Formats.count(c.result().outcomes().issued()) + " calls issued"))
                    .add(rate.isPresent() ? Table.Cell.number(Formats.percentOfFraction(rate.getAsDouble()))
                            : Table.Cell.none("no call was issued"))
                    .add(c.result().latency().map(l -> Table.Cell.measured(Formats.millis(l.p99Millis()),
                            c.pointer("latency/p99Millis"), l.p99Millis()))
                            .orElseGet(() -> Table.Cell.none("no call succeeded")))
                    .add(cold.allCallsP99Millis().isPresent()
                            ? Table.Cell.measured(Formats.millis(cold.allCallsP99Millis().getAsDouble()),
                            c.pointer("coldStarts/allCallsP99Millis"), cold.allCallsP99Millis().getAsDouble())
                            : Table.Cell.none("not recorded"));
            Optional<EndpointMetrics> metrics = c.result().metrics();
            row.add(metric(c, metrics, SageMakerMetric.SERVERLESS_PROVISIONED_CONCURRENCY_INVOCATIONS, "sampleCount",
                            s -> s.sampleCount().isPresent() ? OptionalDouble.of(s.sampleCount().getAsDouble())
                                    : OptionalDouble.empty(), ProvisionedConcurrencyTable::count))
                    .add(metric(c, metrics, SageMakerMetric.SERVERLESS_PROVISIONED_CONCURRENCY_SPILLOVER_INVOCATIONS,
                            "sampleCount", s -> s.sampleCount().isPresent()
                                    ? OptionalDouble.of(s.sampleCount().getAsDouble()) : OptionalDouble.empty(),
                            ProvisionedConcurrencyTable::count))
                    .add(metric(c, metrics, SageMakerMetric.SERVERLESS_PROVISIONED_CONCURRENCY_UTILIZATION, "maximum",
                            s -> OptionalDouble.of(s.maximum()), Formats::percentOfFraction))
                    .add(metric(c, metrics, SageMakerMetric.SERVERLESS_CONCURRENT_EXECUTIONS_UTILIZATION, "maximum",
                            s -> OptionalDouble.of(s.maximum()), Formats::percentOfFraction));
            Optional<ConfigurationCost> cost = result.cost(c.configuration());
            String costBase = costPointer(result, c);
            row.add(c.configuration().provisionedConcurrency() == 0 ? Table.Cell.number(Formats.usd(BigDecimal.ZERO))
                    : cost.flatMap(ConfigurationCost::provisionedConcurrencyUsdPerMonth)
                    .map(usd -> Table.Cell.measured(Formats.usd(usd), costBase + "provisionedConcurrencyUsdPerMonth", usd))
                    .orElseGet(() -> Table.Cell.none("no provisioned-concurrency prices for this memory size")));
            monthly.ifPresent(n -> row.add(cost.map(x -> Table.Cell.number(Formats.usd(x.usdPerMonth(n))))
                    .orElseGet(() -> Table.Cell.none("not priced"))));
            rows.add(row.build(c.result().status() == ConfigurationStatus.COMPLETED ? null : "degraded"));
        }
        List<Table.Header> headers = new ArrayList<>(List.of(
                Table.Header.text("Configuration"), Table.Header.number("ProvisionedConcurrency"),
                Table.Header.number("Cold calls", "calls judged to have met a starting container"),
                Table.Header.number("Cold rate", "cold calls over calls issued"),
                Table.Header.number("Warm p99", "client-side p99 of the warm calls"),
                Table.Header.number("All-calls p99", "client-side p99 of every successful call, cold ones included"),
                Table.Header.number("PC invocations", "ServerlessProvisionedConcurrencyInvocations: calls served by"
                        + " provisioned containers"),
                Table.Header.number("Spillover", "ServerlessProvisionedConcurrencySpilloverInvocations: calls beyond"
                        + " ProvisionedConcurrency, served on demand"),
                Table.Header.number("PC utilization (max)", "ServerlessProvisionedConcurrencyUtilization, Maximum"),
                Table.Header.number("Concurrency utilization (max)",
                        "ServerlessConcurrentExecutionsUtilization, Maximum: executions over MaxConcurrency"),
                Table.Header.number("PC / month", "provisioned all month: units × price per second × 720 h")));
        monthly.ifPresent(n -> headers.add(Table.Header.number("Month at " + Formats.count(n) + " calls",
                "calls × cost per call (the provisioned-concurrency inference price where provisioned) + PC / month")));
        return List.of(new Table("provisioned-concurrency", "With and without ProvisionedConcurrency", headers, rows,
                "Each memory size's configurations at every ProvisionedConcurrency value, side by side. A provisioned"
                        + " container is started when the endpoint deploys and kept warm, so calls it serves start none;"
                        + " calls beyond it spill over to on-demand containers. “no data”: CloudWatch reported none of"
                        + " that metric in the configuration's window (the ProvisionedConcurrency metrics exist only"
                        + " on endpoints with ProvisionedConcurrency)."
                        + (monthly.isEmpty() ? " Give --monthly-invocations N to see the month at your traffic." : "")));
    }

    private static Table.Cell metric(IndexedConfiguration c, Optional<EndpointMetrics> metrics, SageMakerMetric metric,
                                     String statistic, Function<MetricSummary, OptionalDouble> value,
                                     java.util.function.DoubleFunction<String> format) {
        if (metrics.isEmpty()) {
            return Table.Cell.noData("not collected");
        }
        Optional<MetricSummary> summary = metrics.get().get(metric);
        OptionalDouble figure = summary.map(value).orElse(OptionalDouble.empty());
        if (figure.isEmpty()) {
            return Table.Cell.noData("no data");
        }
        return Table.Cell.measured(format.apply(figure.getAsDouble()),
                c.pointer("metrics/metrics/" + metric.metricName() + "/" + statistic), figure.getAsDouble());
    }

    private static String count(double value) {
        return Formats.count(Math.round(value));
    }

    /** The JSON Pointer prefix of the configuration's cost in the cost analysis, or of the analysis when absent. */
    private static String costPointer(BenchmarkResult result, IndexedConfiguration c) {
        List<ConfigurationCost> costs = result.costAnalysis().map(a -> a.configurations()).orElse(List.of());
        for (int i = 0; i < costs.size(); i++) {
            if (costs.get(i).memoryMb() == c.configuration().memoryMb()
                    && costs.get(i).provisionedConcurrency() == c.configuration().provisionedConcurrency()) {
                return "/costAnalysis/configurations/" + i + "/";
            }
        }
        return "/costAnalysis/";
    }
}
