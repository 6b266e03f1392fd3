package dev.slsbench;

import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.recommend.ConcurrencyObservation;
import dev.slsbench.recommend.MaxConcurrencyRule;
import dev.slsbench.recommend.Recommendation;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The MaxConcurrency half of the recommendation, from the concurrency phase's completed
 * configurations by {@link MaxConcurrencyRule}. When the phase ran at a pinned memory size other
 * than the recommended one, the reason says so; when nothing qualifies, a warning says why.
 */
final class ConcurrencyAnalysis {

    private ConcurrencyAnalysis() {
    }

    static Optional<Recommendation> withMaxConcurrency(Optional<Recommendation> recommendation, int memoryMb,
                                                       List<ConfigurationResult> concurrency, List<String> warnings) {
        if (recommendation.isEmpty()) {
            warnings.add("no MaxConcurrency recommended: there is no memory size recommendation to complete");
            return recommendation;
        }
        List<ConcurrencyObservation> observations = concurrency.stream()
                .filter(r -> r.status() == ConfigurationStatus.COMPLETED)
                .filter(r -> r.configuration() instanceof ConcurrencyConfiguration)
                .map(ConcurrencyAnalysis::observation)
                .toList();
        Optional<MaxConcurrencyRule.Choice> choice = MaxConcurrencyRule.choose(observations);
        if (choice.isEmpty()) {
            warnings.add(observations.isEmpty()
                    ? "no MaxConcurrency recommended: no concurrency configuration completed"
                    : "no MaxConcurrency recommended: every value tested throttled more than "
                            + 100 * MaxConcurrencyRule.MAX_THROTTLE_RATE_WITHIN_CAPACITY
                            + "% of the calls made within its MaxConcurrency");
            return recommendation;
        }
        String reason = choice.get().reason();
        if (memoryMb != recommendation.get().memoryMb()) {
            reason = "Measured at " + memoryMb + " MB, the pinned concurrency memory size: " + reason;
        }
        return Optional.of(recommendation.get().withMaxConcurrency(choice.get().maxConcurrency(), reason));
    }

    private static ConcurrencyObservation observation(ConfigurationResult r) {
        ConcurrencyConfiguration c = (ConcurrencyConfiguration) r.configuration();
        return new ConcurrencyObservation(c.maxConcurrency(), c.clients(), r.outcomes().issued(), r.outcomes().ok(),
                r.outcomes().throttled(), Duration.between(r.startedAt(), r.finishedAt()));
    }
}
