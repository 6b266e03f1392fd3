package dev.slsbench.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The slowest successful calls of a configuration, at most a fixed number of them, kept as the
 * calls arrive so that memory stays bounded however many calls are made. Cold calls are among
 * the slowest (a cold call waits for a whole container start), so these are what the cold-start
 * classifier looks at once CloudWatch has said how many containers started.
 */
public final class SlowestCalls {

    /** Calls kept per configuration: more than the container starts of any plausible configuration. */
    public static final int KEPT = 256;

    private static final Comparator<InvocationRecord> FASTEST_FIRST =
            Comparator.comparingLong(InvocationRecord::latencyNanos).thenComparingLong(r -> -r.sequence());

    private final int capacity;
    private final PriorityQueue<InvocationRecord> kept;
    /**
     * Once full, the latency of the fastest call kept: a call faster than that cannot get in, which
     * is what nearly every call finds, so it is turned away without taking the lock that the
     * clients of a concurrency phase would otherwise queue on once per call.
     */
    private volatile long entryLatencyNanos = Long.MIN_VALUE;

    /** Keeps at most {@code capacity} calls. */
    public SlowestCalls(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: " + capacity + " is not positive");
        }
        this.capacity = capacity;
        this.kept = new PriorityQueue<>(capacity, FASTEST_FIRST);
    }

    /** Keeps {@code call} when it is among the slowest seen so far. */
    public void offer(InvocationRecord call) {
        if (call.latencyNanos() < entryLatencyNanos) {
            return;
        }
        synchronized (this) {
            if (kept.size() < capacity) {
                kept.add(call);
            } else if (FASTEST_FIRST.compare(call, kept.peek()) > 0) {
                kept.poll();
                kept.add(call);
            } else {
                return;
            }
            if (kept.size() == capacity) {
                entryLatencyNanos = kept.peek().latencyNanos();
            }
        }
    }

    /** The calls kept, slowest first. */
    public synchronized List<InvocationRecord> slowestFirst() {
        List<InvocationRecord> calls = new ArrayList<>(kept);
        calls.sort(FASTEST_FIRST.reversed());
        return calls;
    }
}
