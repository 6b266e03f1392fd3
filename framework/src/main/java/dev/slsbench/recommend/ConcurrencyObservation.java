package dev.slsbench.recommend;

import java.time.Duration;
import java.util.Objects;

/**
 * What one completed concurrency configuration measured, as the MaxConcurrency rule needs it.
 *
 * @param maxConcurrency the endpoint's MaxConcurrency
 * @param clients concurrent clients
 * @param issued calls issued
 * @param ok calls that succeeded
 * @param throttled calls refused with ThrottlingException
 * @param elapsed from the first call's start to the last call's end
 */
public record ConcurrencyObservation(int maxConcurrency, int clients, long issued, long ok, long throttled,
                                     Duration elapsed) {

    public ConcurrencyObservation {
        Objects.requireNonNull(elapsed, "elapsed");
        if (maxConcurrency < 1 || clients < 1) {
            throw new IllegalArgumentException("maxConcurrency/clients: " + maxConcurrency + "/" + clients
                    + " is not at least 1");
        }
        if (ok < 0 || throttled < 0 || ok + throttled > issued) {
            throw new IllegalArgumentException("ok + throttled: " + ok + " + " + throttled + " exceeds issued " + issued);
        }
        if (elapsed.isNegative() || (ok > 0 && elapsed.isZero())) {
            throw new IllegalArgumentException("elapsed: " + elapsed + " is not positive");
        }
    }

    /** Successful calls per second of elapsed time; 0 when none succeeded. */
    public double okPerSecond() {
        return ok == 0 ? 0 : ok / (elapsed.toNanos() / 1e9);
    }

    /** Whether there were no more clients than MaxConcurrency, so no call needed to be throttled. */
    public boolean withinMaxConcurrency() {
        return clients <= maxConcurrency;
    }
}
