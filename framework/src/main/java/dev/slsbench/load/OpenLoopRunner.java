package dev.slsbench.load;

import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.PayloadOrder;
import dev.slsbench.record.ConfigurationRecorder;
import dev.slsbench.record.InvocationSink;
import dev.slsbench.record.RecordedConfiguration;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.concurrent.locks.LockSupport;

/**
 * The open-loop phase: calls arrive as a Poisson process (exponential gaps drawn from a
 * {@link SplittableRandom} seeded per configuration, so a plan replays the same schedule) at
 * the configuration's rate for its duration, whether or not earlier calls have returned.
 *
 * <p>Each call's latency counts from its <em>intended</em> start in the schedule, not from when
 * a thread got round to sending it, so queueing in the client cannot hide behind a slow
 * endpoint (no coordinated omission; see {@link dev.slsbench.plan.LatencyMeasurement}). At most
 * {@link #maxInFlight} calls are in flight, one per sender thread; an arrival that finds every
 * sender busy waits in an unbounded queue and is sent late, never dropped, its wait counted in its
 * latency. How far the client fell behind is reported as a run warning. Configurations run one
 * after another.
 */
public final class OpenLoopRunner {

    /** The seed of the first configuration's schedule; the i-th uses this plus i. */
    public static final long DEFAULT_SEED = 0x5157_BE4CL;

    /** A call sent this much after its intended start, or later, makes the run warn even if none queued. */
    static final Duration LATE = Duration.ofMillis(100);

    private final SageMakerRuntimeClient runtime;
    private final Payloads payloads;
    private final Duration coldStartDelay;
    private final long seed;
    private final LoadListener listener;
    private final Consumer<String> warnings;
    private final ToIntFunction<OpenLoopPhase> senders;
    private final ExampleOrder exampleOrder;

    /**
     * A runner whose warnings about a client that fell behind are not kept.
     *
     * @param runtime the runtime client (retries off), pooled for {@link #maxInFlight} calls
     * @param payloads the examples calls draw from
     * @param coldStartDelay waited before each configuration's first arrival
     * @param seed the schedules' seed
     * @param listener told about progress
     */
    public OpenLoopRunner(SageMakerRuntimeClient runtime, Payloads payloads, Duration coldStartDelay, long seed,
                          LoadListener listener) {
        this(runtime, payloads, coldStartDelay, seed, listener, warning -> { });
    }

    /**
     * @param runtime the runtime client (retries off), pooled for {@link #maxInFlight} calls
     * @param payloads the examples calls draw from
     * @param coldStartDelay waited before each configuration's first arrival
     * @param seed the schedules' seed
     * @param listener told about progress
     * @param warnings told, once per configuration, when arrivals were sent late
     */
    public OpenLoopRunner(SageMakerRuntimeClient runtime, Payloads payloads, Duration coldStartDelay, long seed,
                          LoadListener listener, Consumer<String> warnings) {
        this(runtime, payloads, ExampleOrder.ROUND_ROBIN, coldStartDelay, seed, listener, warnings);
    }

    /**
     * @param runtime the runtime client (retries off), pooled for {@link #maxInFlight} calls
     * @param payloads the examples calls draw from
     * @param exampleOrder which example each call sends; under {@link PayloadOrder#ONCE} a phase stops
     *        sending when every example has been sent once
     * @param coldStartDelay waited before each configuration's first arrival
     * @param seed the schedules' seed
     * @param listener told about progress
     * @param warnings told, once per configuration, when arrivals were sent late or {@code once} ran out of time
     */
    public OpenLoopRunner(SageMakerRuntimeClient runtime, Payloads payloads, ExampleOrder exampleOrder,
                          Duration coldStartDelay, long seed, LoadListener listener, Consumer<String> warnings) {
        this(runtime, payloads, exampleOrder, coldStartDelay, seed, listener, warnings, OpenLoopRunner::maxInFlight);
    }

    /** A runner with {@code senders} threads per phase: tests make the client fall behind with it. */
    OpenLoopRunner(SageMakerRuntimeClient runtime, Payloads payloads, Duration coldStartDelay, long seed,
                   LoadListener listener, Consumer<String> warnings, ToIntFunction<OpenLoopPhase> senders) {
        this(runtime, payloads, ExampleOrder.ROUND_ROBIN, coldStartDelay, seed, listener, warnings, senders);
    }

    private OpenLoopRunner(SageMakerRuntimeClient runtime, Payloads payloads, ExampleOrder exampleOrder,
                           Duration coldStartDelay, long seed, LoadListener listener, Consumer<String> warnings,
                           ToIntFunction<OpenLoopPhase> senders) {
        this.exampleOrder = Objects.requireNonNull(exampleOrder, "exampleOrder");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.payloads = Objects.requireNonNull(payloads, "payloads");
        this.coldStartDelay = Objects.requireNonNull(coldStartDelay, "coldStartDelay");
        this.seed = seed;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.senders = Objects.requireNonNull(senders, "senders");
    }

    /**
     * The sender threads of a phase, so the bound on its calls in flight: twice the endpoint's
     * MaxConcurrency plus 16. An endpoint holds at most MaxConcurrency calls and refuses the rest at
     * once, so more calls in flight than this means the client itself cannot keep up; further
     * arrivals then wait for a sender and their latency includes the wait.
     */
    public static int maxInFlight(OpenLoopPhase phase) {
        return 2 * phase.maxConcurrency() + 16;
    }

    /**
     * Runs the targets (each an {@link OpenLoopConfiguration}) one after another.
     *
     * @throws InterruptedException when the calling thread is interrupted
     */
    public List<RecordedConfiguration> run(List<LoadTarget> targets, InvocationSink sink) throws InterruptedException {
        List<RecordedConfiguration> results = new ArrayList<>();
        for (LoadTarget target : targets) {
            if (!(target.configuration() instanceof OpenLoopConfiguration configuration)) {
                throw new IllegalArgumentException("configuration " + target.configuration().id()
                        + " is not an open-loop configuration");
            }
            results.add(runOne(target, configuration, sink));
        }
        return results;
    }

    private RecordedConfiguration runOne(LoadTarget target, OpenLoopConfiguration configuration, InvocationSink sink)
            throws InterruptedException {
        OpenLoopPhase phase = configuration.openLoopPhase();
        long limit = exampleOrder.calls(Long.MAX_VALUE, payloads.count());
        long expected = Math.min(limit, Math.round(phase.expectedArrivals()));
        ConfigurationRecorder recorder = new ConfigurationRecorder(configuration, target.endpointName(), expected,
                sink);
        EndpointCaller caller = new EndpointCaller(runtime, target.endpointName(), payloads, exampleOrder);
        int threads = senders.applyAsInt(phase);
        AtomicInteger unfinished = new AtomicInteger();
        LongAdder queued = new LongAdder();
        LongAccumulator maxLagNanos = new LongAccumulator(Math::max, 0);
        SplittableRandom random = new SplittableRandom(seed + configuration.index());
        double meanGapNanos = 1e9 / phase.arrivalsPerSecond();
        PhaseThreads.pause(coldStartDelay);
        listener.configurationStarted(configuration, target.endpointName(), expected);
        ThreadPoolExecutor workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.NANOSECONDS,
                new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name("slsbench-open-" + configuration.id() + "-", 0).factory());
        workers.prestartAllCoreThreads();
        try {
            long origin = System.nanoTime();
            long end = origin + phase.duration().toNanos();
            long intended = origin + gap(random, meanGapNanos);
            for (long arrivals = 0; intended < end && arrivals < limit; arrivals++) {
                waitUntil(intended);
                long at = intended;
                if (unfinished.incrementAndGet() > threads) {
                    queued.increment();
                }
                workers.execute(() -> {
                    maxLagNanos.accumulate(System.nanoTime() - at);
                    try {
                        caller.callScheduled(recorder, at);
                    } finally {
                        unfinished.decrementAndGet();
                    }
                    listener.progress(configuration, recorder.completed(), expected);
                });
                intended += gap(random, meanGapNanos);
            }
            workers.shutdown();
            while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                // every queued arrival is sent, however late; each call ends within the SDK's timeouts
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            workers.awaitTermination(PhaseThreads.DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            throw e;
        }
        RecordedConfiguration recorded = recorder.finish();
        warnIfLate(configuration, recorded.issued(), threads, queued.sum(), maxLagNanos.get());
        if (limit != Long.MAX_VALUE && recorded.issued() < limit) {
            warnings.accept("open-loop " + configuration.id() + ": its duration ended after " + recorded.issued()
                    + " of " + limit + " examples (payload order once); the rest were not sent");
        }
        listener.configurationFinished(recorded);
        return recorded;
    }

    private void warnIfLate(OpenLoopConfiguration configuration, long arrivals, int threads, long queued,
                            long maxLagNanos) {
        if (queued == 0 && maxLagNanos < LATE.toNanos()) {
            return;
        }
        warnings.accept("open-loop " + configuration.id() + ": the client fell behind its schedule: " + queued
                + " of " + arrivals + " arrivals found all " + threads + " sender threads busy and waited; calls were"
                + " sent up to " + Math.round(maxLagNanos / 1e6) + " ms after their intended start, which their"
                + " latencies include");
    }

    private static long gap(SplittableRandom random, double meanGapNanos) {
        return Math.max(1, Math.round(-Math.log(1 - random.nextDouble()) * meanGapNanos));
    }

    private static void waitUntil(long nanoTime) throws InterruptedException {
        long remaining;
        while ((remaining = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }
}
