package dev.slsbench.emulator.runtime;

import dev.slsbench.emulator.container.ContainerProcess;
import dev.slsbench.emulator.metrics.MetricStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The endpoints that take traffic, by name, each with its current {@link Deployment}. The control
 * plane prepares a deployment (deployment check: containers start and answer {@code /ping}),
 * activates it when the endpoint goes InService or an update completes, and deactivates it on
 * deletion. A background task scales idle containers down, keeps provisioned ones warm and samples
 * MemoryUtilization and the serverless concurrency metrics.
 */
public final class EndpointFleets implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EndpointFleets.class.getName());
    private static final long SHUTDOWN_WAIT_MILLIS = 5_000;

    private final ContainerFactory factory;
    private final MetricStore metricStore;
    private final long idleTimeoutNanos;
    private final long coldStartWaitNanos;
    private final Map<String, Deployment> active = new ConcurrentHashMap<>();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "slsbench-fleet-maintenance");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param coldStartWait how long a call waits for its cold start before ModelNotReadyException
     */
    public EndpointFleets(ContainerFactory factory, MetricStore metricStore, Duration idleTimeout, Duration coldStartWait,
            Duration metricsSampleInterval) {
        this.factory = factory;
        this.metricStore = metricStore;
        this.idleTimeoutNanos = idleTimeout.toNanos();
        this.coldStartWaitNanos = coldStartWait.toNanos();
        long maintainMillis = Math.clamp(idleTimeout.toMillis() / 4, 10, 1_000);
        background.scheduleWithFixedDelay(() -> guarded(this::maintain), maintainMillis, maintainMillis, TimeUnit.MILLISECONDS);
        long sampleMillis = Math.max(10, metricsSampleInterval.toMillis());
        background.scheduleWithFixedDelay(() -> guarded(this::sample), sampleMillis, sampleMillis, TimeUnit.MILLISECONDS);
    }

    public ContainerFactory containerFactory() {
        return factory;
    }

    /**
     * Builds the fleets of a deployment and runs its deployment check: with ProvisionedConcurrency
     * that many containers start and stay warm; without, one container starts, answers {@code /ping}
     * and stops again, so the first call after creation is a cold start as on SageMaker.
     */
    public Deployment prepare(List<VariantPlan> plans) throws ContainerStartException, InterruptedException {
        List<LiveVariant> variants = new ArrayList<>();
        try {
            for (VariantPlan plan : plans) {
                VariantFleet fleet = new VariantFleet(plan, factory, idleTimeoutNanos, coldStartWaitNanos);
                variants.add(new LiveVariant(fleet, new VariantMetrics(metricStore, plan.endpointName(), plan.variantName())));
                try {
                    if (plan.provisionedConcurrency() > 0) {
                        fleet.warm(plan.provisionedConcurrency());
                    } else {
                        ContainerProcess check = factory.startReady(plan);
                        check.stop();
                        check.connection().close();
                    }
                } catch (ContainerStartException e) {
                    throw e.forVariant(plan.variantName());
                }
            }
        } catch (ContainerStartException | InterruptedException | RuntimeException e) {
            variants.forEach(variant -> variant.fleet().shutdown(SHUTDOWN_WAIT_MILLIS));
            throw e;
        }
        return new Deployment(variants);
    }

    /** Routes the endpoint's calls to a deployment; the one it replaces drains and stops. */
    public void activate(String endpointName, Deployment deployment) {
        Deployment previous = active.put(key(endpointName), deployment);
        if (previous != null && previous != deployment) {
            previous.retire();
        }
    }

    /** Takes the endpoint out of service and stops its containers. */
    public void deactivate(String endpointName) {
        Deployment previous = active.remove(key(endpointName));
        if (previous != null) {
            previous.shutdown(SHUTDOWN_WAIT_MILLIS);
        }
    }

    /** Discards a prepared deployment that will never be activated. */
    public void discard(Deployment deployment) {
        deployment.shutdown(SHUTDOWN_WAIT_MILLIS);
    }

    Deployment find(String endpointName) {
        return active.get(key(endpointName));
    }

    /** Every container of every active endpoint (for diagnostics and tests). */
    public List<ContainerProcess> runningContainers() {
        return active.values().stream().flatMap(deployment -> deployment.variants().stream())
                .flatMap(variant -> variant.fleet().runningContainers().stream()).toList();
    }

    private void maintain() {
        active.values().forEach(deployment -> deployment.variants().forEach(variant -> variant.fleet().maintain()));
    }

    private void sample() {
        Instant now = Instant.now();
        for (Deployment deployment : active.values()) {
            for (LiveVariant variant : deployment.variants()) {
                VariantPlan plan = variant.fleet().plan();
                variant.metrics().concurrency(now, variant.fleet().busyCount(), plan.maxConcurrency(),
                        plan.provisionedConcurrency());
                for (ContainerProcess container : variant.fleet().runningContainers()) {
                    double percent = 100.0 * container.memoryUsageBytes() / container.spec().memoryLimitBytes();
                    variant.metrics().memoryUtilization(now, percent);
                }
            }
        }
    }

    private static void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "fleet maintenance failed", e);
        }
    }

    private static String key(String endpointName) {
        return endpointName.toLowerCase(Locale.ROOT);
    }

    /** Stops every container of every endpoint and waits for them to end. */
    @Override
    public void close() {
        background.shutdownNow();
        List<Deployment> deployments = new ArrayList<>(active.values());
        active.clear();
        deployments.parallelStream().forEach(deployment -> deployment.shutdown(SHUTDOWN_WAIT_MILLIS));
    }
}
