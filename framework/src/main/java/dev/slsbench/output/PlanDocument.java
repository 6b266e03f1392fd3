package dev.slsbench.output;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.RampPhase;
import dev.slsbench.plan.StairsPhase;
import dev.slsbench.plan.PayloadOrder;
import dev.slsbench.plan.RecommendationStrategy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A {@link BenchmarkPlan} as it appears in {@code results.json}: every option, named as the
 * plan's accessors are, paths and URLs as strings; absent optional values are {@code null}.
 * {@code provisionedConcurrency} is the list of values ({@code [0, 1]}); a single number, as
 * results.json files written before it became a list hold, reads as a list of one.
 */
record PlanDocument(String modelName, String runId, List<Integer> memorySizesMb, int stabilityInvocations,
                    int errorThreshold, boolean includeConcurrency, List<Integer> concurrencyMaxValues,
                    List<Double> clientMultipliers, int concurrencyInvocations, Duration coldStartDelay,
                    String outputDirectory, Integer concurrencyMemoryMb,
                    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Integer> provisionedConcurrency,
                    String region,
                    String endpointUrl, Duration thinkTime, List<OpenLoopPhase> openLoopPhases,
                    RecommendationStrategy recommendationStrategy, String priceTableFile, PayloadOrder payloadOrder,
                    Long payloadSeed, Boolean errorThresholdCountsThrottles, Long monthlyInvocations,
                    String priceRegion, Boolean includeColdStartsInLatency,
                    Integer warmupInvocations, Integer coldStarts, List<StairsPhase> stairsPhases,
                    List<RampPhase> rampPhases, Double stopP99Millis, Double stopErrorRate, Duration maxDuration) {

    static PlanDocument from(BenchmarkPlan plan) {
        return new PlanDocument(plan.modelName(), plan.runId(), plan.memorySizesMb(), plan.stabilityInvocations(),
                plan.errorThreshold(), plan.includeConcurrency(), plan.concurrencyMaxValues(),
                plan.clientMultipliers(), plan.concurrencyInvocations(), plan.coldStartDelay(),
                plan.outputDirectory().toString(), plan.concurrencyMemoryMb().orElse(null),
                plan.provisionedConcurrencyValues(), plan.region().orElse(null),
                plan.endpointUrl().map(URI::toString).orElse(null), plan.thinkTime(), plan.openLoopPhases(),
                plan.recommendationStrategy(), plan.priceTableFile().map(Path::toString).orElse(null),
                plan.payloadOrder(), plan.payloadSeed().orElse(null), plan.errorThresholdCountsThrottles(),
                plan.monthlyInvocations().orElse(null), plan.priceRegion().orElse(null),
                plan.includeColdStartsInLatency(), plan.warmupInvocations(), plan.coldStarts(), plan.stairsPhases(),
                plan.rampPhases(), plan.stopP99Millis().orElse(null), plan.stopErrorRate().orElse(null),
                plan.maxDuration().orElse(null));
    }

    BenchmarkPlan toPlan() {
        return BenchmarkPlan.builder(modelName).runId(runId).memorySizesMb(memorySizesMb)
                .stabilityInvocations(stabilityInvocations).errorThreshold(errorThreshold)
                .includeConcurrency(includeConcurrency).concurrencyMaxValues(concurrencyMaxValues)
                .clientMultipliers(clientMultipliers).concurrencyInvocations(concurrencyInvocations)
                .coldStartDelay(coldStartDelay).outputDirectory(Path.of(outputDirectory))
                .concurrencyMemoryMb(concurrencyMemoryMb).provisionedConcurrency(provisionedConcurrency == null ? List.of(0) : provisionedConcurrency)
                .region(region).endpointUrl(endpointUrl == null ? null : URI.create(endpointUrl))
                .thinkTime(thinkTime).openLoopPhases(openLoopPhases).recommendationStrategy(recommendationStrategy)
                .priceTableFile(priceTableFile == null ? null : Path.of(priceTableFile))
                .payloadOrder(payloadOrder == null ? PayloadOrder.ROUND_ROBIN : payloadOrder).payloadSeed(payloadSeed)
                .errorThresholdCountsThrottles(Boolean.TRUE.equals(errorThresholdCountsThrottles))
                .monthlyInvocations(monthlyInvocations).priceRegion(priceRegion)
                .includeColdStartsInLatency(Boolean.TRUE.equals(includeColdStartsInLatency))
                .warmupInvocations(warmupInvocations == null ? 0 : warmupInvocations)
                .coldStarts(coldStarts == null ? 0 : coldStarts)
                .stairsPhases(stairsPhases == null ? List.of() : stairsPhases)
                .rampPhases(rampPhases == null ? List.of() : rampPhases)
                .stopP99Millis(stopP99Millis).stopErrorRate(stopErrorRate).maxDuration(maxDuration).build();
    }
}
