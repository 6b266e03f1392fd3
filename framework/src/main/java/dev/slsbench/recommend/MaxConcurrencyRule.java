package dev.slsbench.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Recommends a MaxConcurrency from the concurrency phase: the largest tested value up to which
 * raising MaxConcurrency still paid off in throughput.
 *
 * <ol>
 *   <li>A value's <em>throughput</em> is the successful calls per second (over the elapsed time)
 *       of its configuration with the most clients not above MaxConcurrency: its own full load,
 *       where no call needs to be throttled. A value tested only above its MaxConcurrency uses
 *       its configuration with the fewest clients. (Configurations above MaxConcurrency end
 *       quickly, their throttled calls returning at once, so their few successful calls over a
 *       short time say little about throughput.)</li>
 *   <li>A value is left out when it did not deliver its own concurrency: more than 1% of the
 *       calls made with no more clients than MaxConcurrency were throttled. (Values tested only
 *       above their MaxConcurrency are kept; the reason says this was not tested.)</li>
 *   <li>From the smallest value left, step to the next larger one while the step pays: its
 *       throughput is higher by at least half the proportional increase (doubling MaxConcurrency
 *       must add at least 50% throughput). The last value reached is recommended.</li>
 * </ol>
 *
 * Why this rule: a serverless endpoint is billed per call, not per unit of MaxConcurrency, so
 * the question is how much concurrency the model can use. Where a step stops paying, the extra
 * containers wait on something shared (CPU of the host, a downstream service) and calls only queue
 * longer; where every step pays, the largest value tested is recommended and the reason says that
 * a larger one may serve more. Throughput per unit of MaxConcurrency in the reason lets a user
 * size for a target rate. Tested throttles above MaxConcurrency are what MaxConcurrency is for
 * and do not count against a value.
 */
public final class MaxConcurrencyRule {

    /** The largest share of calls made within MaxConcurrency that may be throttled. */
    public static final double MAX_THROTTLE_RATE_WITHIN_CAPACITY = 0.01;
    /** The share of the proportional throughput gain a step up must deliver. */
    public static final double MIN_SCALING_EFFICIENCY = 0.5;

    /**
     * The recommended MaxConcurrency and why.
     *
     * @param maxConcurrency the value recommended
     * @param reason the rule's figures, in words
     */
    public record Choice(int maxConcurrency, String reason) {
    }

    private MaxConcurrencyRule() {
    }

    /** Applies the rule to the concurrency configurations that completed; empty when no value qualifies. */
    public static Optional<Choice> choose(List<ConcurrencyObservation> observations) {
        Map<Integer, List<ConcurrencyObservation>> byValue = new TreeMap<>();
        observations.forEach(o -> byValue.computeIfAbsent(o.maxConcurrency(), v -> new ArrayList<>()).add(o));
        List<Integer> candidates = new ArrayList<>();
        List<String> throttling = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Map.Entry<Integer, List<ConcurrencyObservation>> e : byValue.entrySet()) {
            int value = e.getKey();
            List<ConcurrencyObservation> within = e.getValue().stream()
                    .filter(ConcurrencyObservation::withinMaxConcurrency).toList();
            long issued = within.stream().mapToLong(ConcurrencyObservation::issued).sum();
            double rate = issued == 0 ? 0
                    : (double) within.stream().mapToLong(ConcurrencyObservation::throttled).sum() / issued;
            if (rate > MAX_THROTTLE_RATE_WITHIN_CAPACITY) {
                leftOut.add(String.format(Locale.ROOT, "%d is left out: it throttled %s of %d calls made with at most "
                        + "%d clients", value, percent(rate), issued, value));
            } else {
                candidates.add(value);
                throttling.add(value + ": " + (issued == 0 ? "not tested" : percent(rate)));
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, ConcurrencyObservation> fullLoad = new TreeMap<>();
        candidates.forEach(v -> fullLoad.put(v, fullLoad(byValue.get(v))));
        Map<Integer, Double> throughput = new TreeMap<>();
        fullLoad.forEach((v, o) -> throughput.put(v, o.okPerSecond()));
        int chosen = candidates.getFirst();
        List<String> steps = new ArrayList<>();
        String stop = null;
        for (int next : candidates.subList(1, candidates.size())) {
            double gain = throughput.get(next) / throughput.get(chosen) - 1;
            double proportional = (double) next / chosen - 1;
            String step = String.format(Locale.ROOT, "%d → %d: %.1f → %.1f calls/s, %s for %s more MaxConcurrency",
                    chosen, next, throughput.get(chosen), throughput.get(next), signedPercent(gain),
                    percent(proportional));
            if (throughput.get(chosen) > 0 && gain >= MIN_SCALING_EFFICIENCY * proportional) {
                steps.add(step);
                chosen = next;
            } else {
                stop = step + ", less than half the proportional gain";
                break;
            }
        }
        String why;
        if (candidates.size() == 1) {
            why = byValue.size() == 1 ? "the only value tested" : "the only value that qualifies";
        } else if (stop == null) {
            why = "throughput scaled up to it (" + String.join("; ", steps) + "), the largest value tested, "
                    + "so a larger one may serve more";
        } else {
            why = steps.isEmpty() ? "a larger value did not pay (" + stop + ")"
                    : "throughput scaled up to it (" + String.join("; ", steps) + ") and a larger value did not pay ("
                    + stop + ")";
        }
        StringBuilder reason = new StringBuilder(String.format(Locale.ROOT,
                "MaxConcurrency %d: %s; %.1f calls/s with %d clients, %.2f per unit of MaxConcurrency. Throttled with "
                        + "no more clients than MaxConcurrency: %s.", chosen, why, throughput.get(chosen),
                fullLoad.get(chosen).clients(), throughput.get(chosen) / chosen, String.join(", ", throttling)));
        if (!leftOut.isEmpty()) {
            reason.append(' ').append(String.join("; ", leftOut)).append('.');
        }
        return Optional.of(new Choice(chosen, reason.toString()));
    }

    private static ConcurrencyObservation fullLoad(List<ConcurrencyObservation> observations) {
        return observations.stream().filter(ConcurrencyObservation::withinMaxConcurrency)
                .max(Comparator.comparingInt(ConcurrencyObservation::clients))
                .orElseGet(() -> observations.stream().min(Comparator.comparingInt(ConcurrencyObservation::clients))
                        .orElseThrow());
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    private static String signedPercent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", 100 * fraction);
    }
}
