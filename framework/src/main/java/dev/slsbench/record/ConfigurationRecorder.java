package dev.slsbench.record;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.stats.LatencyHistograms;
import dev.slsbench.stats.OutcomeCounter;
import dev.slsbench.stats.TpsCounter;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Records the calls of one configuration from any number of client threads, in memory that
 * does not grow with the number of calls: successful latencies in an HdrHistogram
 * {@link Recorder} (nanoseconds, wait-free writers), outcome counts, successful completions per
 * second, byte sums, the first call, the call window, the slowest successful calls (the cold-start
 * candidates) and a bounded sample of error messages.
 * Each record is also handed to an {@link InvocationSink} (the phase's raw CSV) as it arrives.
 *
 * <p>Accounting: {@link #issue()} is called once before each call is sent and
 * {@link #record(InvocationRecord)} once when it ends, whatever the outcome; {@link #finish()}
 * checks that the two counts agree, so no call can be lost or counted twice unnoticed.
 */
public final class ConfigurationRecorder {

    /** Distinct error messages kept per configuration; further ones are counted under "other". */
    public static final int MAX_ERROR_MESSAGES = 10;
    static final int MAX_MESSAGE_CHARS = 300;
    static final String OTHER_MESSAGES = "(other messages)";

    private final BenchmarkConfiguration configuration;
    private final String endpointName;
    private final long plannedCalls;
    private final InvocationSink sink;
    private final Recorder latencies = LatencyHistograms.newRecorder();
    private final Histogram accumulated = LatencyHistograms.newHistogram();
    private final OutcomeCounter outcomes = new OutcomeCounter();
    private final TpsCounter tps = new TpsCounter();
    private final AtomicLong issued = new AtomicLong();
    private final LongAdder completed = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder bytesIn = new LongAdder();
    private final LongAdder bytesOut = new LongAdder();
    private final LongAccumulator firstStart = new LongAccumulator(Math::min, Long.MAX_VALUE);
    private final LongAccumulator lastEnd = new LongAccumulator(Math::max, Long.MIN_VALUE);
    private final AtomicReference<InvocationRecord> firstCall = new AtomicReference<>();
    private final Map<String, LongAdder> errorMessages = new ConcurrentHashMap<>();
    private final AtomicReference<String> abandonedReason = new AtomicReference<>();
    private final SlowestCalls slowest = new SlowestCalls(SlowestCalls.KEPT);
    private final List<CallObserver> observers = new CopyOnWriteArrayList<>();

    /**
     * @param configuration the configuration whose calls are recorded
     * @param endpointName the endpoint they go to
     * @param plannedCalls how many calls the configuration means to make (for progress and results)
     * @param sink where each record is streamed, e.g. the phase's raw CSV writer
     */
    public ConfigurationRecorder(BenchmarkConfiguration configuration, String endpointName, long plannedCalls,
                                 InvocationSink sink) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.endpointName = Objects.requireNonNull(endpointName, "endpointName");
        this.plannedCalls = plannedCalls;
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** The configuration recorded. */
    public BenchmarkConfiguration configuration() {
        return configuration;
    }

    /** Calls planned. */
    public long plannedCalls() {
        return plannedCalls;
    }

    /** Counts a call about to be sent and returns its 0-based sequence number. */
    public long issue() {
        return issued.getAndIncrement();
    }

    /** Records how an issued call ended; call exactly once per {@link #issue()}. */
    public void record(InvocationRecord call) {
        if (call.outcome().isSuccess()) {
            latencies.recordValue(call.latencyNanos());
            slowest.offer(call);
            tps.record(call.endEpochNanos());
        } else {
            failures.increment();
            if (call.outcome().isError()) {
                errors.increment();
            }
        }
        if (call.errorMessage() != null) {
            countMessage(call.outcome() + ": " + call.errorMessage());
        }
        outcomes.record(call.outcome());
        bytesIn.add(call.bytesIn());
        bytesOut.add(call.bytesOut());
        firstStart.accumulate(call.startEpochNanos());
        lastEnd.accumulate(call.endEpochNanos());
        if (call.sequence() == 0) {
            firstCall.set(call);
        }
        sink.accept(configuration, call);
        for (CallObserver observer : observers) {
            observer.observe(call);
        }
        completed.increment();
    }

    /** Adds {@code observer}, which sees every call recorded from now on. */
    public void observe(CallObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
    }

    /** Calls issued so far. */
    public long issued() {
        return issued.get();
    }

    /** Calls recorded so far. */
    public long completed() {
        return completed.sum();
    }

    /** Failed calls so far, throttles included (what the toolkit's error threshold counts). */
    public long failures() {
        return failures.sum();
    }

    /** Failed calls other than throttles so far (what the error threshold counts). */
    public long errors() {
        return errors.sum();
    }

    /** Marks the configuration as abandoned; the first reason given is kept. */
    public void abandon(String reason) {
        abandonedReason.compareAndSet(null, Objects.requireNonNull(reason, "reason"));
    }

    /** Whether {@link #abandon} was called. */
    public boolean isAbandoned() {
        return abandonedReason.get() != null;
    }

    /** The successful latencies recorded since the last call, without stopping writers. */
    public synchronized Histogram latencySnapshot() {
        accumulated.add(latencies.getIntervalHistogram());
        return accumulated.copy();
    }

    /**
     * Everything recorded, once every issued call has ended.
     *
     * @throws IllegalStateException when a call was issued and not recorded (or the reverse)
     */
    public RecordedConfiguration finish() {
        long issuedCalls = issued.get();
        long recordedCalls = completed.sum();
        long counted = outcomes.snapshot().issued();
        if (issuedCalls != recordedCalls || counted != issuedCalls) {
            throw new IllegalStateException("configuration " + configuration.id() + ": " + issuedCalls
                    + " calls issued but " + recordedCalls + " recorded and " + counted + " counted by outcome");
        }
        long start = firstStart.get();
        long end = lastEnd.get();
        Instant windowStart = start == Long.MAX_VALUE ? Instant.now() : Instant.ofEpochSecond(0, start);
        Instant windowEnd = end == Long.MIN_VALUE ? windowStart : Instant.ofEpochSecond(0, end);
        Map<String, Long> messages = new java.util.TreeMap<>();
        errorMessages.forEach((message, count) -> messages.put(message, count.sum()));
        return new RecordedConfiguration(configuration, endpointName, plannedCalls, latencySnapshot(),
                outcomes.snapshot(), tps.summary(), bytesIn.sum(), bytesOut.sum(), Optional.ofNullable(firstCall.get()),
                windowStart, windowEnd, Optional.ofNullable(abandonedReason.get()), messages, tps.series(),
                slowest.slowestFirst());
    }

    private void countMessage(String message) {
        String key = message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) + "..." : message;
        LongAdder count = errorMessages.get(key);
        if (count == null) {
            count = errorMessages.size() < MAX_ERROR_MESSAGES
                    ? errorMessages.computeIfAbsent(key, k -> new LongAdder())
                    : errorMessages.computeIfAbsent(OTHER_MESSAGES, k -> new LongAdder());
        }
        count.increment();
    }
}
