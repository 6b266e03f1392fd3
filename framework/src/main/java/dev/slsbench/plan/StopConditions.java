package dev.slsbench.plan;

import java.time.Duration;
import java.util.Optional;

/**
 * When a configuration stops before its planned load has run, as k6 aborts on a failed threshold
 * and Inference Recommender stops at a latency limit. Each condition is optional; none set means a
 * configuration runs to its end. The rolling conditions judge the calls that ended within the last
 * {@link #WINDOW}, once it holds at least {@link #MIN_WINDOW_CALLS} calls.
 *
 * @param p99Millis stop when the p99 latency of the window's successful calls exceeds this, in ms
 * @param errorRate stop when the fraction of the window's calls that failed (throttles not counted,
 *        as {@code maxErrorRate} counts them) exceeds this
 * @param maxDuration stop a configuration that has run this long
 */
public record StopConditions(Optional<Double> p99Millis, Optional<Double> errorRate, Optional<Duration> maxDuration) {

    /** The rolling window the p99 and error-rate conditions judge. */
    public static final Duration WINDOW = Duration.ofSeconds(5);
    /** The fewest calls in the window before it is judged, so that one slow call cannot stop a run alone. */
    public static final int MIN_WINDOW_CALLS = 20;
    /** No conditions. */
    public static final StopConditions NONE = new StopConditions(Optional.empty(), Optional.empty(), Optional.empty());

    public StopConditions {
        p99Millis = p99Millis == null ? Optional.empty() : p99Millis;
        errorRate = errorRate == null ? Optional.empty() : errorRate;
        maxDuration = maxDuration == null ? Optional.empty() : maxDuration;
    }

    /** Whether any condition is set. */
    public boolean any() {
        return p99Millis.isPresent() || errorRate.isPresent() || maxDuration.isPresent();
    }
}
