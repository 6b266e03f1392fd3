package dev.slsbench.recommend;

import dev.slsbench.plan.RecommendationStrategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The toolkit's rule: minimise billed latency × cost per 1M invocations × discount, where the
 * discounts are the first n of six evenly spaced values from 1 to 0.5 (1, 0.9, 0.8, 0.7, 0.6,
 * 0.5), given to the n candidates in ascending memory order. No significance test: this is the
 * rule as the toolkit applies it, kept for comparison.
 */
final class ToolkitRule {

    private static final int FACTORS = 6;

    private ToolkitRule() {
    }

    static double discountFactor(int index) {
        return 1 - 0.5 * index / (FACTORS - 1);
    }

    static Recommendation recommend(List<RecommendationCandidate> ascending) {
        if (ascending.size() > FACTORS) {
            throw new IllegalArgumentException("the toolkit rule has discount factors for at most " + FACTORS
                    + " memory sizes, got " + ascending.size());
        }
        int best = 0;
        double[] scores = new double[ascending.size()];
        for (int i = 0; i < ascending.size(); i++) {
            RecommendationCandidate c = ascending.get(i);
            scores[i] = c.cost().billedLatency().millis() * c.cost().usdPerMillionInvocations().doubleValue()
                    * discountFactor(i);
            if (scores[i] < scores[best]) {
                best = i;
            }
        }
        List<CandidateAssessment> assessments = new ArrayList<>();
        for (int i = 0; i < ascending.size(); i++) {
            RecommendationCandidate c = ascending.get(i);
            assessments.add(new CandidateAssessment(c.memoryMb(), c.latency().meanMillis(),
                    c.cost().billedLatency().millis(), c.cost().usdPerMillionInvocations(), scores[i],
                    "ms × USD per 1M × discount",
                    i == best ? "lowest score" : String.format(Locale.ROOT, "score %.4g ≥ %.4g", scores[i], scores[best])));
        }
        RecommendationCandidate chosen = ascending.get(best);
        String reason = String.format(Locale.ROOT,
                "Toolkit rule: %d MB minimises average latency × cost per 1M invocations × discount "
                        + "(%.2f ms × $%s × %.1f = %.4g).",
                chosen.memoryMb(), chosen.cost().billedLatency().millis(),
                chosen.cost().usdPerMillionInvocations().round(new java.math.MathContext(4)).toPlainString(),
                discountFactor(best), scores[best]);
        return new Recommendation(chosen.memoryMb(), java.util.Optional.empty(), RecommendationStrategy.TOOLKIT,
                reason, assessments);
    }
}
