package dev.slsbench.load;

import dev.slsbench.plan.StopConditions;
import dev.slsbench.record.CallObserver;
import dev.slsbench.record.InvocationRecord;
import dev.slsbench.record.StopEvent;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleSupplier;

/**
 * Watches one configuration's calls against the plan's {@link StopConditions} and says when to
 * stop: the p99 and error rate of the calls that ended in the last {@link StopConditions#WINDOW}
 * (judged at most every {@link #JUDGE_EVERY}, once the window holds
 * {@link StopConditions#MIN_WINDOW_CALLS} calls), and the time run. The first condition broken
 * wins; runners poll {@link #stopped()} and issue no call after it.
 *
 * <p>The client cannot tell a cold call from a warm one while it runs, so cold starts count in the
 * rolling p99 as a user would see them. A p99 of fewer than 100 calls would be their maximum, so
 * that one cold start (a user or arrival meeting a starting container) would stop a configuration
 * on its own: below 100 calls the window's slowest call is left out, and it takes two slow calls
 * (or 1% of 100 or more) to stop it.
 */
final class StopMonitor implements CallObserver {

    /** How often the window is judged at most, so that a fast endpoint does not pay a sort per call. */
    static final Duration JUDGE_EVERY = Duration.ofMillis(100);

    private final StopConditions conditions;
    private final long originNanoTime;
    private final String loadUnit;
    private final DoubleSupplier load;
    private final ArrayDeque<long[]> window = new ArrayDeque<>();
    private final LongAdder calls = new LongAdder();
    private long lastJudgedEpochNanos;
    private volatile StopEvent stop;

    /**
     * @param conditions the plan's conditions
     * @param originNanoTime when the configuration started ({@link System#nanoTime()})
     * @param loadUnit the unit of {@code load}
     * @param load the load offered now, read when a condition breaks
     */
    StopMonitor(StopConditions conditions, long originNanoTime, String loadUnit, DoubleSupplier load) {
        this.conditions = Objects.requireNonNull(conditions, "conditions");
        this.originNanoTime = originNanoTime;
        this.loadUnit = Objects.requireNonNull(loadUnit, "loadUnit");
        this.load = Objects.requireNonNull(load, "load");
    }

    /** The stop, once a condition broke. */
    Optional<StopEvent> stop() {
        return Optional.ofNullable(stop);
    }

    /**
     * The stop, when it came before the configuration's planned load had all been offered: a condition
     * that breaks while the last calls drain stopped nothing.
     *
     * @param ranItsCourse whether every planned call was issued (or the planned time had passed)
     */
    Optional<StopEvent> stopThatCut(boolean ranItsCourse) {
        return ranItsCourse ? Optional.empty() : stop();
    }

    /** Whether a condition broke; checks the time limit first. */
    boolean stopped() {
        checkClock();
        return stop != null;
    }

    /** The latest {@link System#nanoTime()} at which the configuration may still issue a call. */
    long deadlineNanoTime(long plannedEnd) {
        return conditions.maxDuration().map(d -> Math.min(plannedEnd, originNanoTime + d.toNanos())).orElse(plannedEnd);
    }

    /**
     * Waits until {@code nanoTime} ({@link System#nanoTime()}), in slices of {@link #JUDGE_EVERY} so
     * that a broken condition is seen soon.
     *
     * @return false when a stopping condition broke first
     * @throws InterruptedException when the waiting thread is interrupted
     */
    boolean awaitUntil(long nanoTime) throws InterruptedException {
        long remaining;
        while ((remaining = nanoTime - System.nanoTime()) > 0) {
            if (stopped()) {
                return false;
            }
            LockSupport.parkNanos(Math.min(remaining, JUDGE_EVERY.toNanos()));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return !stopped();
    }

    /** Stops the configuration when it has run for the maximum duration. */
    void checkClock() {
        if (stop == null && conditions.maxDuration().isPresent()) {
            long elapsed = System.nanoTime() - originNanoTime;
            long limit = conditions.maxDuration().get().toNanos();
            if (elapsed >= limit) {
                synchronized (this) {
                    trigger(StopEvent.Condition.MAX_DURATION, elapsed / 1e9, limit / 1e9);
                }
            }
        }
    }

    /** Counts every call; only a plan with a rolling condition pays for the window and its lock. */
    @Override
    public void observe(InvocationRecord call) {
        calls.increment();
        if (stop != null || (conditions.p99Millis().isEmpty() && conditions.errorRate().isEmpty())) {
            return;
        }
        synchronized (this) {
            observeInWindow(call);
        }
    }

    private void observeInWindow(InvocationRecord call) {
        window.addLast(new long[] {call.endEpochNanos(), call.isSuccess() ? call.latencyNanos() : -1,
                call.outcome().isError() ? 1 : 0});
        long newest = Math.max(call.endEpochNanos(), window.peekLast()[0]);
        long oldest = newest - StopConditions.WINDOW.toNanos();
        while (!window.isEmpty() && window.peekFirst()[0] < oldest) {
            window.removeFirst();
        }
        if (window.size() < StopConditions.MIN_WINDOW_CALLS
                || call.endEpochNanos() - lastJudgedEpochNanos < JUDGE_EVERY.toNanos()) {
            return;
        }
        lastJudgedEpochNanos = call.endEpochNanos();
        judge();
    }

    private void judge() {
        long errors = window.stream().filter(entry -> entry[2] == 1).count();
        double errorRate = (double) errors / window.size();
        if (conditions.errorRate().isPresent() && errors > 0 && errorRate > conditions.errorRate().get()) {
            trigger(StopEvent.Condition.ERROR_RATE, errorRate, conditions.errorRate().get());
            return;
        }
        long[] latencies = window.stream().mapToLong(entry -> entry[1]).filter(l -> l >= 0).toArray();
        if (conditions.p99Millis().isPresent() && latencies.length >= StopConditions.MIN_WINDOW_CALLS) {
            Arrays.sort(latencies);
            int rank = (int) Math.ceil(0.99 * latencies.length);
            double p99Millis = latencies[Math.min(rank, latencies.length - 1) - 1] / 1e6;
            if (p99Millis > conditions.p99Millis().get()) {
                trigger(StopEvent.Condition.P99, p99Millis, conditions.p99Millis().get());
            }
        }
    }

    private void trigger(StopEvent.Condition condition, double measured, double limit) {
        if (stop == null) {
            stop = new StopEvent(condition, measured, limit, load.getAsDouble(), loadUnit,
                    Duration.ofNanos(System.nanoTime() - originNanoTime), calls.sum());
        }
    }
}
