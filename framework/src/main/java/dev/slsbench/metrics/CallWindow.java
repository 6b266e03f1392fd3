package dev.slsbench.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * When one configuration's calls ran on an endpoint, and when the same endpoint served other
 * configurations' calls either side of them (e.g. the next client count of a MaxConcurrency):
 * a CloudWatch query for this configuration should not reach into that time, as far as the
 * metrics' resolution allows.
 *
 * @param from earliest start of a call
 * @param to latest end of a call
 * @param notBefore when the endpoint's previous configuration ended, {@link Instant#MIN} for none
 * @param notAfter when the endpoint's next configuration started, {@link Instant#MAX} for none
 */
public record CallWindow(Instant from, Instant to, Instant notBefore, Instant notAfter) {

    public CallWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window: " + to + " is before " + from);
        }
        if (from.isBefore(notBefore) || to.isAfter(notAfter)) {
            throw new IllegalArgumentException("window: " + from + ".." + to + " is not within " + notBefore + ".."
                    + notAfter);
        }
    }

    /**
     * Whether a query over {@code [start, end)} includes time in which the endpoint served other
     * configurations, so that their calls are in its figures.
     */
    public boolean sharesTimeWithNeighbours(Instant start, Instant end) {
        return start.isBefore(notBefore) || end.isAfter(notAfter);
    }

    /** Calls from {@code from} to {@code to} on an endpoint that served nothing else. */
    public static CallWindow of(Instant from, Instant to) {
        return new CallWindow(from, to, Instant.MIN, Instant.MAX);
    }
}
