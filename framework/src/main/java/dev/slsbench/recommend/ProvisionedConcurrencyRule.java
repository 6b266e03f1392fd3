package dev.slsbench.recommend;

import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ProvisionedConcurrency half of the recommendation: at the recommended memory size, the
 * smallest value whose stability calls were cold least often. ProvisionedConcurrency buys nothing
 * but fewer cold starts, so a larger value is recommended only when it measurably removed some;
 * its monthly price, when known, is named so the reader can weigh it.
 */
public final class ProvisionedConcurrencyRule {

    private ProvisionedConcurrencyRule() {
    }

    /**
     * The chosen value and why.
     *
     * @param provisionedConcurrency the recommended value
     * @param reason a sentence naming the cold rates compared and the monthly cost
     */
    public record Choice(int provisionedConcurrency, String reason) {
    }

    /** The choice among {@code observations}; empty when fewer than two values were observed. */
    public static Optional<Choice> choose(List<ProvisionedConcurrencyObservation> observations) {
        return choose(observations, 0);
    }

    /**
     * The choice among {@code observations} of configurations that each made
     * {@code warmUpCallsEach} warm-up calls before their measured ones. Warm-up calls take a fresh
     * endpoint's cold starts and count in no statistic, so the reason then says that the cold
     * counts compared cannot show what ProvisionedConcurrency removes.
     */
    public static Optional<Choice> choose(List<ProvisionedConcurrencyObservation> observations, int warmUpCallsEach) {
        if (observations.size() < 2) {
            return Optional.empty();
        }
        ProvisionedConcurrencyObservation best = observations.stream()
                .min(Comparator.comparingDouble(ProvisionedConcurrencyObservation::coldRate)
                        .thenComparingInt(ProvisionedConcurrencyObservation::provisionedConcurrency))
                .orElseThrow();
        ProvisionedConcurrencyObservation smallest = observations.stream()
                .min(Comparator.comparingInt(ProvisionedConcurrencyObservation::provisionedConcurrency)).orElseThrow();
        String measured = String.join(", ", observations.stream()
                .sorted(Comparator.comparingInt(ProvisionedConcurrencyObservation::provisionedConcurrency))
                .map(o -> o.coldCalls() + " of " + o.calls() + " at " + o.provisionedConcurrency()
                        + o.usdPerMonth().map(usd -> " ($" + usd.setScale(2, RoundingMode.HALF_UP).toPlainString()
                                + "/month)").orElse(""))
                .toList());
        String reason = best == smallest
                ? String.format(Locale.ROOT, "ProvisionedConcurrency %d: no larger value saw fewer cold calls in the"
                        + " stability phase (cold calls: %s).", best.provisionedConcurrency(), measured)
                : String.format(Locale.ROOT, "ProvisionedConcurrency %d: the smallest value with the fewest cold calls"
                        + " in the stability phase (cold calls: %s).", best.provisionedConcurrency(), measured);
        if (warmUpCallsEach > 0) {
            reason += String.format(Locale.ROOT, " Each configuration's %d warm-up call%s came first and took its cold"
                    + " starts, so these counts cannot show what ProvisionedConcurrency removes: measure it with a"
                    + " cold-start phase or without warm-up calls.", warmUpCallsEach, warmUpCallsEach == 1 ? "" : "s");
        }
        return Optional.of(new Choice(best.provisionedConcurrency(), reason));
    }
}
