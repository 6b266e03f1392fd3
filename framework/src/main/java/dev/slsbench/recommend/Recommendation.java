package dev.slsbench.recommend;

import dev.slsbench.plan.RecommendationStrategy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The recommended serverless configuration and why.
 *
 * @param memoryMb the recommended memory size
 * @param maxConcurrency a recommended MaxConcurrency, when the concurrency phase suggested one
 * @param strategy the strategy that chose it
 * @param reason a sentence saying why, naming figures and, for significance-aware strategies,
 *        the test that decided
 * @param candidates every candidate considered, by ascending memory size
 * @param provisionedConcurrency a recommended ProvisionedConcurrency, when the run measured several values
 */
public record Recommendation(int memoryMb, Optional<Integer> maxConcurrency, RecommendationStrategy strategy,
                             String reason, List<CandidateAssessment> candidates,
                             Optional<Integer> provisionedConcurrency) {

    public Recommendation {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(reason, "reason");
        maxConcurrency = maxConcurrency == null ? Optional.empty() : maxConcurrency;
        candidates = List.copyOf(candidates);
        provisionedConcurrency = provisionedConcurrency == null ? Optional.empty() : provisionedConcurrency;
    }

    /** A recommendation without a ProvisionedConcurrency. */
    public Recommendation(int memoryMb, Optional<Integer> maxConcurrency, RecommendationStrategy strategy,
                          String reason, List<CandidateAssessment> candidates) {
        this(memoryMb, maxConcurrency, strategy, reason, candidates, Optional.empty());
    }

    /** This recommendation with a MaxConcurrency and the reason for it appended. */
    public Recommendation withMaxConcurrency(int value, String why) {
        return new Recommendation(memoryMb, Optional.of(value), strategy, reason + " " + why, candidates,
                provisionedConcurrency);
    }

    /** This recommendation with a ProvisionedConcurrency and the reason for it appended. */
    public Recommendation withProvisionedConcurrency(int value, String why) {
        return new Recommendation(memoryMb, maxConcurrency, strategy, reason + " " + why, candidates,
                Optional.of(value));
    }
}
