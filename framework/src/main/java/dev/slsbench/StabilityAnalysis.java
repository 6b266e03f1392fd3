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
import dev.slsbench.recommend.ProvisionedConcurrencyObservation;
import dev.slsbench.recommend.ProvisionedConcurrencyRule;
import dev.slsbench.recommend.Recommendation;
import dev.slsbench.recommend.RecommendationCandidate;
import dev.slsbench.recommend.Recommender;
import dev.slsbench.record.RecordedConfiguration;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.stats.LatencySummary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Cost and recommendation from the stability phase: the toolkit's billed latency (CloudWatch
 * ModelLatency + mean OverheadLatency, client-observed when CloudWatch has none), cost per call
 * from the price table for the run's region, the plan's recommendation strategy over the
 * configurations that completed with successful calls, and the savings table of the recommended
 * one. With several ProvisionedConcurrency values the memory size is recommended at the first, and
 * the value is then chosen at that size ({@link ProvisionedConcurrencyRule}); each value's
 * configurations are costed with its own prices. Anything that cannot be computed (unpriced region, no successful configuration) is left
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
        // the memory size is recommended among the configurations at the plan's first ProvisionedConcurrency
        List<ConfigurationResult> candidates = usable.stream()
                .filter(r -> r.configuration().provisionedConcurrency() == plan.provisionedConcurrency()).toList();
        if (candidates.isEmpty()) {
            warnings.add("no stability configuration completed with successful calls"
                    + (plan.measuresProvisionedConcurrency() ? " at ProvisionedConcurrency " + plan.provisionedConcurrency()
                    : "") + ": no cost or recommendation");
            return new Analysis(Optional.empty(), Optional.empty());
        }
        if (!table.hasRegion(region)) {
            String why = "no prices for region " + region + " in " + prices.source();
            warnings.add(why + ": no cost; recommending on latency alone (supply --price-table FILE with prices"
                    + " for " + region + ")");
            return withProvisionedConcurrency(plan, onLatencyAlone(plan, candidates, why), usable, Optional.empty());
        }
        RegionPrices regionPrices = table.region(region);
        CostModel model = new CostModel(regionPrices);
        Map<Integer, List<ConfigurationResult>> byProvisioned = new TreeMap<>();
        usable.forEach(r -> byProvisioned.computeIfAbsent(r.configuration().provisionedConcurrency(),
                pc -> new ArrayList<>()).add(r));
        Map<String, ConfigurationCost> costById = new HashMap<>();
        List<RecommendationCandidate> recommendable = new ArrayList<>();
        try {
            for (Map.Entry<Integer, List<ConfigurationResult>> group : byProvisioned.entrySet()) {
                boolean firstValue = group.getKey() == plan.provisionedConcurrency();
                List<String> unpriced = new ArrayList<>();
                costById.putAll(costs(model, group.getValue(), recorded, unpriced));
                if (!unpriced.isEmpty()) {
                    if (firstValue) {
                        throw new IllegalArgumentException(unpriced.getFirst());
                    }
                    // the configurations the table does price keep their cost
                    warnings.add("no cost at ProvisionedConcurrency " + group.getKey() + ": "
                            + String.join("; ", unpriced)
                            + " (supply --price-table FILE with a provisionedConcurrency section, or borrow priced"
                            + " regions' prices with --price-region REGION)");
                }
            }
            for (ConfigurationResult r : candidates) {
                recommendable.add(new RecommendationCandidate(r.configuration().memoryMb(), r.latency().orElseThrow(),
                        r.decodeLatencyHistogram().orElseThrow(), costById.get(r.configuration().id())));
            }
        } catch (IllegalArgumentException e) {
            String why = "cost could not be computed: " + e.getMessage();
            warnings.add(why + "; recommending on latency alone (supply --price-table FILE with the missing prices)");
            return withProvisionedConcurrency(plan, onLatencyAlone(plan, candidates, why), usable, Optional.empty());
        }
        List<ConfigurationCost> costs = usable.stream().map(r -> costById.get(r.configuration().id()))
                .filter(Objects::nonNull).toList();
        Optional<Recommendation> recommendation;
        try {
            recommendation = Optional.of(Recommender.recommend(plan.recommendationStrategy(), recommendable));
        } catch (IllegalArgumentException e) {
            warnings.add("no recommendation: " + e.getMessage());
            recommendation = Optional.empty();
        }
        CostAnalysis cost = new CostAnalysis(table.version(), region, costs, Optional.empty(), prices.source(),
                Optional.ofNullable(table.effectiveDate()));
        Analysis analysis = withProvisionedConcurrency(plan, new Analysis(Optional.of(cost), recommendation), usable,
                Optional.of(cost));
        // the savings are those of the recommended configuration, at its recommended ProvisionedConcurrency
        Optional<SavingsTable> savings = analysis.recommendation()
                .flatMap(rec -> cost.forConfiguration(rec.memoryMb(),
                        rec.provisionedConcurrency().orElse(plan.provisionedConcurrency())))
                .flatMap(c -> BreakEvenCalculator.againstComparableInstance(c, regionPrices))
                .map(SavingsTable::of);
        return new Analysis(Optional.of(new CostAnalysis(table.version(), region, costs, savings, prices.source(),
                Optional.ofNullable(table.effectiveDate()))), analysis.recommendation());
    }

    /**
     * The costs of one ProvisionedConcurrency value's configurations, by id, billed by the toolkit's rule
     * among them; why each configuration the table does not price has no cost goes into {@code unpriced}.
     */
    private static Map<String, ConfigurationCost> costs(CostModel model, List<ConfigurationResult> group,
                                                        Map<String, RecordedConfiguration> recorded,
                                                        List<String> unpriced) {
        Map<Integer, EndpointMetrics> metricsByMemory = new TreeMap<>();
        Map<Integer, Double> clientMeanByMemory = new TreeMap<>();
        for (ConfigurationResult r : group) {
            r.metrics().ifPresent(m -> metricsByMemory.put(r.configuration().memoryMb(), m));
            clientMeanByMemory.put(r.configuration().memoryMb(), r.latency().orElseThrow().meanMillis());
        }
        Map<Integer, BilledLatency> billed = BilledLatency.toolkitRule(metricsByMemory, clientMeanByMemory);
        Map<String, ConfigurationCost> costs = new HashMap<>();
        for (ConfigurationResult r : group) {
            int memoryMb = r.configuration().memoryMb();
            RecordedConfiguration calls = recorded.get(r.configuration().id());
            try {
                costs.put(r.configuration().id(), model.cost(memoryMb, billed.get(memoryMb), calls.meanBytesIn(),
                        calls.meanBytesOut(), r.configuration().provisionedConcurrency()));
            } catch (IllegalArgumentException e) {
                unpriced.add(e.getMessage());
            }
        }
        return costs;
    }

    /**
     * The recommendation completed with the ProvisionedConcurrency value whose stability calls at the
     * recommended memory size were cold least often, when the plan measured several values.
     */
    private static Analysis withProvisionedConcurrency(BenchmarkPlan plan, Analysis analysis,
                                                       List<ConfigurationResult> usable, Optional<CostAnalysis> cost) {
        if (analysis.recommendation().isEmpty() || plan.provisionedConcurrencyValues().size() < 2) {
            return analysis;
        }
        Recommendation recommendation = analysis.recommendation().get();
        List<ProvisionedConcurrencyObservation> observations = usable.stream()
                .filter(r -> r.configuration().memoryMb() == recommendation.memoryMb())
                .map(r -> {
                    int pc = r.configuration().provisionedConcurrency();
                    Optional<BigDecimal> month = plan.monthlyInvocations().flatMap(n -> cost
                            .flatMap(c -> c.forConfiguration(r.configuration().memoryMb(), pc))
                            .map(c -> c.usdPerMonth(n)));
                    return new ProvisionedConcurrencyObservation(pc, r.outcomes().issued(), r.coldStarts().coldCalls(),
                            month);
                })
                .toList();
        return ProvisionedConcurrencyRule.choose(observations, plan.warmupInvocations())
                .map(choice -> new Analysis(analysis.cost(), Optional.of(recommendation.withProvisionedConcurrency(
                        choice.provisionedConcurrency(), choice.reason()))))
                .orElse(analysis);
    }

    private static Analysis onLatencyAlone(BenchmarkPlan plan, List<ConfigurationResult> usable, String why) {
        Map<Integer, LatencySummary> latencies = new TreeMap<>();
        usable.forEach(r -> latencies.put(r.configuration().memoryMb(), r.latency().orElseThrow()));
        return new Analysis(Optional.empty(), LatencyOnlyRule.recommend(plan.recommendationStrategy(), latencies, why));
    }
}
