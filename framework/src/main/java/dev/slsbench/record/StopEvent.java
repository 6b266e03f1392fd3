package dev.slsbench.record;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Why and when a configuration was stopped by one of the plan's stopping conditions.
 *
 * @param condition the condition that stopped it
 * @param measured the figure that broke it: the window's p99 in ms, its error rate, or the elapsed seconds
 * @param limit the plan's threshold for that figure
 * @param load the load offered when it stopped, in {@code loadUnit}
 * @param loadUnit {@code users}, {@code calls/s} or {@code clients}
 * @param after how long the configuration had run
 * @param callsEnded calls that had ended when it stopped
 */
public record StopEvent(Condition condition, double measured, double limit, double load, String loadUnit,
                        Duration after, long callsEnded) {

    /** The stopping conditions. */
    public enum Condition {
        /** The rolling p99 of successful calls went above {@code stopP99Millis}. */
        P99,
        /** The rolling fraction of failed calls (throttles not counted) went above {@code stopErrorRate}. */
        ERROR_RATE,
        /** The configuration ran for {@code maxDuration}. */
        MAX_DURATION
    }

    public StopEvent {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(loadUnit, "loadUnit");
        Objects.requireNonNull(after, "after");
    }

    /** One sentence for people, e.g. {@code stopped at 12 calls/s after 31.2 s: rolling p99 412 ms above 300 ms}. */
    public String describe() {
        String what = switch (condition) {
            case P99 -> String.format(Locale.ROOT, "rolling p99 %.0f ms above the stop limit of %s ms", measured,
                    number(limit));
            case ERROR_RATE -> String.format(Locale.ROOT, "rolling error rate %.1f%% above the stop limit of %s%%",
                    measured * 100, number(limit * 100));
            case MAX_DURATION -> "max duration of " + number(limit) + " s reached";
        };
        String unit = load == 1 && !loadUnit.contains("/") ? loadUnit.replaceFirst("s$", "") : loadUnit;
        return String.format(Locale.ROOT, "stopped at %s %s after %.1f s and %d calls: %s", number(load), unit,
                after.toNanos() / 1e9, callsEnded, what);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
