package dev.slsbench.load;

import dev.slsbench.payload.Payloads;
import dev.slsbench.record.ConfigurationRecorder;
import dev.slsbench.record.InvocationSink;
import dev.slsbench.record.RecordedConfiguration;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The stability phase: one thread per endpoint, all endpoints at once, calls strictly
 * sequential within each (the endpoints have MaxConcurrency 1), with no pause between calls
 * unless the settings ask for think time. A configuration is abandoned, as in the toolkit, once
 * its failed calls (throttles not counted) reach the error threshold; the reason names the count
 * and the last error.
 */
public final class StabilityRunner {

    private final SageMakerRuntimeClient runtime;
    private final Payloads payloads;
    private final ClosedLoopSettings settings;
    private final LoadListener listener;
    private final Duration metricsResolution;

    /**
     * A runner that starts the measured calls as soon as the warm-up calls ended.
     *
     * @param runtime the runtime client (retries off)
     * @param payloads the examples calls draw from
     * @param settings invocations (one per example under payload order once), error threshold, delays
     * @param listener told about progress
     */
    public StabilityRunner(SageMakerRuntimeClient runtime, Payloads payloads, ClosedLoopSettings settings,
                           LoadListener listener) {
        this(runtime, payloads, settings, Duration.ZERO, listener);
    }

    /**
     * @param runtime the runtime client (retries off)
     * @param payloads the examples calls draw from
     * @param settings invocations (one per example under payload order once), error threshold, delays
     * @param metricsResolution CloudWatch's period for the endpoints' metrics: after warm-up calls the
     *        measured calls wait for the next one, so the metrics count none of the warm-up; zero not to wait
     * @param listener told about progress
     */
    public StabilityRunner(SageMakerRuntimeClient runtime, Payloads payloads, ClosedLoopSettings settings,
                           Duration metricsResolution, LoadListener listener) {
        this.metricsResolution = Objects.requireNonNull(metricsResolution, "metricsResolution");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.payloads = Objects.requireNonNull(payloads, "payloads");
        this.settings = Objects.requireNonNull(settings, "settings").forExamples(payloads.count());
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Runs every target (one per endpoint) in parallel and returns their records in target order.
     *
     * @param sink where each call is streamed as it ends
     * @throws InterruptedException when the calling thread is interrupted; calls in flight are
     *         recorded before it propagates
     */
    public List<RecordedConfiguration> run(List<LoadTarget> targets, InvocationSink sink) throws InterruptedException {
        List<Callable<RecordedConfiguration>> tasks = targets.stream()
                .<Callable<RecordedConfiguration>>map(target -> () -> runOne(target, sink))
                .toList();
        return PhaseThreads.runAll("slsbench-stability", tasks);
    }

    private RecordedConfiguration runOne(LoadTarget target, InvocationSink sink) {
        ConfigurationRecorder recorder = new ConfigurationRecorder(target.configuration(), target.endpointName(),
                settings.invocations(), sink);
        EndpointCaller caller = new EndpointCaller(runtime, target.endpointName(), payloads, settings.exampleOrder());
        listener.configurationStarted(target.configuration(), target.endpointName(), settings.invocations());
        StopMonitor monitor = null;
        try {
            PhaseThreads.pause(settings.coldStartDelay());
            WarmUp.run(caller, target, settings.warmupInvocations(), sink, metricsResolution);
            monitor = new StopMonitor(settings.stopConditions(), System.nanoTime(), "clients", () -> 1);
            recorder.observe(monitor);
            for (int i = 0; i < settings.invocations(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                if (monitor.stopped()) {
                    listener.configurationAbandoned(target.configuration(), monitor.stop().orElseThrow().describe());
                    break;
                }
                PhaseThreads.pause(settings.thinkTime());
                var call = caller.call(recorder);
                listener.progress(target.configuration(), recorder.completed(), settings.invocations());
                long counted = settings.thresholdCountsThrottles() ? recorder.failures() : recorder.errors();
                if (settings.errorThreshold() > 0 && counted >= settings.errorThreshold()) {
                    String reason = counted + " failed calls" + (settings.thresholdCountsThrottles() ? " (throttles included)" : "")
                            + " reached the error threshold of "
                            + settings.errorThreshold() + " after " + recorder.completed() + " of "
                            + settings.invocations() + " calls; last: " + call.errorMessage();
                    recorder.abandon(reason);
                    listener.configurationAbandoned(target.configuration(), reason);
                    break;
                }
            }
        } catch (InterruptedException e) {
            recorder.abandon("interrupted after " + recorder.completed() + " of " + settings.invocations() + " calls");
            Thread.currentThread().interrupt();
        }
        RecordedConfiguration recorded = recorder.finish()
                .withStepsAndStop(List.of(), monitor == null ? Optional.empty()
                        : monitor.stopThatCut(recorder.issued() >= settings.invocations()));
        listener.configurationFinished(recorded);
        return recorded;
    }
}
