package dev.slsbench.emulator;

import dev.slsbench.emulator.container.ContainerProcess;
import dev.slsbench.emulator.container.ImageCatalog;
import dev.slsbench.emulator.container.LeftoverContainers;
import dev.slsbench.emulator.container.ResourceGuard;
import dev.slsbench.emulator.cloudwatch.CloudWatchApi;
import dev.slsbench.emulator.controlplane.SageMakerControlPlane;
import dev.slsbench.emulator.fault.FaultInjector;
import dev.slsbench.emulator.http.HttpFront;
import dev.slsbench.emulator.processing.ProcessingJobApi;
import dev.slsbench.emulator.processing.ProcessingJobs;
import dev.slsbench.emulator.s3.S3Api;
import dev.slsbench.emulator.s3.S3Store;
import dev.slsbench.emulator.metrics.InMemoryMetricStore;
import dev.slsbench.emulator.metrics.MetricStore;
import dev.slsbench.emulator.metrics.QueryableMetricStore;
import dev.slsbench.emulator.pricing.PriceCatalog;
import dev.slsbench.emulator.pricing.PriceListApi;
import dev.slsbench.emulator.runtime.ContainerFactory;
import dev.slsbench.emulator.runtime.EndpointFleets;
import dev.slsbench.emulator.runtime.InvocationApi;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * A running local SageMaker Serverless emulator: the SageMaker control plane (with Processing jobs),
 * the SageMaker runtime, CloudWatch and the S3 operations Processing jobs need on one HTTP port, with model containers run as child processes. Point the AWS SDK
 * (or the AWS CLI, or boto3) at {@link #endpointUrl()} with any credentials and region
 * {@code us-east-1}. {@link #close()} stops every container; containers also die with the emulator's
 * process, however it ends.
 *
 * <pre>{@code
 * try (LocalSageMaker emulator = LocalSageMaker.start(EmulatorOptions.defaults())) {
 *     SageMakerClient sageMaker = SageMakerClient.builder().endpointOverride(emulator.endpointUrl()) ... .build();
 * }
 * }</pre>
 */
public final class LocalSageMaker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalSageMaker.class.getName());
    /** The front reads bodies up to this size so that oversized payloads get SageMaker's error, not a reset. */
    private static final long FRONT_BODY_LIMIT_BYTES = 64L * 1024 * 1024;

    private final EmulatorOptions options;
    private final ResourceGuard guard;
    private final ContainerFactory containers;
    private final EndpointFleets fleets;
    private final SageMakerControlPlane controlPlane;
    private final HttpFront front;
    private final QueryableMetricStore metricStore;
    private final FaultInjector faults;
    private final S3Store s3;
    private final ProcessingJobs processingJobs;

    private LocalSageMaker(EmulatorOptions options, ResourceGuard guard, ContainerFactory containers, EndpointFleets fleets,
            SageMakerControlPlane controlPlane, HttpFront front, QueryableMetricStore metricStore, FaultInjector faults,
            S3Store s3, ProcessingJobs processingJobs) {
        this.s3 = s3;
        this.processingJobs = processingJobs;
        this.faults = faults;
        this.options = options;
        this.guard = guard;
        this.containers = containers;
        this.fleets = fleets;
        this.controlPlane = controlPlane;
        this.front = front;
        this.metricStore = metricStore;
    }

    /**
     * Starts an emulator and returns once it accepts requests.
     *
     * @throws IOException when the port cannot be bound
     * @throws IllegalStateException when the requested enforcement mode is not available on this host
     */
    public static LocalSageMaker start(EmulatorOptions options) throws IOException {
        EmulatorLog.installIfUnconfigured();
        QueryableMetricStore metricStore = options.metricStore()
                .filter(QueryableMetricStore.class::isInstance).map(QueryableMetricStore.class::cast)
                .orElseGet(InMemoryMetricStore::new);
        MetricStore recorded = options.metricStore().filter(store -> store != metricStore)
                .<MetricStore>map(extra -> new TeeMetricStore(metricStore, extra)).orElse(metricStore);
        LeftoverContainers.sweep();
        ResourceGuard guard = ResourceGuard.create(options.enforcement());
        ContainerFactory containers = new ContainerFactory(guard, options.containerStartupTimeout(),
                options.containerLogFile().map(Path::toString).orElse(null));
        EndpointFleets fleets = new EndpointFleets(containers, recorded, options.idleTimeout(),
                options.invocationTimeout(), options.metricsSampleInterval());
        FaultInjector faults = new FaultInjector(options.faults());
        SageMakerControlPlane controlPlane = new SageMakerControlPlane(fleets, new ImageCatalog(options.images()),
                options.creationDelay(), options.quotas(), faults);
        InvocationApi runtime = new InvocationApi(fleets, options.invocationTimeout(), options.maxPayloadBytes(), faults);
        PriceListApi priceList = new PriceListApi(PriceCatalog.bundled());
        S3Store s3 = new S3Store();
        AtomicReference<URI> url = new AtomicReference<>();
        ProcessingJobs processingJobs = new ProcessingJobs(s3, new ImageCatalog(options.images()), url::get);
        ApiRouter router = new ApiRouter(runtime, controlPlane, new CloudWatchApi(metricStore), new S3Api(s3),
                new ProcessingJobApi(processingJobs), priceList);
        HttpFront front;
        try {
            front = HttpFront.start(options.host(), options.port(), router,
                    Math.max(FRONT_BODY_LIMIT_BYTES, options.maxPayloadBytes()));
        } catch (IOException | RuntimeException e) {
            processingJobs.close();
            controlPlane.close();
            fleets.close();
            containers.close();
            guard.close();
            throw e;
        }
        LocalSageMaker emulator = new LocalSageMaker(options, guard, containers, fleets, controlPlane, front, metricStore, faults,
                s3, processingJobs);
        url.set(emulator.endpointUrl());
        LOG.info(() -> "emulator on " + emulator.endpointUrl() + "; resource enforcement: " + guard.describe()
                + "; idle timeout " + options.idleTimeout() + "; images mapped: " + options.images().keySet()
                + "; quotas: " + options.quotas().maxEndpoints() + " endpoints, total MaxConcurrency "
                + options.quotas().maxTotalConcurrency()
                + (options.faults().isActive() ? "; FAULT MODE: " + options.faults() : ""));
        return emulator;
    }

    /** Where the three APIs answer, e.g. {@code http://127.0.0.1:4566}. */
    public URI endpointUrl() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + host + ":" + port());
    }

    public int port() {
        return front.port();
    }

    public EmulatorOptions options() {
        return options;
    }

    /** The store the emulator's CloudWatch API reads its metrics from. */
    public QueryableMetricStore metricStore() {
        return metricStore;
    }

    /** The process ids of the model containers running now. */
    public List<Long> containerPids() {
        return containers.liveContainers().stream().filter(ContainerProcess::isAlive).map(ContainerProcess::pid).toList();
    }

    /** The process ids of one endpoint's model containers running now. */
    public List<Long> containerPids(String endpointName) {
        return containers.liveContainers().stream()
                .filter(container -> container.isAlive() && container.spec().endpointName().equalsIgnoreCase(endpointName))
                .map(ContainerProcess::pid).toList();
    }

    /** The emulator's S3 buckets and objects (also served over HTTP on {@link #endpointUrl()}). */
    public S3Store s3() {
        return s3;
    }

    /** How many faults fault mode has injected so far. */
    public FaultCounts faultCounts() {
        return new FaultCounts(faults.controlPlaneThrottles(), faults.runtimeServerErrors());
    }

    /**
     * The faults injected so far.
     *
     * @param controlPlaneThrottles control-plane calls answered with ThrottlingException
     * @param runtimeServerErrors invocations answered with a 5xx
     */
    public record FaultCounts(long controlPlaneThrottles, long runtimeServerErrors) {
    }

    /** Stops serving, stops every container and removes their cgroups. */
    @Override
    public void close() {
        front.close();
        if (options.faults().isActive()) {
            LOG.info(faults::summary);
        }
        processingJobs.close();
        controlPlane.close();
        fleets.close();
        containers.close();
        guard.close();
        LOG.info("emulator stopped");
    }
}
