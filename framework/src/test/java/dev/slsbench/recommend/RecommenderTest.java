package dev.slsbench.recommend;

import dev.slsbench.cost.BilledLatency;
import dev.slsbench.cost.BillingLatencySource;
import dev.slsbench.cost.CostModel;
import dev.slsbench.cost.PriceTable;
import dev.slsbench.plan.RecommendationStrategy;
import dev.slsbench.stats.LatencyHistograms;
import dev.slsbench.stats.LatencySummary;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecommenderTest {

    private static final CostModel US_EAST_1 = new CostModel(PriceTable.bundled().region("us-east-1"));

    /** A candidate whose billed latency is exactly {@code billedMillis} and whose calls scatter around it. */
    private static RecommendationCandidate candidate(int memoryMb, double billedMillis, long[] latencyNanos) {
        Histogram histogram = LatencyHistograms.newHistogram();
        for (long v : latencyNanos) {
            histogram.recordValue(v);
        }
        return new RecommendationCandidate(memoryMb, LatencySummary.of(histogram), histogram,
                US_EAST_1.cost(memoryMb, new BilledLatency(billedMillis, BillingLatencySource.CLOUDWATCH), 0, 0));
    }

    private static RecommendationCandidate steady(int memoryMb, double billedMillis) {
        return candidate(memoryMb, billedMillis, scattered(billedMillis, 0.01, 100, memoryMb));
    }

    /** Lognormal latencies with the given mean and (roughly) relative spread. */
    private static long[] scattered(double meanMillis, double relativeSd, int n, long seed) {
        Random random = new Random(seed);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = (long) (meanMillis * 1e6 * Math.exp(relativeSd * random.nextGaussian() - relativeSd * relativeSd / 2));
        }
        return values;
    }

    private static long[] scaled(long[] values, double factor) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (long) (values[i] * factor);
        }
        return out;
    }

    @Test
    void discountFactorsAreSixEvenlySpacedValuesFromOneToAHalf() {
        assertThat(List.of(0, 1, 2, 3, 4, 5)).map(ToolkitRule::discountFactor)
                .satisfiesExactly(
                        f -> assertThat(f).isEqualTo(1.0), f -> assertThat(f).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12)),
                        f -> assertThat(f).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-12)),
                        f -> assertThat(f).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-12)),
                        f -> assertThat(f).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12)),
                        f -> assertThat(f).isEqualTo(0.5));
    }

    @Test
    void toolkitRuleWithTwoSizesDiscountsTheLargerByATenth() {
        // scores: 1024: 100 ms × $2.00 × 1 = 200; 2048: 72 ms × $2.88 × 0.9 = 186.6 (207.4 undiscounted)
        Recommendation r = Recommender.recommend(RecommendationStrategy.TOOLKIT,
                List.of(steady(2048, 72), steady(1024, 100)));

        assertThat(r.memoryMb()).isEqualTo(2048);
        assertThat(r.strategy()).isEqualTo(RecommendationStrategy.TOOLKIT);
        assertThat(r.candidates()).extracting(CandidateAssessment::memoryMb).containsExactly(1024, 2048);
        assertThat(r.candidates().get(0).score()).isCloseTo(200, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.candidates().get(1).score()).isCloseTo(186.624, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.reason()).startsWith("Toolkit rule: 2048 MB minimises").contains("× 0.9 =");
    }

    @Test
    void toolkitRuleWithTwoSizesKeepsTheSmallerWhenTheDiscountIsNotEnough() {
        // 2048: 76 ms × $3.04 × 0.9 = 207.9 > 200
        assertThat(Recommender.recommend(RecommendationStrategy.TOOLKIT,
                List.of(steady(1024, 100), steady(2048, 76))).memoryMb()).isEqualTo(1024);
    }

    @Test
    void toolkitRuleWithSixSizesGivesTheLargestHalfWeight() {
        // score = 0.02 × (memory / 1024) × latency² × factor: 800, 360, 235.2, 201.6, 181.5, 150
        List<RecommendationCandidate> candidates = List.of(steady(1024, 200), steady(2048, 100), steady(3072, 70),
                steady(4096, 60), steady(5120, 55), steady(6144, 50));

        Recommendation r = Recommender.recommend(RecommendationStrategy.TOOLKIT, candidates);

        assertThat(r.memoryMb()).isEqualTo(6144);
        assertThat(r.candidates()).extracting(CandidateAssessment::score)
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
                .containsExactly(800.0, 360.0, 235.2, 201.6, 181.5, 150.0);
    }

    @Test
    void toolkitRuleGivesTheFirstNFactorsInMemoryOrderNotByMemorySize() {
        // three sizes get 1, 0.9, 0.8: 6144 scores 0.02 × 6 × 62² × 0.8 = 369.0 > 2048's 360
        Recommendation r = Recommender.recommend(RecommendationStrategy.TOOLKIT,
                List.of(steady(1024, 200), steady(2048, 100), steady(6144, 62)));

        assertThat(r.memoryMb()).isEqualTo(2048);
    }

    @Test
    void speedRefusesAnInsignificantlyFasterLargerSize() {
        long[] small = scattered(50, 0.2, 60, 1);
        Recommendation r = Recommender.recommend(RecommendationStrategy.SPEED,
                List.of(candidate(1024, 50, small), candidate(2048, 49.5, scaled(small, 0.99))));

        assertThat(r.memoryMb()).isEqualTo(1024);
        assertThat(r.reason()).startsWith("SPEED: 2048 MB has the lowest median latency")
                .contains("over 1024 MB").contains("Mann-Whitney U p = ").contains("is not significant at α = 0.05")
                .endsWith("so the smaller 1024 MB is recommended.");
        assertThat(r.candidates().getFirst().verdict()).startsWith("chosen: 2048 MB's advantage");
    }

    @Test
    void speedPrefersASignificantlyFasterLargerSize() {
        long[] small = scattered(50, 0.2, 200, 2);
        Recommendation r = Recommender.recommend(RecommendationStrategy.SPEED,
                List.of(candidate(1024, 50, small), candidate(2048, 35, scaled(scattered(50, 0.2, 200, 3), 0.7))));

        assertThat(r.memoryMb()).isEqualTo(2048);
        assertThat(r.reason()).contains("beats every smaller size significantly").contains("1024 MB: ");
    }

    @Test
    void costRefusesACheaperLargerSizeWhoseSavingIsNoise() {
        // 2048 at 49 ms costs 1.96 vs 2.00 per 1M, but calls scatter by 50%: not significant with 40 calls
        Recommendation r = Recommender.recommend(RecommendationStrategy.COST,
                List.of(candidate(1024, 100, scattered(100, 0.5, 40, 4)), candidate(2048, 49, scattered(49, 0.5, 40, 5))));

        assertThat(r.memoryMb()).isEqualTo(1024);
        assertThat(r.reason()).contains("lowest cost per invocation").contains("Welch t p = ").contains("not significant");
    }

    @Test
    void costPrefersALargerSizeThatIsSignificantlyCheaper() {
        // 2048 at 40 ms: 1.60 vs 2.00 per 1M with 1% scatter over 100 calls
        Recommendation r = Recommender.recommend(RecommendationStrategy.COST,
                List.of(steady(1024, 100), steady(2048, 40)));

        assertThat(r.memoryMb()).isEqualTo(2048);
    }

    @Test
    void costKeepsTheSmallestSizeWhenItIsCheapest() {
        Recommendation r = Recommender.recommend(RecommendationStrategy.COST,
                List.of(steady(1024, 100), steady(2048, 60), steady(3072, 45)));

        assertThat(r.memoryMb()).isEqualTo(1024);
        assertThat(r.reason()).isEqualTo(
                "COST: 1024 MB, the smallest size, has the lowest cost per invocation (2.000e-06 USD per invocation).");
        assertThat(r.candidates()).extracting(CandidateAssessment::verdict)
                .containsExactly("chosen: lowest cost per invocation",
                        "larger than the best, 2.400e-06 USD per invocation",
                        "larger than the best, 2.700e-06 USD per invocation");
    }

    @Test
    void balancedRefusesAnInsignificantGainAndAcceptsASignificantOne() {
        Recommendation noisy = Recommender.recommend(RecommendationStrategy.BALANCED,
                List.of(candidate(1024, 100, scattered(100, 0.6, 30, 6)), candidate(2048, 68, scattered(68, 0.6, 30, 7))));
        Recommendation clear = Recommender.recommend(RecommendationStrategy.BALANCED,
                List.of(steady(1024, 100), steady(2048, 60)));

        assertThat(noisy.memoryMb()).isEqualTo(1024);
        assertThat(noisy.reason()).contains("latency × cost per 1M").contains("not significant");
        assertThat(clear.memoryMb()).isEqualTo(2048);
    }

    @Test
    void fallsBackWhenASignificantGainIsBelowTheMinimumImprovement() {
        long[] small = scattered(50, 0.01, 300, 8);
        List<RecommendationCandidate> candidates = List.of(candidate(1024, 50, small),
                candidate(2048, 48.5, scaled(scattered(50, 0.01, 300, 9), 0.97)));

        Recommendation significantOnly = Recommender.recommend(RecommendationStrategy.SPEED, candidates);
        Recommendation demanding = Recommender.recommend(RecommendationStrategy.SPEED, candidates,
                new SignificanceSettings(0.05, 0.10));

        assertThat(significantOnly.memoryMb()).isEqualTo(2048);
        assertThat(demanding.memoryMb()).isEqualTo(1024);
        assertThat(demanding.reason()).contains("is not the required 10.0% (found 3.");
    }

    @Test
    void fallsBackToTheSmallestIndistinguishableSize() {
        long[] base = scattered(60, 0.3, 50, 10);
        List<RecommendationCandidate> candidates = new ArrayList<>(List.of(
                candidate(1024, 120, scattered(120, 0.05, 200, 11)),
                candidate(2048, 60, base),
                candidate(3072, 59, scaled(base, 0.985))));

        Recommendation r = Recommender.recommend(RecommendationStrategy.SPEED, candidates);

        assertThat(r.memoryMb()).isEqualTo(2048);
        assertThat(r.candidates().getFirst().verdict()).startsWith("significantly worse than 3072 MB");
    }

    @Test
    void refusesNoCandidatesAndDuplicateSizes() {
        assertThatThrownBy(() -> Recommender.recommend(RecommendationStrategy.COST, List.of()))
                .hasMessageContaining("nothing to recommend");
        assertThatThrownBy(() -> Recommender.recommend(RecommendationStrategy.COST, List.of(steady(1024, 1), steady(1024, 2))))
                .hasMessageContaining("1024 MB appears twice");
    }
}
