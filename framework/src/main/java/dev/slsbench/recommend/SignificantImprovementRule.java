package dev.slsbench.recommend;

import dev.slsbench.plan.RecommendationStrategy;
import dev.slsbench.stats.SignificanceResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule behind COST, SPEED and BALANCED: find the candidate with the best objective, then
 * recommend the smallest memory size whose objective is not significantly worse than the
 * best's. A larger (dearer per second) configuration is preferred only when its advantage over
 * every smaller one is statistically significant and at least the minimum improvement; otherwise
 * the smaller one is kept and the reason says which comparison fell short.
 *
 * <p>Each smaller candidate is tested against the best separately at level α with no
 * multiple-comparison correction; more tests can only make a fallback to a smaller size more
 * likely, which is the conservative direction.
 */
final class SignificantImprovementRule {

    private SignificantImprovementRule() {
    }

    static Recommendation recommend(RecommendationStrategy strategy, Objective objective,
                                    List<RecommendationCandidate> ascending, SignificanceSettings settings) {
        int best = 0;
        for (int i = 1; i < ascending.size(); i++) {
            if (objective.value(ascending.get(i)) < objective.value(ascending.get(best))) {
                best = i;
            }
        }
        RecommendationCandidate bestCandidate = ascending.get(best);
        double bestValue = objective.value(bestCandidate);
        String[] verdicts = new String[ascending.size()];
        int chosen = best;
        String reason = null;
        List<String> wins = new ArrayList<>();
        for (int i = 0; i < best; i++) {
            RecommendationCandidate smaller = ascending.get(i);
            double smallerValue = objective.value(smaller);
            double improvement = smallerValue == 0 ? 0 : (smallerValue - bestValue) / smallerValue;
            SignificanceResult test = objective.aBetterThanB(bestCandidate, smaller, settings.alpha());
            String comparison = String.format(Locale.ROOT, "%.1f%% better, %s", 100 * improvement, test.describe());
            boolean real = test.significant() && improvement >= settings.minimumRelativeImprovement();
            if (!real && chosen == best) {
                chosen = i;
                verdicts[i] = "chosen: " + bestCandidate.memoryMb() + " MB's advantage (" + comparison + ") is not "
                        + shortfall(test, improvement, settings);
                reason = String.format(Locale.ROOT,
                        "%s: %d MB has the lowest %s (%s), but its advantage over %d MB (%s) is not %s, "
                                + "so the smaller %d MB is recommended.",
                        strategy, bestCandidate.memoryMb(), objective.label(), format(bestValue, objective),
                        smaller.memoryMb(), comparison, shortfall(test, improvement, settings), smaller.memoryMb());
            } else {
                verdicts[i] = (real ? "significantly worse than " : "not significantly worse than ")
                        + bestCandidate.memoryMb() + " MB (" + comparison + ")";
                wins.add(smaller.memoryMb() + " MB: " + comparison);
            }
        }
        for (int i = best + 1; i < ascending.size(); i++) {
            verdicts[i] = "larger than the best, " + format(objective.value(ascending.get(i)), objective);
        }
        if (chosen == best) {
            verdicts[best] = "chosen: lowest " + objective.label();
            reason = best == 0
                    ? String.format(Locale.ROOT, "%s: %d MB, the smallest size, has the lowest %s (%s).", strategy,
                    bestCandidate.memoryMb(), objective.label(), format(bestValue, objective))
                    : String.format(Locale.ROOT, "%s: %d MB has the lowest %s (%s) and beats every smaller size "
                            + "significantly at α = %s (%s).", strategy, bestCandidate.memoryMb(), objective.label(),
                    format(bestValue, objective), settings.alpha(), String.join("; ", wins));
        } else {
            verdicts[best] = "lowest " + objective.label() + ", advantage not significant";
        }
        List<CandidateAssessment> assessments = new ArrayList<>();
        for (int i = 0; i < ascending.size(); i++) {
            RecommendationCandidate c = ascending.get(i);
            assessments.add(new CandidateAssessment(c.memoryMb(), c.latency().meanMillis(),
                    c.cost().billedLatency().millis(), c.cost().usdPerMillionInvocations(), objective.value(c),
                    objective.unit(), verdicts[i]));
        }
        return new Recommendation(ascending.get(chosen).memoryMb(), Optional.empty(), strategy, reason, assessments);
    }

    private static String shortfall(SignificanceResult test, double improvement, SignificanceSettings settings) {
        if (!test.significant()) {
            return "significant at α = " + settings.alpha();
        }
        return String.format(Locale.ROOT, "the required %.1f%% (found %.1f%%)",
                100 * settings.minimumRelativeImprovement(), 100 * improvement);
    }

    private static String format(double value, Objective objective) {
        return String.format(Locale.ROOT, "%.4g %s", value, objective.unit());
    }
}
