package dev.slsbench.load;

import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.record.ConfigurationRecorder;
import dev.slsbench.record.InvocationSink;
import dev.slsbench.record.RecordedConfiguration;
import dev.slsbench.record.StopEvent;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The concurrency phase, a closed loop: for each configuration, {@code clients} threads share
 * its invocations, each making its next call as soon as its previous one ends. Configurations
 * on the same endpoint (one MaxConcurrency, several client counts) run one after another;
 * different endpoints run at the same time, as in the toolkit. Calls beyond MaxConcurrency are
 * throttled by the endpoint and recorded as such, which is the point of multipliers above 1.
 *
 * <p>Each configuration after the first on an endpoint starts just after the next whole multiple
 * of the {@code metricsResolution} (since the epoch), so that CloudWatch, which keeps metrics per
 * period of that length, can report every configuration's figures apart from its neighbours':
 * at most one resolution of idle time per configuration (up to 1 s on the emulator, 60 s on AWS).
 * With warm-up calls the measured calls wait for the next boundary too, so that CloudWatch's
 * figures for a configuration count none of its warm-up calls: one more resolution at most.
 */
public final class ConcurrencyRunner {

    private final SageMakerRuntimeClient runtime;
    private final Payloads payloads;
    private final ClosedLoopSettings settings;
    private final LoadListener listener;
    private final Duration metricsResolution;

    /**
     * A runner that starts each configuration as soon as the previous one on its endpoint ended.
     *
     * @param runtime the runtime client (retries off), pooled for the most clients at once
     * @param payloads the examples calls draw from
     * @param settings invocations per configuration (one per example under payload order once) and delays
     * @param listener told about progress
     */
    public ConcurrencyRunner(SageMakerRuntimeClient runtime, Payloads payloads, ClosedLoopSettings settings,
                             LoadListener listener) {
        this(runtime, payloads, settings, Duration.ZERO, listener);
    }

    /**
     * @param runtime the runtime client (retries off), pooled for the most clients at once
     * @param payloads the examples calls draw from
     * @param settings invocations per configuration (one per example under payload order once) and delays
     * @param metricsResolution CloudWatch's period for the endpoints' metrics, that consecutive
     *        configurations on an endpoint are kept apart by; zero to run them back to back
     * @param listener told about progress
     */
    public ConcurrencyRunner(SageMakerRuntimeClient runtime, Payloads payloads, ClosedLoopSettings settings,
                             Duration metricsResolution, LoadListener listener) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.payloads = Objects.requireNonNull(payloads, "payloads");
        this.settings = Objects.requireNonNull(settings, "settings").forExamples(payloads.count());
        this.metricsResolution = Objects.requireNonNull(metricsResolution, "metricsResolution");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (metricsResolution.isNegative()) {
            throw new IllegalArgumentException("metricsResolution: " + metricsResolution + " is negative");
        }
    }

    /**
     * Runs the targets (each a {@link ConcurrencyConfiguration}) and returns their records in
     * target order.
     *
     * @throws InterruptedException when the calling thread is interrupted
     */
    public List<RecordedConfiguration> run(List<LoadTarget> targets, InvocationSink sink) throws InterruptedException {
        List<Callable<List<RecordedConfiguration>>> tasks = new ArrayList<>();
        for (List<LoadTarget> group : byEndpoint(targets).values()) {
            tasks.add(() -> runEndpoint(group, sink));
        }
        Map<LoadTarget, RecordedConfiguration> recorded = new LinkedHashMap<>();
        List<List<RecordedConfiguration>> results = PhaseThreads.runAll("slsbench-concurrency", tasks);
        for (List<RecordedConfiguration> groupResults : results) {
            for (RecordedConfiguration r : groupResults) {
                recorded.put(new LoadTarget(r.configuration(), r.endpointName()), r);
            }
        }
        return targets.stream().map(recorded::get).filter(Objects::nonNull).toList();
    }

    private List<RecordedConfiguration> runEndpoint(List<LoadTarget> group, InvocationSink sink)
            throws InterruptedException {
        PhaseThreads.pause(settings.coldStartDelay());
        List<RecordedConfiguration> results = new ArrayList<>();
        for (LoadTarget target : group) {
            if (!results.isEmpty()) {
                MetricsPeriod.awaitNext(metricsResolution);
            }
            results.add(runConfiguration(target, sink));
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
        }
        return results;
    }

    private RecordedConfiguration runConfiguration(LoadTarget target, InvocationSink sink) throws InterruptedException {
        int clients = clients(target);
        long planned = settings.invocations();
        ConfigurationRecorder recorder = new ConfigurationRecorder(target.configuration(), target.endpointName(),
                planned, sink);
        EndpointCaller caller = new EndpointCaller(runtime, target.endpointName(), payloads, settings.exampleOrder());
        WarmUp.run(caller, target, settings.warmupInvocations(), sink, metricsResolution);
        AtomicLong remaining = new AtomicLong(planned);
        listener.configurationStarted(target.configuration(), target.endpointName(), planned);
        StopMonitor monitor = new StopMonitor(settings.stopConditions(), System.nanoTime(), "clients", () -> clients);
        recorder.observe(monitor);
        List<Callable<Void>> clientLoops = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            clientLoops.add(() -> {
                while (!Thread.currentThread().isInterrupted() && !monitor.stopped()
                        && remaining.getAndDecrement() > 0) {
                    PhaseThreads.pause(settings.thinkTime());
                    caller.call(recorder);
                    listener.progress(target.configuration(), recorder.completed(), planned);
                }
                return null;
            });
        }
        PhaseThreads.runAll("slsbench-client-" + target.configuration().id(), clientLoops);
        Optional<StopEvent> stop = monitor.stopThatCut(recorder.issued() >= planned);
        stop.ifPresent(event -> listener.configurationAbandoned(target.configuration(), event.describe()));
        RecordedConfiguration recorded = recorder.finish().withStepsAndStop(List.of(), stop);
        listener.configurationFinished(recorded);
        return recorded;
    }

    private static int clients(LoadTarget target) {
        if (target.configuration() instanceof ConcurrencyConfiguration c) {
            return c.clients();
        }
        throw new IllegalArgumentException("configuration " + target.configuration().id()
                + " is not a concurrency configuration");
    }

    private static Map<String, List<LoadTarget>> byEndpoint(List<LoadTarget> targets) {
        Map<String, List<LoadTarget>> groups = new LinkedHashMap<>();
        for (LoadTarget target : targets) {
            groups.computeIfAbsent(target.endpointName(), name -> new ArrayList<>()).add(target);
        }
        return groups;
    }
}
