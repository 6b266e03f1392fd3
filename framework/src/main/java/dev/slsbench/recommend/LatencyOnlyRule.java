package dev.slsbench.recommend;

import dev.slsbench.plan.RecommendationStrategy;
import dev.slsbench.stats.LatencySummary;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The recommendation when no prices are known for the run's region: the memory size with the lowest
 * median latency (the smaller size on a tie), said to be chosen on latency alone. It keeps the
 * concurrency phase running at a measured size instead of dropping the recommendation.
 */
public final class LatencyOnlyRule {

    private LatencyOnlyRule() {
    }

    /**
     * @param strategy the plan's strategy, recorded with the recommendation
     * @param latencyByMemoryMb each completed configuration's latency summary, by memory size
     * @param why why no prices were available, e.g. {@code no prices for region eu-west-3}
     * @return empty when there is no configuration
     */
    public static Optional<Recommendation> recommend(RecommendationStrategy strategy,
                                                     Map<Integer, LatencySummary> latencyByMemoryMb, String why) {
        return latencyByMemoryMb.entrySet().stream()
                .min(Comparator.comparingDouble((Map.Entry<Integer, LatencySummary> e) -> e.getValue().medianMillis())
                        .thenComparing(Map.Entry::getKey))
                .map(best -> new Recommendation(best.getKey(), Optional.empty(), strategy, String.format(Locale.ROOT,
                        "Recommended on latency alone (%s): %d MB has the lowest median latency, %.1f ms.",
                        why, best.getKey(), best.getValue().medianMillis()), List.of()));
    }
}
