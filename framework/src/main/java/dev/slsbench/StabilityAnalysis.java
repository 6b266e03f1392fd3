package dev.slsbench;

import dev.slsbench.cost.BilledLatency;
import dev.slsbench.cost.BreakEvenCalculator;
import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.cost.CostAnalysis;
import dev.slsbench.cost.CostModel;
import dev.slsbench.cost.PriceTable;
import dev.slsbench.cost.RegionPrices;
import dev.slsbench.cost.RunPrices;
import dev.slsbench.cost.SavingsTable;
import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.recommend.LatencyOnlyRule;
import dev.slsbench.recommend.Recommendation;
import dev.slsbench.recommend.RecommendationCandidate;
import dev.slsbench.recommend.Recommender;
import dev.slsbench.record.RecordedConfiguration;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.stats.LatencySummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Cost and recommendation from the stability phase: the toolkit's billed latency (CloudWatch
 * ModelLatency + mean OverheadLatency, client-observed when CloudWatch has none), cost per call
 * from the price table for the run's region, the plan's recommendation strategy over the
 * configurations that completed with successful calls, and the savings table of the recommended
 * one. Anything that cannot be computed (unpriced region, no successful configuration) is left
 * absent with a warning saying why.
 */
final class StabilityAnalysis {

    /**
     * @param cost costs and savings, when the region is priced and something succeeded
     * @param recommendation the recommended memory size, when there is one
     */
    record Analysis(Optional<CostAnalysis> cost, Optional<Recommendation> recommendation) {
    }

    private StabilityAnalysis() {
    }

    static Analysis analyse(BenchmarkPlan plan, RunPrices prices, String region, List<ConfigurationResult> stability,
                            Map<String, RecordedConfiguration> recorded, List<String> warnings) {
        PriceTable table = prices.table();
        List<ConfigurationResult> usable = stability.stream()
                .filter(r -> r.status() == ConfigurationStatus.COMPLETED && r.hasSuccessfulCalls())
                .toList();
        if (usable.isEmpty()) {
            warnings.add("no stability configuration completed with successful calls: no cost or recommendation");
            return new Analysis(Optional.empty(), Optional.empty());
        }
        if (!table.hasRegion(region)) {
            String why = "no prices for region " + region + " in " + prices.source();
            warnings.add(why + ": no cost; recommending on latency alone (supply --price-table FILE with prices"
                    + " for " + region + ")");
            return onLatencyAlone(plan, usable, why);
        }
        RegionPrices regionPrices = table.region(region);
        Map<Integer, EndpointMetrics> metricsByMemory = new TreeMap<>();
        Map<Integer, Double> clientMeanByMemory = new TreeMap<>();
        for (ConfigurationResult r : usable) {
            r.metrics().ifPresent(m -> metricsByMemory.put(r.configuration().memoryMb(), m));
            clientMeanByMemory.put(r.configuration().memoryMb(), r.latency().orElseThrow().meanMillis());
        }
        Map<Integer, BilledLatency> billed = BilledLatency.toolkitRule(metricsByMemory, clientMeanByMemory);
        CostModel model = new CostModel(regionPrices);
        List<ConfigurationCost> costs = new ArrayList<>();
        List<RecommendationCandidate> candidates = new ArrayList<>();
        try {
            for (ConfigurationResult r : usable) {
                int memoryMb = r.configuration().memoryMb();
                RecordedConfiguration calls = recorded.get(r.configuration().id());
                ConfigurationCost cost = model.cost(memoryMb, billed.get(memoryMb), calls.meanBytesIn(),
                        calls.meanBytesOut(), plan.provisionedConcurrencyFor(r.configuration().maxConcurrency()));
                costs.add(cost);
                candidates.add(new RecommendationCandidate(memoryMb, r.latency().orElseThrow(),
                        r.decodeLatencyHistogram().orElseThrow(), cost));
            }
        } catch (IllegalArgumentException e) {
            String why = "cost could not be computed: " + e.getMessage();
            warnings.add(why + "; recommending on latency alone (supply --price-table FILE with the missing prices)");
            return onLatencyAlone(plan, usable, why);
        }
        Optional<Recommendation> recommendation;
        try {
            recommendation = Optional.of(Recommender.recommend(plan.recommendationStrategy(), candidates));
        } catch (IllegalArgumentException e) {
            warnings.add("no recommendation: " + e.getMessage());
            recommendation = Optional.empty();
        }
        Optional<SavingsTable> savings = recommendation
                .flatMap(rec -> costs.stream().filter(c -> c.memoryMb() == rec.memoryMb()).findFirst())
                .flatMap(cost -> BreakEvenCalculator.againstComparableInstance(cost, regionPrices))
                .map(SavingsTable::of);
        return new Analysis(Optional.of(new CostAnalysis(table.version(), region, costs, savings, prices.source(),
                Optional.ofNullable(table.effectiveDate()))), recommendation);
    }

    private static Analysis onLatencyAlone(BenchmarkPlan plan, List<ConfigurationResult> usable, String why) {
        Map<Integer, LatencySummary> latencies = new TreeMap<>();
        usable.forEach(r -> latencies.put(r.configuration().memoryMb(), r.latency().orElseThrow()));
        return new Analysis(Optional.empty(), LatencyOnlyRule.recommend(plan.recommendationStrategy(), latencies, why));
    }
}
