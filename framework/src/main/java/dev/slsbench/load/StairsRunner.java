package dev.slsbench.load;

import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.StairsPhase;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stairs phase, a closed loop that grows: {@code usersPerStep} users start at the beginning of
 * each step and keep calling (each its next call as soon as its previous one ends) until the phase
 * ends or a {@link StopConditions stopping condition} breaks; no user starts a call after that, and
 * the calls in flight end and are recorded. Each call counts in the step it started in. The
 * measured steps start after a warm-up at the first step's load ({@link #warmUpFirstStep}).
 */
final class StairsRunner {

    private final SageMakerRuntimeClient runtime;
    private final Payloads payloads;
    private final ClosedLoopSettings settings;
    private final StopConditions stopConditions;
    private final LoadListener listener;
    private final Duration metricsResolution;

    StairsRunner(SageMakerRuntimeClient runtime, Payloads payloads, ClosedLoopSettings settings,
                 StopConditions stopConditions, Duration metricsResolution, LoadListener listener) {
        this.metricsResolution = Objects.requireNonNull(metricsResolution, "metricsResolution");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.payloads = Objects.requireNonNull(payloads, "payloads");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.stopConditions = Objects.requireNonNull(stopConditions, "stopConditions");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * The stairs' warm-up at its first step's load: that step's users at once, each making two calls
     * one after the other (the first may start a container, the second finds it warm), in round-robin
     * order whatever the plan's, recorded apart and streamed to the sink as warm-up calls; then the
     * measured steps start in the next period of the endpoint's CloudWatch metrics. So the first
     * step, like the later ones, measures containers that are running, not the endpoint starting.
     */
    private void warmUpFirstStep(LoadTarget target, StairsPhase stairs, InvocationSink sink)
            throws InterruptedException {
        int users = stairs.usersPerStep();
        ConfigurationRecorder warmUp = new ConfigurationRecorder(target.configuration(), target.endpointName(),
                2L * users, sink::acceptWarmUp);
        EndpointCaller caller = new EndpointCaller(runtime, target.endpointName(), payloads, ExampleOrder.ROUND_ROBIN);
        List<Callable<Void>> loops = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            loops.add(() -> {
                for (int call = 0; call < 2 && !Thread.currentThread().isInterrupted(); call++) {
                    caller.call(warmUp);
                }
                return null;
            });
        }
        PhaseThreads.runAll("slsbench-warmup-" + target.configuration().id(), loops);
        MetricsPeriod.awaitNext(metricsResolution);
    }

    RecordedConfiguration run(LoadTarget target, TrafficConfiguration configuration, StairsPhase stairs,
                              InvocationSink sink) throws InterruptedException {
        ConfigurationRecorder recorder = new ConfigurationRecorder(configuration, target.endpointName(), 0, sink);
        EndpointCaller caller = new EndpointCaller(runtime, target.endpointName(), payloads, settings.exampleOrder());
        PhaseThreads.pause(settings.coldStartDelay());
        WarmUp.run(caller, target, settings.warmupInvocations(), sink, Duration.ZERO);
        warmUpFirstStep(target, stairs, sink);
        listener.configurationStarted(configuration, target.endpointName(), 0);
        int totalUsers = stairs.usersPerStep() * stairs.steps();
        ExecutorService users = Executors.newFixedThreadPool(totalUsers,
                Thread.ofPlatform().name("slsbench-stairs-" + configuration.id() + "-", 0).factory());
        long origin = System.nanoTime();
        long stepNanos = stairs.stepDuration().toNanos();
        AtomicInteger running = new AtomicInteger();
        StopMonitor monitor = new StopMonitor(stopConditions, origin, stairs.loadUnit(), running::get);
        recorder.observe(monitor);
        StepRecorder steps = new StepRecorder(stairs, EpochClock.epochNanos(origin));
        recorder.observe(steps);
        long end = monitor.deadlineNanoTime(origin + stairs.totalDuration().toNanos());
        List<Future<?>> loops = new ArrayList<>();
        try {
            for (int step = 0; step < stairs.steps() && !monitor.stopped(); step++) {
                long stepStart = origin + step * stepNanos;
                if (!monitor.awaitUntil(stepStart) || stepStart >= end) {
                    break;
                }
                for (int u = 0; u < stairs.usersPerStep(); u++) {
                    running.incrementAndGet();
                    loops.add(users.submit(() -> {
                        while (!Thread.currentThread().isInterrupted() && !monitor.stopped() && System.nanoTime() < end) {
                            PhaseThreads.pause(settings.thinkTime());
                            caller.call(recorder);
                            listener.progress(configuration, recorder.completed(), 0);
                        }
                        return null;
                    }));
                }
            }
            monitor.awaitUntil(end);
            if (end < origin + stairs.totalDuration().toNanos()) {
                monitor.checkClock();
            }
            users.shutdown();
            for (Future<?> loop : loops) {
                try {
                    loop.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a user of " + configuration.id() + " failed", e.getCause());
                }
            }
        } catch (InterruptedException e) {
            users.shutdownNow();
            users.awaitTermination(PhaseThreads.DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            recorder.abandon("interrupted after " + recorder.completed() + " calls");
            Thread.currentThread().interrupt();
        }
        Optional<StopEvent> stop = monitor.stopThatCut(
                monitor.stop().isPresent() && monitor.stop().get().after().compareTo(stairs.totalDuration()) >= 0);
        stop.ifPresent(event -> listener.configurationAbandoned(configuration, event.describe()));
        Duration ran = stop.map(StopEvent::after).orElse(stairs.totalDuration());
        RecordedConfiguration recorded = recorder.finish().withStepsAndStop(steps.steps(ran), stop);
        listener.configurationFinished(recorded);
        return recorded;
    }

}
