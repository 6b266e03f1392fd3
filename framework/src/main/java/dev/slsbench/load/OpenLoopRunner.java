package dev.slsbench.load;

import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.record.ConfigurationRecorder;
import dev.slsbench.record.InvocationSink;
import dev.slsbench.record.RecordedConfiguration;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The open-loop phase: calls arrive as a Poisson process (exponential gaps drawn from a
 * {@link SplittableRandom} seeded per configuration, so a plan replays the same schedule) at
 * the configuration's rate for its duration, whether or not earlier calls have returned.
 *
 * <p>Each call's latency counts from its <em>intended</em> start in the schedule, not from when
 * a thread got round to sending it, so queueing in the client cannot hide behind a slow
 * endpoint (no coordinated omission). Calls in flight are bounded by {@link #maxInFlight}; an
 * arrival beyond the bound is not dropped but recorded at once as a client error saying so.
 * Configurations run one after another.
 */
public final class OpenLoopRunner {

    /** The seed of the first configuration's schedule; the i-th uses this plus i. */
    public static final long DEFAULT_SEED = 0x5157_BE4CL;

    private final SageMakerRuntimeClient runtime;
    private final Payloads payloads;
    private final Duration coldStartDelay;
    private final long seed;
    private final LoadListener listener;

    /**
     * @param runtime the runtime client (retries off), pooled for {@link #maxInFlight} calls
     * @param payloads the examples calls draw from
     * @param coldStartDelay waited before each configuration's first arrival
     * @param seed the schedules' seed
     * @param listener told about progress
     */
    public OpenLoopRunner(SageMakerRuntimeClient runtime, Payloads payloads, Duration coldStartDelay, long seed,
                          LoadListener listener) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.payloads = Objects.requireNonNull(payloads, "payloads");
        this.coldStartDelay = Objects.requireNonNull(coldStartDelay, "coldStartDelay");
        this.seed = seed;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * The bound on calls in flight for a phase: twice the endpoint's MaxConcurrency plus 16.
     * An endpoint holds at most MaxConcurrency calls and refuses the rest at once, so more calls
     * in flight than this means the client itself cannot keep up.
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
        long expected = Math.round(phase.expectedArrivals());
        ConfigurationRecorder recorder = new ConfigurationRecorder(configuration, target.endpointName(), expected, sink);
        EndpointCaller caller = new EndpointCaller(runtime, target.endpointName(), payloads);
        int cap = maxInFlight(phase);
        AtomicInteger inFlight = new AtomicInteger();
        SplittableRandom random = new SplittableRandom(seed + configuration.index());
        double meanGapNanos = 1e9 / phase.arrivalsPerSecond();
        PhaseThreads.pause(coldStartDelay);
        listener.configurationStarted(configuration, target.endpointName(), expected);
        ExecutorService workers = Executors.newFixedThreadPool(cap,
                Thread.ofPlatform().name("slsbench-open-" + configuration.id() + "-", 0).factory());
        try {
            long origin = System.nanoTime();
            long end = origin + phase.duration().toNanos();
            long intended = origin + gap(random, meanGapNanos);
            while (intended < end) {
                waitUntil(intended);
                long at = intended;
                if (inFlight.incrementAndGet() > cap) {
                    inFlight.decrementAndGet();
                    caller.refuse(recorder, at, "not sent: " + cap + " calls already in flight (open-loop bound)");
                    listener.progress(configuration, recorder.completed(), expected);
                } else {
                    workers.execute(() -> {
                        try {
                            caller.callScheduled(recorder, at);
                        } finally {
                            inFlight.decrementAndGet();
                        }
                        listener.progress(configuration, recorder.completed(), expected);
                    });
                }
                intended += gap(random, meanGapNanos);
            }
            workers.shutdown();
            if (!workers.awaitTermination(PhaseThreads.DRAIN_TIMEOUT.toNanos() + Duration.ofMinutes(2).toNanos(),
                    TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("open-loop calls of " + configuration.id() + " did not end");
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            workers.awaitTermination(PhaseThreads.DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            throw e;
        }
        RecordedConfiguration recorded = recorder.finish();
        listener.configurationFinished(recorded);
        return recorded;
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
