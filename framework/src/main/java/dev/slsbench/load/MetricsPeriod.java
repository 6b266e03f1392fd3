package dev.slsbench.load;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits for the next period of the endpoints' CloudWatch metrics, so that calls made after it
 * are counted apart from those before: CloudWatch keeps the metrics per period of the
 * resolution, aligned to multiples of it since the epoch.
 */
final class MetricsPeriod {

    /** Past the period boundary by this much, for clock differences between client and service. */
    static final Duration CLOCK_MARGIN = Duration.ofMillis(50);

    private MetricsPeriod() {
    }

    /** Waits until just past the next whole multiple of {@code resolution}; zero waits not at all. */
    static void awaitNext(Duration resolution) throws InterruptedException {
        if (resolution.isZero()) {
            return;
        }
        Instant now = Instant.now();
        long nowNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        long step = resolution.toNanos();
        long next = Math.floorDiv(nowNanos, step) * step + step;
        Thread.sleep(Duration.ofNanos(next - nowNanos).plus(CLOCK_MARGIN));
    }
}
