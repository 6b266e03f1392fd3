package dev.slsbench.load;

import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.PayloadOrder;
import dev.slsbench.plan.RampPhase;
import dev.slsbench.plan.StopConditions;
import dev.slsbench.plan.TrafficConfiguration;
import dev.slsbench.record.ConfigurationRecorder;
import dev.slsbench.record.InvocationSink;
import dev.slsbench.record.RecordedConfiguration;
import dev.slsbench.record.StepRecorder;
import dev.slsbench.record.StopEvent;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

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
 *
 * <p>The same loop runs a {@link RampPhase}, whose arrival rate changes linearly
 * ({@link ArrivalSchedule}), recording its calls per step; and both stop early when one of the
 * plan's {@link StopConditions} breaks: no arrival is sent after that, and calls in flight end and
 * are recorded. A ramp first warms its endpoint up at its first step's load ({@link #warmUpRamp}).
 */
public final class OpenLoopRunner {

    /** The seed of the first configuration's schedule; the i-th uses this plus i. */
    public static final long DEFAULT_SEED = 0x5157_BE4CL;

    private final SageMakerRuntimeClient runtime;
    private final Payloads payloads;
    private final Duration coldStartDelay;
    private final long seed;
    private final LoadListener listener;
    private final StopConditions stopConditions;
    private final Consumer<String> warnings;
    private final IntUnaryOperator senders;
    private final ExampleOrder exampleOrder;
    private final Duration metricsResolution;

    /** A call sent this much after its intended start, or later, makes the run warn even if none queued. */
    static final Duration LATE = Duration.ofMillis(100);

    /**
     * A runner in round-robin order, without stop conditions, whose warnings are not kept.
     *
     * @param runtime the runtime client (retries off), pooled for {@link #maxInFlight} calls
     * @param payloads the examples calls draw from
     * @param coldStartDelay waited before each configuration's first arrival
     * @param seed the schedules' seed
     * @param listener told about progress
     */
    public OpenLoopRunner(SageMakerRuntimeClient runtime, Payloads payloads, Duration coldStartDelay, long seed,
                          LoadListener listener) {
        this(runtime, payloads, ExampleOrder.ROUND_ROBIN, coldStartDelay, seed, StopConditions.NONE, listener,
                warning -> { });
    }

    /**
     * @param runtime the runtime client (retries off), pooled for {@link #maxInFlight} calls
     * @param payloads the examples calls draw from
     * @param exampleOrder which example each call sends; under {@link PayloadOrder#ONCE} a phase stops
     *        sending when every example has been sent once
     * @param coldStartDelay waited before each configuration's first arrival
     * @param seed the schedules' seed
     * @param stopConditions when a configuration stops early
     * @param listener told about progress
     * @param warnings told, once per configuration, when arrivals were sent late or {@code once} ran out of time
     */
    public OpenLoopRunner(SageMakerRuntimeClient runtime, Payloads payloads, ExampleOrder exampleOrder,
                          Duration coldStartDelay, long seed, StopConditions stopConditions, LoadListener listener,
                          Consumer<String> warnings) {
        this(runtime, payloads, exampleOrder, coldStartDelay, seed, stopConditions, listener, warnings,
                OpenLoopRunner::maxInFlight, Duration.ZERO);
    }

    /** A runner whose ramps start their measured steps in the next period of the endpoints' CloudWatch metrics. */
    OpenLoopRunner(SageMakerRuntimeClient runtime, Payloads payloads, ExampleOrder exampleOrder,
                   Duration coldStartDelay, long seed, StopConditions stopConditions, LoadListener listener,
                   Consumer<String> warnings, Duration metricsResolution) {
        this(runtime, payloads, exampleOrder, coldStartDelay, seed, stopConditions, listener, warnings,
                OpenLoopRunner::maxInFlight, metricsResolution);
    }

    /** A runner with {@code senders(maxConcurrency)} threads per phase: tests make the client fall behind with it. */
    OpenLoopRunner(SageMakerRuntimeClient runtime, Payloads payloads, Duration coldStartDelay, long seed,
                   LoadListener listener, Consumer<String> warnings, IntUnaryOperator senders) {
        this(runtime, payloads, ExampleOrder.ROUND_ROBIN, coldStartDelay, seed, StopConditions.NONE, listener,
                warnings, senders, Duration.ZERO);
    }

    private OpenLoopRunner(SageMakerRuntimeClient runtime, Payloads payloads, ExampleOrder exampleOrder,
                           Duration coldStartDelay, long seed, StopConditions stopConditions, LoadListener listener,
                           Consumer<String> warnings, IntUnaryOperator senders, Duration metricsResolution) {
        this.metricsResolution = Objects.requireNonNull(metricsResolution, "metricsResolution");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.payloads = Objects.requireNonNull(payloads, "payloads");
        this.exampleOrder = Objects.requireNonNull(exampleOrder, "exampleOrder");
        this.coldStartDelay = Objects.requireNonNull(coldStartDelay, "coldStartDelay");
        this.seed = seed;
        this.stopConditions = Objects.requireNonNull(stopConditions, "stopConditions");
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
        return maxInFlight(phase.maxConcurrency());
    }

    /** The bound on calls in flight against an endpoint with {@code maxConcurrency}. */
    public static int maxInFlight(int maxConcurrency) {
        return 2 * maxConcurrency + 16;
    }

    /**
     * Runs the targets (each an {@link OpenLoopConfiguration}, or a {@link TrafficConfiguration} of a
     * {@link RampPhase}) one after another.
     *
     * @throws InterruptedException when the calling thread is interrupted
     */
    public List<RecordedConfiguration> run(List<LoadTarget> targets, InvocationSink sink) throws InterruptedException {
        List<RecordedConfiguration> results = new ArrayList<>();
        for (LoadTarget target : targets) {
            results.add(runOne(target, sink));
        }
        return results;
    }

    /** What the loop needs of an open-loop phase or a ramp. */
    private record Arrivals(double fromRate, double toRate, Duration duration, int maxConcurrency, long expected,
                            long seed, RampPhase ramp) {

        static Arrivals of(BenchmarkConfiguration configuration, long seed) {
            return switch (configuration) {
                case OpenLoopConfiguration o -> {
                    OpenLoopPhase phase = o.openLoopPhase();
                    yield new Arrivals(phase.arrivalsPerSecond(), phase.arrivalsPerSecond(), phase.duration(),
                            phase.maxConcurrency(), Math.round(phase.expectedArrivals()), seed + o.index(), null);
                }
                case TrafficConfiguration t when t.shape() instanceof RampPhase ramp -> new Arrivals(ramp.fromRate(),
                        ramp.toRate(), ramp.duration(), ramp.maxConcurrency(), Math.round(ramp.expectedArrivals()),
                        seed + RAMP_SEED_OFFSET + t.index(), ramp);
                default -> throw new IllegalArgumentException("configuration " + configuration.id()
                        + " is neither an open-loop configuration nor a ramp");
            };
        }

        double rateAt(long elapsedNanos) {
            return ramp == null ? fromRate : ramp.rateAt(Duration.ofNanos(elapsedNanos));
        }
    }

    /** Ramps draw from seeds apart from the open-loop phases'. */
    private static final long RAMP_SEED_OFFSET = 1_000;

    private RecordedConfiguration runOne(LoadTarget target, InvocationSink sink) throws InterruptedException {
        BenchmarkConfiguration configuration = target.configuration();
        Arrivals arrivals = Arrivals.of(configuration, seed);
        long limit = exampleOrder.calls(Long.MAX_VALUE, payloads.count());
        long expected = Math.min(limit, arrivals.expected());
        ConfigurationRecorder recorder = new ConfigurationRecorder(configuration, target.endpointName(), expected, sink);
        EndpointCaller caller = new EndpointCaller(runtime, target.endpointName(), payloads, exampleOrder);
        int threads = senders.applyAsInt(arrivals.maxConcurrency());
        AtomicInteger unfinished = new AtomicInteger();
        LongAdder queued = new LongAdder();
        LongAccumulator maxLagNanos = new LongAccumulator(Math::max, 0);
        ArrivalSchedule schedule = new ArrivalSchedule(arrivals.fromRate(), arrivals.toRate(),
                arrivals.duration().toNanos(), arrivals.seed());
        PhaseThreads.pause(coldStartDelay);
        if (arrivals.ramp() != null) {
            warmUpRamp(target, arrivals.ramp(), threads, arrivals.seed(), sink);
        }
        listener.configurationStarted(configuration, target.endpointName(), expected);
        ThreadPoolExecutor workers = senders(threads, "slsbench-open-" + configuration.id() + "-");
        long origin = System.nanoTime();
        StopMonitor monitor = new StopMonitor(stopConditions, origin, "calls/s",
                () -> arrivals.rateAt(System.nanoTime() - origin));
        recorder.observe(monitor);
        StepRecorder steps = arrivals.ramp() == null ? null
                : new StepRecorder(arrivals.ramp(), EpochClock.epochNanos(origin));
        if (steps != null) {
            recorder.observe(steps);
        }
        try {
            long plannedEnd = origin + arrivals.duration().toNanos();
            long end = monitor.deadlineNanoTime(plannedEnd);
            long offset = schedule.nextOffsetNanos();
            long intended = offset == Long.MAX_VALUE ? end : origin + offset;
            for (long sent = 0; intended < end && sent < limit; sent++) {
                if (!monitor.awaitUntil(intended)) {
                    break;
                }
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
                offset = schedule.nextOffsetNanos();
                intended = offset == Long.MAX_VALUE ? end : origin + offset;
            }
            if (end < plannedEnd && monitor.stop().isEmpty()) {
                monitor.awaitUntil(end);
                monitor.checkClock();
            }
            finishAll(workers);
        } catch (InterruptedException e) {
            stopAll(workers);
            throw e;
        }
        Optional<StopEvent> stop = monitor.stopThatCut(
                monitor.stop().isPresent() && monitor.stop().get().after().compareTo(arrivals.duration()) >= 0);
        stop.ifPresent(event -> listener.configurationAbandoned(configuration, event.describe()));
        Duration ran = stop.map(StopEvent::after).orElse(arrivals.duration());
        RecordedConfiguration recorded = recorder.finish()
                .withStepsAndStop(steps == null ? List.of() : steps.steps(ran), stop);
        warnIfLate(configuration, recorded.issued(), threads, queued.sum(), maxLagNanos.get());
        if (limit != Long.MAX_VALUE && recorded.issued() < limit && stop.isEmpty()) {
            warnings.accept("open-loop " + configuration.id() + ": its duration ended after " + recorded.issued()
                    + " of " + limit + " examples (payload order once); the rest were not sent");
        }
        listener.configurationFinished(recorded);
        return recorded;
    }

    /**
     * A ramp's warm-up: Poisson arrivals at its first step's offered load for one step's length, sent
     * in round-robin order whatever the plan's order (so they take no example from a {@code once}
     * run), recorded apart and streamed to the sink as warm-up calls, every one awaited; then the
     * measured steps start in the next period of the endpoint's CloudWatch metrics. On a fresh
     * endpoint the first arrivals meet no container and, while containers start, the next ones are
     * throttled; without this the first step's throttles were the endpoint starting, not its
     * capacity, and the knee rule, which counts from the first step, found no knee.
     */
    private void warmUpRamp(LoadTarget target, RampPhase ramp, int threads, long rampSeed, InvocationSink sink)
            throws InterruptedException {
        double rate = ramp.offeredLoad(0);
        long lengthNanos = ramp.stepLength().toNanos();
        ConfigurationRecorder warmUp = new ConfigurationRecorder(target.configuration(), target.endpointName(),
                Math.max(1, Math.round(rate * lengthNanos / 1e9)), sink::acceptWarmUp);
        EndpointCaller caller = new EndpointCaller(runtime, target.endpointName(), payloads, ExampleOrder.ROUND_ROBIN);
        ArrivalSchedule schedule = new ArrivalSchedule(rate, rate, lengthNanos, ~rampSeed);
        StopMonitor clock = new StopMonitor(StopConditions.NONE, System.nanoTime(), ramp.loadUnit(), () -> rate);
        ThreadPoolExecutor workers = senders(threads, "slsbench-warmup-" + target.configuration().id() + "-");
        long origin = System.nanoTime();
        try {
            for (long offset = schedule.nextOffsetNanos(); offset < lengthNanos; offset = schedule.nextOffsetNanos()) {
                long at = origin + offset;
                clock.awaitUntil(at);
                workers.execute(() -> caller.callScheduled(warmUp, at));
            }
            finishAll(workers);
        } catch (InterruptedException e) {
            stopAll(workers);
            throw e;
        }
        MetricsPeriod.awaitNext(metricsResolution);
    }

    /** {@code threads} sender threads, started, whose queue holds every arrival that finds them all busy. */
    private static ThreadPoolExecutor senders(int threads, String namePrefix) {
        ThreadPoolExecutor workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.NANOSECONDS,
                new LinkedBlockingQueue<>(), Thread.ofPlatform().name(namePrefix, 0).factory());
        workers.prestartAllCoreThreads();
        return workers;
    }

    /** Waits until every queued arrival has been sent, however late, and its call has ended (within the SDK's timeouts). */
    private static void finishAll(ThreadPoolExecutor workers) throws InterruptedException {
        workers.shutdown();
        while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
            // calls still in flight
        }
    }

    /** Interrupts the calls in flight, drops the queued arrivals, and waits a bounded time for the threads. */
    private static void stopAll(ThreadPoolExecutor workers) throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(PhaseThreads.DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void warnIfLate(BenchmarkConfiguration configuration, long arrivals, int threads, long queued,
                            long maxLagNanos) {
        if (queued == 0 && maxLagNanos < LATE.toNanos()) {
            return;
        }
        warnings.accept("open-loop " + configuration.id() + ": the client fell behind its schedule: " + queued
                + " of " + arrivals + " arrivals found all " + threads + " sender threads busy and waited; calls were"
                + " sent up to " + Math.round(maxLagNanos / 1e6) + " ms after their intended start, which their"
                + " latencies include");
    }

}
