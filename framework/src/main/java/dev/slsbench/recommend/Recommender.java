package dev.slsbench.recommend;

import dev.slsbench.plan.RecommendationStrategy;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the memory size to recommend (and to run the concurrency phase at) from the stability
 * candidates, by one of the {@link RecommendationStrategy strategies}:
 * <ul>
 *   <li>{@code TOOLKIT}: the Python toolkit's rule, unchanged (no significance test).</li>
 *   <li>{@code COST}: lowest cost per invocation (Welch t on the mean).</li>
 *   <li>{@code SPEED}: lowest median latency (Mann-Whitney U on the distributions).</li>
 *   <li>{@code BALANCED}: lowest latency × cost per 1M (Welch t, delta-method error).</li>
 * </ul>
 * The last three never prefer a larger size whose advantage is not statistically significant;
 * they fall back to the smaller one and say so in {@link Recommendation#reason()}.
 */
public final class Recommender {

    private Recommender() {
    }

    /** Recommends with the default significance settings (α = 0.05, no minimum improvement). */
    public static Recommendation recommend(RecommendationStrategy strategy, List<RecommendationCandidate> candidates) {
        return recommend(strategy, candidates, SignificanceSettings.DEFAULT);
    }

    /**
     * Recommends one of {@code candidates}.
     *
     * @throws IllegalArgumentException when there are no candidates or two share a memory size
     */
    public static Recommendation recommend(RecommendationStrategy strategy, List<RecommendationCandidate> candidates,
                                           SignificanceSettings settings) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("candidates: no configuration completed, nothing to recommend");
        }
        Set<Integer> sizes = new HashSet<>();
        for (RecommendationCandidate c : candidates) {
            if (!sizes.add(c.memoryMb())) {
                throw new IllegalArgumentException("candidates: " + c.memoryMb() + " MB appears twice");
            }
        }
        List<RecommendationCandidate> ascending = candidates.stream()
                .sorted(Comparator.comparingInt(RecommendationCandidate::memoryMb)).toList();
        return switch (strategy) {
            case TOOLKIT -> ToolkitRule.recommend(ascending);
            case COST -> SignificantImprovementRule.recommend(strategy, Objective.COST, ascending, settings);
            case SPEED -> SignificantImprovementRule.recommend(strategy, Objective.SPEED, ascending, settings);
            case BALANCED -> SignificantImprovementRule.recommend(strategy, Objective.BALANCED, ascending, settings);
        };
    }
}
