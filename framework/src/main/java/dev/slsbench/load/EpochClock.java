package dev.slsbench.load;

import java.time.Instant;

/**
 * Converts {@link System#nanoTime()} readings to nanoseconds since the epoch, anchored once,
 * so that a call's wall-clock start and end differ by exactly its monotonic latency and cost
 * one {@code nanoTime()} each.
 */
final class EpochClock {

    private static final long ANCHOR_NANO_TIME;
    private static final long ANCHOR_EPOCH_NANOS;

    static {
        Instant now = Instant.now();
        ANCHOR_NANO_TIME = System.nanoTime();
        ANCHOR_EPOCH_NANOS = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private EpochClock() {
    }

    static long epochNanos(long nanoTime) {
        return ANCHOR_EPOCH_NANOS + (nanoTime - ANCHOR_NANO_TIME);
    }
}
