package dev.slsbench.report;

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
import dev.slsbench.payload.PayloadSummary;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.recommend.Recommendation;
import dev.slsbench.recommend.RecommendationCandidate;
import dev.slsbench.recommend.Recommender;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.RunEnvironment;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.stats.LatencyHistograms;
import dev.slsbench.stats.OutcomeCounts;
import dev.slsbench.stats.TpsSeries;
import dev.slsbench.stats.TpsSummary;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds realistic {@link BenchmarkResult}s without running anything: seeded log-normal latencies
 * that shrink with memory, a cold first call, rare slow outliers, throttles when clients exceed
 * MaxConcurrency, CloudWatch metrics, and cost, recommendation and savings computed by the real
 * cost model and recommender. The same seed gives the same result.
 */
final class SyntheticResultBuilder {

    static final Instant START = Instant.parse("2025-03-04T10:00:00Z");

    private List<Integer> memorySizesMb = List.of(1024, 2048, 3072);
    private List<Integer> maxConcurrency = List.of(2, 4);
    private List<Double> multipliers = List.of(1.0, 2.0);
    private int stabilityCalls = 400;
    private int concurrencyCalls = 300;
    private long seed = 42;
    private boolean concurrencyAtEveryMemorySize;
    private boolean metrics = true;
    private final Set<Integer> failedDeployments = new HashSet<>();
    private final Set<Integer> abandoned = new HashSet<>();
    private boolean slas;

    SyntheticResultBuilder memorySizesMb(Integer... sizes) { memorySizesMb = List.of(sizes); return this; }

    SyntheticResultBuilder maxConcurrency(Integer... values) { maxConcurrency = List.of(values); return this; }

    SyntheticResultBuilder multipliers(Double... values) { multipliers = List.of(values); return this; }

    SyntheticResultBuilder stabilityCalls(int n) { stabilityCalls = n; return this; }

    SyntheticResultBuilder concurrencyCalls(int n) { concurrencyCalls = n; return this; }

    SyntheticResultBuilder seed(long seed) { this.seed = seed; return this; }

    /** Runs the concurrency grid at every memory size instead of only the recommended one. */
    SyntheticResultBuilder concurrencyAtEveryMemorySize() { concurrencyAtEveryMemorySize = true; return this; }

    /** No CloudWatch data at all: every configuration's metrics are missing. */
    SyntheticResultBuilder withoutCloudWatch() { metrics = false; return this; }

    SyntheticResultBuilder deploymentFails(int memoryMb) { failedDeployments.add(memoryMb); return this; }

    SyntheticResultBuilder abandonedAtErrorThreshold(int memoryMb) { abandoned.add(memoryMb); return this; }

    /** Adds SLA verdicts (p99 ≤ 250 ms, throttle rate ≤ 5%) for every configuration with calls. */
    SyntheticResultBuilder withSlas() { slas = true; return this; }

    BenchmarkResult build() {
        Random random = new Random(seed);
        BenchmarkPlan plan = BenchmarkPlan.builder("churn-xgboost").runId("syn" + seed).memorySizesMb(memorySizesMb)
                .stabilityInvocations(stabilityCalls).concurrencyMaxValues(maxConcurrency).clientMultipliers(multipliers)
                .concurrencyInvocations(concurrencyCalls).endpointUrl(URI.create("http://127.0.0.1:45123"))
                .region("us-east-1").build();
        PayloadSummary payloads = new PayloadSummary(25, 48.3, 61, "payloads/churn.jsonl");
        CostModel costModel = new CostModel(PriceTable.bundled().region("us-east-1"));
        List<ConfigurationResult> configurations = new ArrayList<>();
        List<RecommendationCandidate> candidates = new ArrayList<>();
        List<ConfigurationCost> costs = new ArrayList<>();
        Instant clock = START;
        for (StabilityConfiguration c : plan.stabilityConfigurations()) {
            ConfigurationResult result = stability(c, clock, random);
            configurations.add(result);
            clock = clock.plusSeconds(5);
            if (result.status() == ConfigurationStatus.COMPLETED) {
                BilledLatency billed = BilledLatency.toolkitRule(
                        result.metrics().map(m -> Map.of(c.memoryMb(), m)).orElse(Map.of()),
                        Map.of(c.memoryMb(), result.latency().orElseThrow().meanMillis())).get(c.memoryMb());
                ConfigurationCost cost = costModel.cost(c.memoryMb(), billed, payloads.meanBodyBytes(), 12);
                costs.add(cost);
                candidates.add(new RecommendationCandidate(c.memoryMb(), result.latency().orElseThrow(),
                        result.decodeLatencyHistogram().orElseThrow(), cost));
            }
        }
        Optional<Recommendation> recommendation = candidates.isEmpty() ? Optional.empty()
                : Optional.of(Recommender.recommend(plan.recommendationStrategy(), candidates));
        List<Integer> concurrencyMemory = concurrencyAtEveryMemorySize ? memorySizesMb
                : recommendation.map(r -> List.of(r.memoryMb())).orElse(List.of());
        Map<Integer, Long> throttlesByMaxConcurrency = new LinkedHashMap<>();
        for (int memoryMb : concurrencyMemory) {
            for (ConcurrencyConfiguration c : plan.concurrencyConfigurations(memoryMb)) {
                ConfigurationResult result = concurrency(c, clock, random);
                configurations.add(result);
                clock = result.finishedAt().plusSeconds(2);
                throttlesByMaxConcurrency.merge(c.maxConcurrency(), result.outcomes().throttled(), Long::sum);
            }
        }
        if (recommendation.isPresent() && !throttlesByMaxConcurrency.isEmpty()) {
            int chosen = throttlesByMaxConcurrency.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow()
                    .getKey();
            recommendation = Optional.of(recommendation.get().withMaxConcurrency(chosen,
                    "MaxConcurrency " + chosen + " had the fewest throttles."));
        }
        Optional<CostAnalysis> costAnalysis = Optional.empty();
        if (!costs.isEmpty()) {
            int recommended = recommendation.orElseThrow().memoryMb();
            ConfigurationCost chosen = costs.stream().filter(c -> c.memoryMb() == recommended).findFirst().orElseThrow();
            costAnalysis = Optional.of(new CostAnalysis(PriceTable.BUNDLED_VERSION, "us-east-1", costs,
                    BreakEvenCalculator.againstComparableInstance(chosen, costModel.prices()).map(SavingsTable::of)));
        }
        List<String> warnings = new ArrayList<>();
        if (!metrics) {
            warnings.add("CloudWatch returned no data for any endpoint; costs use client-observed latencies");
        }
        BenchmarkResult result = new BenchmarkResult(plan, new RunEnvironment("0.1.0-SNAPSHOT", "21.0.5", "Eclipse Adoptium",
                "Linux", "amd64", 2, "http://127.0.0.1:45123", "us-east-1"), START, clock, payloads, configurations,
                costAnalysis, recommendation, warnings);
        return slas ? result.withSlaVerdicts(verdicts(configurations)) : result;
    }

    private ConfigurationResult stability(StabilityConfiguration c, Instant start, Random random) {
        if (failedDeployments.contains(c.memoryMb())) {
            return new ConfigurationResult(c, Optional.empty(), ConfigurationStatus.DEPLOYMENT_FAILED,
                    Optional.of("Endpoint churn-xgboost-ep-" + c.id() + " failed: FailureReason: the container did not"
                            + " pass the ping health check"), start, start.plusSeconds(90), OutcomeCounts.NONE,
                    Optional.empty(), Optional.empty(), Optional.empty(), ColdStartSummary.NONE, Optional.empty());
        }
        boolean abandon = abandoned.contains(c.memoryMb());
        int calls = abandon ? Math.max(4, stabilityCalls / 10) : stabilityCalls;
        double medianMillis = 25 + 180 * Math.sqrt(1024.0 / c.memoryMb());
        Histogram latencies = latencies(medianMillis, abandon ? calls - 3 : calls, random, true);
        OutcomeCounts outcomes = abandon ? new OutcomeCounts(calls - 3, 0, 2, 1, 0) : new OutcomeCounts(calls, 0, 0, 0, 0);
        double seconds = Math.max(1, latencies.getMean() * calls / 1e9);
        Instant end = start.plusMillis((long) (seconds * 1000));
        return complete(c, abandon ? ConfigurationStatus.ABANDONED : ConfigurationStatus.COMPLETED,
                abandon ? "3 calls failed, reaching the error threshold of 3 (insufficient memory: 2, model error: 1)" : null,
                start, end, outcomes, latencies, 1, random);
    }

    private ConfigurationResult concurrency(ConcurrencyConfiguration c, Instant start, Random random) {
        double medianMillis = 25 + 180 * Math.sqrt(1024.0 / c.memoryMb());
        double excess = Math.max(0, c.clients() - c.maxConcurrency()) / (double) c.clients();
        long throttled = Math.round(concurrencyCalls * excess * (0.3 + 0.2 * random.nextDouble()));
        long errors = random.nextDouble() < 0.3 ? 1 : 0;
        long ok = concurrencyCalls - throttled - errors;
        Histogram latencies = latencies(medianMillis * (1 + 0.05 * Math.min(c.clients(), c.maxConcurrency())), (int) ok,
                random, true);
        double tps = Math.min(c.clients(), c.maxConcurrency()) * 1000 / (latencies.getMean() / 1e6);
        Instant end = start.plusMillis((long) (1000 * Math.max(1, ok / tps)));
        return complete(c, ConfigurationStatus.COMPLETED, null, start, end,
                new OutcomeCounts(ok, throttled, 0, errors, 0), latencies, Math.min(c.clients(), c.maxConcurrency()), random);
    }

    private ConfigurationResult complete(BenchmarkConfiguration c, ConfigurationStatus status, String reason, Instant start,
                                         Instant end, OutcomeCounts outcomes, Histogram latencies, int coldCalls,
                                         Random random) {
        String endpoint = "churn-xgboost-ep-" + c.endpointShape().id();
        Map<Long, Long> perSecond = perSecond(start, end, outcomes.ok(), random);
        TpsSummary tps = TpsSummary.ofCountsPerSecond(perSecond.values());
        double coldMillis = latencies.getMaxValue() / 1e6;
        OptionalDouble cold = coldCalls == 0 ? OptionalDouble.empty() : OptionalDouble.of(coldMillis);
        ColdStartSummary coldStarts = new ColdStartSummary(coldCalls, outcomes.ok() - coldCalls, 0, cold,
                ColdStartSummary.METHOD_MODEL_SETUP_COUNT, coldCalls + " container start(s), the slowest calls",
                java.util.stream.LongStream.range(0, coldCalls).boxed().toList(),
                coldCalls == 0 ? cold : OptionalDouble.of(coldMillis * 0.8),
                coldCalls == 0 ? cold : OptionalDouble.of(coldMillis * 0.9), cold, OptionalDouble.empty());
        EndpointMetrics endpointMetrics = metrics ? metrics(endpoint, c.memoryMb(), latencies, coldCalls, start, end)
                : new EndpointMetrics(endpoint, start, end, Map.of(), List.of("MemoryUtilization", "ModelLatency",
                        "ModelSetupTime", "OverheadLatency"));
        return ConfigurationResult.of(c, endpoint, status, reason, start, end, outcomes, latencies, Optional.of(tps),
                coldStarts, endpointMetrics).withTpsSeries(TpsSeries.ofCountsBySecond(perSecond));
    }

    private static Histogram latencies(double medianMillis, int n, Random random, boolean coldFirst) {
        Histogram histogram = LatencyHistograms.newHistogram();
        for (int i = 0; i < n; i++) {
            double millis = medianMillis * Math.exp(0.25 * random.nextGaussian());
            if (random.nextDouble() < 0.002) {
                millis *= 6 + 4 * random.nextDouble();
            }
            if (i == 0 && coldFirst) {
                millis += 1400 + 200 * random.nextDouble();
            }
            histogram.recordValue((long) (millis * 1e6));
        }
        return histogram;
    }

    private static Map<Long, Long> perSecond(Instant start, Instant end, long calls, Random random) {
        long first = start.getEpochSecond();
        long seconds = Math.max(1, end.getEpochSecond() - first + 1);
        double[] weights = new double[(int) seconds];
        double total = 0;
        for (int i = 0; i < seconds; i++) {
            weights[i] = Math.max(0.05, 1 + 0.15 * random.nextGaussian());
            total += weights[i];
        }
        Map<Long, Long> counts = new TreeMap<>();
        long assigned = 0;
        for (int i = 0; i < seconds; i++) {
            long count = i == seconds - 1 ? calls - assigned : Math.min(calls - assigned, Math.round(calls * weights[i] / total));
            assigned += count;
            if (count > 0) {
                counts.put(first + i, count);
            }
        }
        return counts;
    }

    private static EndpointMetrics metrics(String endpoint, int memoryMb, Histogram latencies, int coldCalls,
                                           Instant start, Instant end) {
        double mean = latencies.getMean() / 1e6;
        Map<String, MetricSummary> metrics = new HashMap<>();
        metrics.put("ModelLatency", new MetricSummary("ModelLatency", "AWS/SageMaker", "Milliseconds",
                OptionalDouble.of(latencies.getTotalCount()), mean * 0.86, latencies.getMinValue() / 1e6 * 0.8,
                latencies.getMaxValue() / 1e6 * 0.9, OptionalDouble.of(mean * 0.7), OptionalDouble.of(mean * 0.82),
                OptionalDouble.of(mean * 0.95)));
        metrics.put("OverheadLatency", MetricSummary.of(SageMakerMetric.OVERHEAD_LATENCY, 6.4, 3.1, 41.0));
        metrics.put("MemoryUtilization", MetricSummary.of(SageMakerMetric.MEMORY_UTILIZATION, 38.0 * 1024 / memoryMb,
                30.0 * 1024 / memoryMb, 45.0 * 1024 / memoryMb));
        List<String> missing = new ArrayList<>();
        if (coldCalls > 0) {
            metrics.put("ModelSetupTime", new MetricSummary("ModelSetupTime", "AWS/SageMaker", "Milliseconds",
                    OptionalDouble.of(coldCalls), 1320, 1290, 1365, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty()));
        } else {
            missing.add("ModelSetupTime");
        }
        return new EndpointMetrics(endpoint, start, end, metrics, missing);
    }

    private static List<SlaVerdict> verdicts(List<ConfigurationResult> configurations) {
        List<SlaVerdict> verdicts = new ArrayList<>();
        for (ConfigurationResult c : configurations) {
            String id = c.configuration().id();
            OptionalDouble p99 = c.latency().map(l -> OptionalDouble.of(l.p99Millis())).orElse(OptionalDouble.empty());
            verdicts.add(new SlaVerdict(id, "p99Millis", 250, p99, p99.isPresent() && p99.getAsDouble() <= 250));
            double throttleRate = c.outcomes().throttleRate();
            boolean any = c.outcomes().issued() > 0;
            verdicts.add(new SlaVerdict(id, "maxThrottleRate", 0.05,
                    any ? OptionalDouble.of(throttleRate) : OptionalDouble.empty(), any && throttleRate <= 0.05));
        }
        return verdicts;
    }
}
