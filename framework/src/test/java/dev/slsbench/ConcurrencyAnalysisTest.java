package dev.slsbench;

import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.RecommendationStrategy;
import dev.slsbench.recommend.Recommendation;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.stats.LatencyHistograms;
import dev.slsbench.stats.OutcomeCounts;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyAnalysisTest {

    private static final Instant START = Instant.parse("2025-01-01T10:00:00Z");
    private static final Recommendation AT_1024 = new Recommendation(1024, Optional.empty(),
            RecommendationStrategy.TOOLKIT, "Toolkit rule: 1024 MB.", List.of());

    /** {@code ok} successful calls over one second, {@code throttled} more refused. */
    private static ConfigurationResult completed(int memoryMb, int maxConcurrency, int clients, long ok, long throttled) {
        Histogram latencies = LatencyHistograms.newHistogram();
        for (int i = 0; i < ok; i++) {
            latencies.recordValue(10_000_000);
        }
        return ConfigurationResult.of(new ConcurrencyConfiguration(memoryMb, maxConcurrency, clients), "ep",
                ConfigurationStatus.COMPLETED, null, START, START.plusSeconds(1),
                new OutcomeCounts(ok, throttled, 0, 0, 0), latencies, Optional.empty(), ColdStartSummary.NONE, null);
    }

    private static ConfigurationResult failedDeployment(int memoryMb, int maxConcurrency, int clients) {
        return ConfigurationResult.of(new ConcurrencyConfiguration(memoryMb, maxConcurrency, clients), null,
                ConfigurationStatus.DEPLOYMENT_FAILED, "deployment failed", START, START, OutcomeCounts.NONE,
                LatencyHistograms.newHistogram(), Optional.empty(), ColdStartSummary.NONE, null);
    }

    @Test
    void completesTheMemoryRecommendationWithTheRulesMaxConcurrencyLeavingFailedDeploymentsOut() {
        List<String> warnings = new ArrayList<>();

        Optional<Recommendation> completed = ConcurrencyAnalysis.withMaxConcurrency(Optional.of(AT_1024), 1024,
                List.of(completed(1024, 2, 2, 20, 0), completed(1024, 4, 4, 39, 0), failedDeployment(1024, 8, 8)),
                warnings);

        assertThat(completed).hasValueSatisfying(r -> {
            assertThat(r.memoryMb()).isEqualTo(1024);
            assertThat(r.maxConcurrency()).contains(4);
            assertThat(r.reason()).startsWith("Toolkit rule: 1024 MB. MaxConcurrency 4: throughput scaled up to it")
                    .doesNotContain("8:");
        });
        assertThat(warnings).isEmpty();
    }

    @Test
    void aMaxConcurrencyMeasuredAtAPinnedMemorySizeSaysSo() {
        Optional<Recommendation> completed = ConcurrencyAnalysis.withMaxConcurrency(Optional.of(AT_1024), 2048,
                List.of(completed(2048, 2, 2, 20, 0)), new ArrayList<>());

        assertThat(completed.orElseThrow().reason())
                .contains("Measured at 2048 MB, the pinned concurrency memory size: MaxConcurrency 2: the only value");
    }

    @Test
    void withoutAQualifyingValueOrAMemoryRecommendationAWarningSaysWhy() {
        List<String> warnings = new ArrayList<>();

        assertThat(ConcurrencyAnalysis.withMaxConcurrency(Optional.of(AT_1024), 1024,
                List.of(completed(1024, 2, 2, 90, 10)), warnings)).contains(AT_1024);
        assertThat(ConcurrencyAnalysis.withMaxConcurrency(Optional.empty(), 1024,
                List.of(completed(1024, 2, 2, 20, 0)), warnings)).isEmpty();

        assertThat(warnings).containsExactly(
                "no MaxConcurrency recommended: every value tested throttled more than 1.0% of the calls made within "
                        + "its MaxConcurrency",
                "no MaxConcurrency recommended: there is no memory size recommendation to complete");
    }
}
