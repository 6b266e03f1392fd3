package dev.slsbench.output;

import dev.slsbench.cost.BilledLatency;
import dev.slsbench.cost.BreakEvenCalculator;
import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.cost.CostAnalysis;
import dev.slsbench.cost.CostModel;
import dev.slsbench.cost.PriceTable;
import dev.slsbench.cost.SavingsTable;
import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.metrics.MetricSummary;
import dev.slsbench.metrics.SageMakerMetric;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.RecommendationStrategy;
import dev.slsbench.recommend.Recommendation;
import dev.slsbench.recommend.RecommendationCandidate;
import dev.slsbench.recommend.Recommender;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.RunEnvironment;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.stats.LatencyHistograms;
import dev.slsbench.stats.OutcomeCounts;
import dev.slsbench.stats.TpsSummary;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

/** A deterministic, fully populated result of a small run, for output tests. */
final class SampleResult {

    static final Instant START = Instant.parse("2025-01-02T03:04:05.123456789Z");

    private SampleResult() {
    }

    static BenchmarkPlan plan() {
        return BenchmarkPlan.builder("churn").runId("r1").memorySizesMb(1024, 2048, 3072).stabilityInvocations(200)
                .concurrencyMaxValues(2).clientMultipliers(1, 2).concurrencyInvocations(100)
                .endpointUrl(URI.create("http://127.0.0.1:4566")).region("us-east-1")
                .addOpenLoopPhase(new OpenLoopPhase(12.5, Duration.ofSeconds(10), 2048, 2))
                .recommendationStrategy(RecommendationStrategy.BALANCED).build();
    }

    static Histogram latencies(double meanMillis, int n, long seed) {
        Random random = new Random(seed);
        Histogram histogram = LatencyHistograms.newHistogram();
        for (int i = 0; i < n; i++) {
            histogram.recordValue((long) (meanMillis * 1e6 * Math.exp(0.2 * random.nextGaussian())));
        }
        return histogram;
    }

    static EndpointMetrics metrics(String endpoint, double modelLatency, double overhead, boolean cold) {
        MetricSummary model = new MetricSummary("ModelLatency", "AWS/SageMaker", "Milliseconds", OptionalDouble.of(200),
                modelLatency, modelLatency / 2, modelLatency * 3, OptionalDouble.of(modelLatency * 0.9),
                OptionalDouble.of(modelLatency), OptionalDouble.of(modelLatency * 1.1));
        Map<String, MetricSummary> metrics = new java.util.TreeMap<>(Map.of(
                "ModelLatency", model,
                "OverheadLatency", MetricSummary.of(SageMakerMetric.OVERHEAD_LATENCY, overhead, 1, overhead * 4),
                "MemoryUtilization", MetricSummary.of(SageMakerMetric.MEMORY_UTILIZATION, 31.5, 30, 33)));
        if (cold) {
            metrics.put("ModelSetupTime", MetricSummary.of(SageMakerMetric.MODEL_SETUP_TIME, 1500, 1500, 1500));
        }
        return new EndpointMetrics(endpoint, START, START.plusSeconds(600), metrics,
                cold ? List.of() : List.of("ModelSetupTime"));
    }

    private static ConfigurationResult completed(BenchmarkConfiguration c, Histogram h, OutcomeCounts o,
                                                 EndpointMetrics m, int offsetSeconds) {
        return ConfigurationResult.of(c, m.endpointName(), ConfigurationStatus.COMPLETED, null,
                START.plusSeconds(offsetSeconds), START.plusSeconds(offsetSeconds + 60), o, h,
                Optional.of(TpsSummary.ofCountsPerSecond(List.of(3L, 4L, 4L, 5L))),
                new ColdStartSummary(1, o.ok() - 1, 0, OptionalDouble.of(1650.25)), m);
    }

    static BenchmarkResult result() {
        BenchmarkPlan plan = plan();
        Payloads payloads = Payloads.of(Invocation.of("1,2,3,4,5", "text/csv"), Invocation.of("6,7,8,9,10", "text/csv"));
        List<ConfigurationResult> configurations = new ArrayList<>();
        Histogram s1024 = latencies(80, 200, 1);
        Histogram s2048 = latencies(45, 150, 2);
        configurations.add(completed(plan.stabilityConfigurations().get(0), s1024, new OutcomeCounts(200, 0, 0, 0, 0),
                metrics("churn-ep-s1024", 70, 12, true), 0));
        configurations.add(ConfigurationResult.of(plan.stabilityConfigurations().get(1), "churn-ep-s2048",
                ConfigurationStatus.ABANDONED, "3 errors reached the error threshold of 3", START, START.plusSeconds(40),
                new OutcomeCounts(150, 0, 1, 2, 0), s2048, Optional.of(TpsSummary.ofCountsPerSecond(List.of(5L, 6L))),
                ColdStartSummary.NONE, metrics("churn-ep-s2048", 38, 14, false)));
        configurations.add(ConfigurationResult.of(plan.stabilityConfigurations().get(2), null,
                ConfigurationStatus.DEPLOYMENT_FAILED, "FailureReason: image not found", START, START,
                OutcomeCounts.NONE, LatencyHistograms.newHistogram(), Optional.empty(), ColdStartSummary.NONE, null));

        CostModel model = new CostModel(PriceTable.bundled().region("us-east-1"));
        Map<Integer, BilledLatency> billed = BilledLatency.toolkitRule(
                Map.of(1024, configurations.get(0).metrics().orElseThrow(), 2048, configurations.get(1).metrics().orElseThrow()),
                Map.of(1024, configurations.get(0).latency().orElseThrow().meanMillis(),
                        2048, configurations.get(1).latency().orElseThrow().meanMillis()));
        ConfigurationCost c1024 = model.cost(1024, billed.get(1024), payloads.meanBodyBytes(), 512);
        ConfigurationCost c2048 = model.cost(2048, billed.get(2048), payloads.meanBodyBytes(), 512);
        Recommendation recommendation = Recommender.recommend(plan.recommendationStrategy(), List.of(
                new RecommendationCandidate(1024, configurations.get(0).latency().orElseThrow(), s1024, c1024),
                new RecommendationCandidate(2048, configurations.get(1).latency().orElseThrow(), s2048, c2048)));
        ConfigurationCost chosen = recommendation.memoryMb() == 1024 ? c1024 : c2048;
        SavingsTable savings = SavingsTable.of(BreakEvenCalculator.againstComparableInstance(chosen,
                model.prices()).orElseThrow());
        CostAnalysis cost = new CostAnalysis(PriceTable.BUNDLED_VERSION, "us-east-1", List.of(c1024, c2048),
                Optional.of(savings));

        int memory = recommendation.memoryMb();
        var concurrency = plan.concurrencyConfigurations(memory);
        configurations.add(completed(concurrency.get(0), latencies(50, 100, 3), new OutcomeCounts(100, 0, 0, 0, 0),
                metrics("churn-ep-c2", 40, 15, true), 100));
        configurations.add(completed(concurrency.get(1), latencies(55, 90, 4), new OutcomeCounts(90, 9, 0, 0, 1),
                metrics("churn-ep-c2", 42, 15, true), 200));
        configurations.add(completed(plan.openLoopConfigurations().getFirst(), latencies(60, 120, 5),
                new OutcomeCounts(120, 4, 0, 0, 1), metrics("churn-ep-o0", 44, 16, false), 300));

        return new BenchmarkResult(plan, new RunEnvironment("0.1.0-test", "21.0.1", "Test Vendor", "Linux", "amd64", 2,
                "http://127.0.0.1:4566", "us-east-1"), START, START.plusSeconds(400),
                payloads.summary("payloads.jsonl"), configurations, Optional.of(cost), Optional.of(recommendation),
                List.of("ModelSetupTime missing for churn-ep-s2048"));
    }
}
