package dev.slsbench;

import dev.slsbench.load.LoadTarget;
import dev.slsbench.metrics.CallWindow;
import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.metrics.MetricsCollector;
import dev.slsbench.output.ColdStartColumn;
import dev.slsbench.output.RawResultsCsvWriter;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.Phase;
import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.DeploymentFailure;
import dev.slsbench.provision.DeploymentOutcome;
import dev.slsbench.provision.EndpointProvisioner;
import dev.slsbench.provision.EndpointRequest;
import dev.slsbench.provision.Teardown;
import dev.slsbench.record.InvocationRecord;
import dev.slsbench.record.InvocationSink;
import dev.slsbench.record.RecordedConfiguration;
import dev.slsbench.result.ConfigurationResult;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one phase end to end: deploys one endpoint per distinct endpoint key (configurations
 * sharing a key share the endpoint), in waves that fit the account's quotas
 * ({@link EndpointProvisioner#nextWave}; one wave when they allow), runs the load on those that
 * deployed while streaming raw rows to the phase's CSV, reads each configuration's CloudWatch metrics over the window of its own
 * measured calls (not reaching into the time its endpoint served the configuration before or after it, or warm-up calls,
 * as far as CloudWatch's resolution allows, with a warning where it cannot; all of a wave at once), judges each call
 * cold, warm or unknown, deletes the wave's endpoints before the next wave, fills the raw CSV's
 * {@code cold_start} column once the phase is over, and returns one result per configuration in
 * planned order
 * (a configuration whose endpoint failed to deploy gets a DEPLOYMENT_FAILED result).
 */
final class PhaseExecution {

    /** The load of one phase, e.g. {@code StabilityRunner::run}. */
    @FunctionalInterface
    interface PhaseLoad {
        List<RecordedConfiguration> run(List<LoadTarget> targets, InvocationSink sink) throws InterruptedException;
    }

    /**
     * What a phase produced.
     *
     * @param results one per configuration, in planned order
     * @param recorded what the recorder saw, by configuration id (configurations that ran)
     */
    record Outcome(List<ConfigurationResult> results, Map<String, RecordedConfiguration> recorded) {
    }

    /** The most CloudWatch reads of one wave in flight at once (GetMetricData allows 50 per second per account). */
    private static final int MAX_PARALLEL_METRIC_READS = 8;

    private final EndpointProvisioner provisioner;
    private final Teardown teardown;
    private final MetricsCollector metrics;
    private final ResultsLayout layout;
    private final BenchmarkListener listener;
    private final List<String> warnings;
    private final boolean includeColdStartsInLatency;
    private final int warmupInvocations;

    /**
     * @param includeColdStartsInLatency whether latency statistics include the calls judged cold
     * @param warmupInvocations warm-up calls the closed-loop phases make per configuration
     */
    PhaseExecution(EndpointProvisioner provisioner, Teardown teardown, MetricsCollector metrics, ResultsLayout layout,
                   BenchmarkListener listener, List<String> warnings, boolean includeColdStartsInLatency,
                   int warmupInvocations) {
        this.includeColdStartsInLatency = includeColdStartsInLatency;
        this.warmupInvocations = warmupInvocations;
        this.provisioner = provisioner;
        this.teardown = teardown;
        this.metrics = metrics;
        this.layout = layout;
        this.listener = listener;
        this.warnings = warnings;
    }

    <C extends BenchmarkConfiguration> Outcome run(Phase phase, List<C> configurations,
                                                   Function<C, EndpointRequest> endpointFor, PhaseLoad load)
            throws InterruptedException {
        return run(phase, configurations, endpointFor, load, null, () -> { });
    }

    /**
     * Runs a phase, its first wave taken from {@code early} when that was started for this phase's
     * endpoints (else {@code early} is left to its owner to close), and {@code afterLoad} run once the
     * last wave's calls are done, before its CloudWatch reads: where the next phase's
     * {@link #deployEarly early wave} starts.
     */
    <C extends BenchmarkConfiguration> Outcome run(Phase phase, List<C> configurations,
                                                   Function<C, EndpointRequest> endpointFor, PhaseLoad load,
                                                   EarlyWave early, Runnable afterLoad)
            throws InterruptedException {
        listener.phaseStarted(phase, List.copyOf(configurations));
        Map<String, EndpointRequest> requests = endpointRequests(configurations, endpointFor);
        Map<String, String> keyOf = new HashMap<>();
        for (C configuration : configurations) {
            keyOf.put(configuration.id(), endpointFor.apply(configuration).key());
        }
        Map<String, ConfigurationResult> resultsById = new HashMap<>();
        Map<String, RecordedConfiguration> recorded = new LinkedHashMap<>();
        List<ColdStartColumn.Marks> marks = new ArrayList<>();
        try (RawResultsCsvWriter raw = RawResultsCsvWriter.open(phase, layout)) {
            List<EndpointRequest> remaining = new ArrayList<>(requests.values());
            int maxWave = Integer.MAX_VALUE;
            boolean earlyWave = early != null && early.requests().equals(remaining);
            while (!remaining.isEmpty()) {
                EarlyWave.Deployed taken = earlyWave ? early.take() : null;
                earlyWave = false;
                List<EndpointRequest> wave = taken != null ? taken.wave() : provisioner.nextWave(remaining, maxWave);
                remaining.removeAll(wave);
                DeploymentOutcome deployed = taken != null ? taken.outcome() : provisioner.deploy(wave);
                remaining.addAll(0, deployed.deferred());
                // a wave that deployed nothing for want of room is followed by one request waiting for room alone
                maxWave = deployed.ready().isEmpty() && deployed.failed().isEmpty() ? 1 : Integer.MAX_VALUE;
                List<String> waveKeys = wave.stream().map(EndpointRequest::key)
                        .filter(key -> deployed.deferred().stream().noneMatch(d -> d.key().equals(key))).toList();
                List<C> waveConfigurations = configurations.stream()
                        .filter(c -> waveKeys.contains(keyOf.get(c.id()))).toList();
                if (!waveConfigurations.isEmpty()) {
                    runWave(phase, deployed, waveConfigurations, keyOf, load, raw, resultsById, recorded, marks,
                            remaining.isEmpty() ? afterLoad : () -> { });
                } else if (remaining.isEmpty()) {
                    afterLoad.run();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + phase + " raw results under " + layout.root(), e);
        }
        try {
            ColdStartColumn.fill(RawResultsCsvWriter.file(phase, layout), phase, marks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark cold starts in the " + phase + " raw results under "
                    + layout.root(), e);
        }
        List<ConfigurationResult> results = configurations.stream().map(c -> resultsById.get(c.id())).toList();
        listener.phaseFinished(phase, results);
        return new Outcome(results, recorded);
    }

    /**
     * Starts deploying the first wave of a phase whose configurations are known already, in the
     * background; give it to {@link #run(Phase, List, Function, PhaseLoad, EarlyWave, Runnable)} for
     * that phase, and close it in any case (closing a wave the phase took does nothing).
     */
    <C extends BenchmarkConfiguration> EarlyWave deployEarly(List<C> configurations,
                                                             Function<C, EndpointRequest> endpointFor) {
        return EarlyWave.start(List.copyOf(endpointRequests(configurations, endpointFor).values()), provisioner, teardown);
    }

    /** One request per distinct endpoint key, in planned order. */
    private static <C extends BenchmarkConfiguration> Map<String, EndpointRequest> endpointRequests(
            List<C> configurations, Function<C, EndpointRequest> endpointFor) {
        Map<String, EndpointRequest> requests = new LinkedHashMap<>();
        for (C configuration : configurations) {
            EndpointRequest request = endpointFor.apply(configuration);
            requests.putIfAbsent(request.key(), request);
        }
        return requests;
    }

    /**
     * Runs one deployed wave's configurations on the endpoints that deployed, reads their metrics
     * and deletes the endpoints; a configuration whose endpoint failed gets a DEPLOYMENT_FAILED
     * result.
     */
    private <C extends BenchmarkConfiguration> void runWave(Phase phase, DeploymentOutcome deployed, List<C> configurations,
                                                            Map<String, String> keyOf, PhaseLoad load,
                                                            RawResultsCsvWriter raw,
                                                            Map<String, ConfigurationResult> resultsById,
                                                            Map<String, RecordedConfiguration> recorded,
                                                            List<ColdStartColumn.Marks> marks, Runnable afterLoad)
            throws InterruptedException {
        Instant deployedAt = Instant.now();
        try {
            List<LoadTarget> targets = new ArrayList<>();
            for (C configuration : configurations) {
                deployed.endpoint(keyOf.get(configuration.id()))
                        .ifPresent(endpoint -> targets.add(new LoadTarget(configuration, endpoint.endpointName())));
            }
            Map<String, WarmUpSpan> warmUps = new ConcurrentHashMap<>();
            InvocationSink sink = new InvocationSink() {
                @Override
                public void accept(BenchmarkConfiguration configuration, InvocationRecord call) {
                    raw.append(configuration, call);
                }

                @Override
                public void acceptWarmUp(BenchmarkConfiguration configuration, InvocationRecord call) {
                    raw.appendWarmUp(configuration, call);
                    warmUps.merge(configuration.id(), WarmUpSpan.of(call), WarmUpSpan::union);
                }
            };
            Map<String, RecordedConfiguration> waveRecorded = new LinkedHashMap<>();
            for (RecordedConfiguration r : load.run(targets, sink)) {
                waveRecorded.put(r.configuration().id(), r);
            }
            recorded.putAll(waveRecorded);
            afterLoad.run();
            Map<String, EndpointMetrics> metricsById = collectMetrics(deployed, waveRecorded, keyOf, warmUps);
            // traffic shapes always warm up; the other closed-loop phases when asked to
            Map<String, Boolean> fresh = phase == Phase.TRAFFIC || phase != Phase.OPEN_LOOP && warmupInvocations > 0
                    ? Map.of() : freshEndpoints(deployed, waveRecorded, keyOf);
            for (C configuration : configurations) {
                String key = keyOf.get(configuration.id());
                RecordedConfiguration r = waveRecorded.get(configuration.id());
                if (r != null) {
                    EndpointMetrics m = metricsById.get(configuration.id());
                    ColdStartClassifier.Verdict verdict = ColdStartClassifier.classify(r, m,
                            fresh.getOrDefault(configuration.id(), false));
                    marks.add(new ColdStartColumn.Marks(configuration, verdict.coldCalls(), verdict.othersKnownWarm()));
                    resultsById.put(configuration.id(),
                            ConfigurationResults.measured(r, m, verdict, includeColdStartsInLatency));
                } else {
                    DeploymentFailure failure = deployed.failed().stream().filter(f -> f.key().equals(key)).findFirst()
                            .orElseThrow(() -> new IllegalStateException("configuration " + configuration.id()
                                    + " neither ran nor failed to deploy"));
                    resultsById.put(configuration.id(), ConfigurationResults.deploymentFailed(configuration, failure,
                            deployedAt));
                }
            }
        } finally {
            for (DeployedEndpoint endpoint : deployed.ready()) {
                teardown.delete(endpoint.endpointName(), endpoint.endpointConfigName()).failures()
                        .forEach(failure -> warnings.add("could not delete after the " + phase + " phase: " + failure));
            }
        }
    }

    /**
     * By configuration id, whether it was the first to use an endpoint deployed without provisioned
     * concurrency, so that its first call had to start a container.
     */
    private static Map<String, Boolean> freshEndpoints(DeploymentOutcome deployed,
                                                       Map<String, RecordedConfiguration> recorded,
                                                       Map<String, String> keyOf) {
        Map<String, Boolean> fresh = new HashMap<>();
        for (DeployedEndpoint endpoint : deployed.ready()) {
            recorded.values().stream()
                    .filter(r -> endpoint.key().equals(keyOf.get(r.configuration().id())))
                    .min(Comparator.comparing(RecordedConfiguration::windowStart))
                    .ifPresent(first -> fresh.put(first.configuration().id(),
                            endpoint.request().provisionedConcurrency() == 0));
        }
        return fresh;
    }

    /**
     * Each recorded configuration's metrics, by configuration id, read for all of them at once: each
     * read waits for CloudWatch to count its calls (on AWS a minute or more), and those waits overlap.
     * A configuration's window keeps clear of what the endpoint served outside its measured calls:
     * the configuration before it, its own warm-up calls, and the next configuration from its first
     * warm-up call on.
     */
    private Map<String, EndpointMetrics> collectMetrics(DeploymentOutcome deployed,
                                                        Map<String, RecordedConfiguration> recorded,
                                                        Map<String, String> keyOf, Map<String, WarmUpSpan> warmUps)
            throws InterruptedException {
        Map<String, Callable<EndpointMetrics>> reads = new LinkedHashMap<>();
        for (DeployedEndpoint endpoint : deployed.ready()) {
            List<RecordedConfiguration> calls = recorded.values().stream()
                    .filter(r -> endpoint.key().equals(keyOf.get(r.configuration().id())))
                    .sorted(Comparator.comparing(RecordedConfiguration::windowStart)).toList();
            for (int i = 0; i < calls.size(); i++) {
                RecordedConfiguration r = calls.get(i);
                Instant notBefore = i == 0 ? Instant.MIN : calls.get(i - 1).windowEnd();
                WarmUpSpan ownWarmUp = warmUps.get(r.configuration().id());
                if (ownWarmUp != null) {
                    notBefore = max(notBefore, ownWarmUp.end());
                }
                Instant notAfter = Instant.MAX;
                if (i < calls.size() - 1) {
                    RecordedConfiguration next = calls.get(i + 1);
                    WarmUpSpan nextWarmUp = warmUps.get(next.configuration().id());
                    notAfter = nextWarmUp == null ? next.windowStart() : min(nextWarmUp.start(), next.windowStart());
                }
                CallWindow window = new CallWindow(r.windowStart(), r.windowEnd(), min(notBefore, r.windowStart()),
                        max(notAfter, r.windowEnd()));
                reads.put(r.configuration().id(), () -> collect(endpoint, r, window));
            }
        }
        Map<String, EndpointMetrics> byId = new HashMap<>();
        if (reads.isEmpty()) {
            return byId;
        }
        // platform threads: a virtual thread's socket I/O would start the JDK's poller, which delays the JVM's exit
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(reads.size(), MAX_PARALLEL_METRIC_READS),
                Thread.ofPlatform().name("slsbench-metrics-", 0).daemon().factory());
        try {
            Map<String, Future<EndpointMetrics>> futures = new LinkedHashMap<>();
            reads.forEach((id, read) -> futures.put(id, pool.submit(read)));
            for (Map.Entry<String, Future<EndpointMetrics>> future : futures.entrySet()) {
                try {
                    byId.put(future.getKey(), future.getValue().get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException("reading CloudWatch metrics failed", e.getCause());
                }
            }
            return byId;
        } finally {
            pool.shutdownNow();
        }
    }

    /** When a configuration's warm-up calls ran: from the first one's start to the last one's end. */
    private record WarmUpSpan(Instant start, Instant end) {

        static WarmUpSpan of(InvocationRecord call) {
            return new WarmUpSpan(Instant.ofEpochSecond(0, call.startEpochNanos()),
                    Instant.ofEpochSecond(0, call.endEpochNanos()));
        }

        WarmUpSpan union(WarmUpSpan other) {
            return new WarmUpSpan(min(start, other.start), max(end, other.end));
        }
    }

    private EndpointMetrics collect(DeployedEndpoint endpoint, RecordedConfiguration r, CallWindow window)
            throws InterruptedException {
        try {
            EndpointMetrics collected = metrics.collect(endpoint.endpointName(), endpoint.variantName(), window,
                    r.outcomes().ok());
            if (window.sharesTimeWithNeighbours(collected.windowStart(), collected.windowEnd())) {
                warnings.add("CloudWatch metrics of " + r.configuration().id() + " (" + collected.windowStart() + " to "
                        + collected.windowEnd() + ") also count warm-up calls or calls of the configuration before or"
                        + " after it on "
                        + endpoint.endpointName() + ": CloudWatch keeps these metrics per " + metrics.resolution().toSeconds()
                        + " s");
            }
            return collected;
        } catch (SdkException e) {
            warnings.add("CloudWatch metrics of " + endpoint.endpointName() + " for " + r.configuration().id()
                    + " could not be read: " + e.getMessage());
            return EndpointMetrics.none(endpoint.endpointName(), r.windowStart());
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
