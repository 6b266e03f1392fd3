package dev.slsbench.provision;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantServerlessConfig;
import software.amazon.awssdk.services.sagemaker.model.ResourceLimitExceededException;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.waiters.SageMakerWaiter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Creates serverless endpoints through the SageMaker API, all of a batch in parallel: per
 * request an endpoint config with one production variant {@value #VARIANT_NAME}
 * ({@code ServerlessConfig{MemorySizeInMB, MaxConcurrency, ProvisionedConcurrency when > 0}})
 * and an endpoint, both tagged ({@link SlsbenchTags}, with a lease renewed by {@link Leases} when
 * given), then waits with the SDK's
 * {@code endpoint_in_service} waiter, polling as the {@link AwsTarget} says.
 *
 * <p>Every resource is registered with the {@link Teardown} before its create call is made, so
 * that a call cut short after SageMaker acted on it (an interrupted run) is still deleted; and
 * {@link #deploy} returns or throws only once its workers have stopped (or
 * {@link #WORKER_STOP_TIMEOUT} passed), so the teardown that follows sees every name they
 * registered. A request that fails (creation refused, status Failed, waiter timeout) is reported
 * with SageMaker's FailureReason when there is one, its resources are deleted at once, and the
 * others go on.
 *
 * <p>Given the account's {@link AccountLimits}, the caller deploys in waves ({@link #nextWave}) that
 * fit next to what other endpoints already use, and a CreateEndpoint refused with
 * ResourceLimitExceeded waits for room instead of failing.
 */
public final class EndpointProvisioner {

    /** The single production variant of every endpoint, as in the toolkit. */
    public static final String VARIANT_NAME = "variant1";
    /**
     * How long {@link #deploy} waits for its workers to stop once interrupted: a control-plane
     * call blocked in a socket read does not heed the interrupt, and ends within the HTTP
     * client's socket timeout (30 s) plus a connection timeout.
     */
    public static final Duration WORKER_STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_PARALLEL_DEPLOYMENTS = 16;

    private final SageMakerClient sageMaker;
    private final AwsTarget target;
    private final Teardown teardown;
    private final ResourceNames names;
    private final String runId;
    private final ProvisioningListener listener;
    private final Leases leases;
    private final AccountLimits limits;

    /**
     * @param sageMaker the control-plane client
     * @param target how long and how often to wait for InService
     * @param teardown where created resources are registered
     * @param names how resources are named
     * @param runId tagged on every resource
     * @param listener told about each deployment
     */
    public EndpointProvisioner(SageMakerClient sageMaker, AwsTarget target, Teardown teardown, ResourceNames names,
                               String runId, ProvisioningListener listener) {
        this(sageMaker, target, teardown, names, runId, listener, null, null);
    }

    /**
     * A provisioner whose resources carry a lease tag, renewed by {@code leases} while they live.
     *
     * @param leases the run's leases; {@code null} for resources without a lease tag
     * @param limits the account's quotas, that {@link #nextWave} fits deployments into; {@code null}
     *        to deploy every request at once
     */
    public EndpointProvisioner(SageMakerClient sageMaker, AwsTarget target, Teardown teardown, ResourceNames names,
                               String runId, ProvisioningListener listener, Leases leases, AccountLimits limits) {
        this.leases = leases;
        this.limits = limits;
        this.sageMaker = Objects.requireNonNull(sageMaker, "sageMaker");
        this.target = Objects.requireNonNull(target, "target");
        this.teardown = Objects.requireNonNull(teardown, "teardown");
        this.names = Objects.requireNonNull(names, "names");
        this.runId = Objects.requireNonNull(runId, "runId");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Deploys every request in parallel and waits for all of them.
     *
     * @throws InterruptedException when the calling thread is interrupted; deployments in
     *         progress are abandoned (their resources stay registered with the teardown), and
     *         their workers are interrupted and waited for, at most {@link #WORKER_STOP_TIMEOUT}
     */
    public DeploymentOutcome deploy(List<EndpointRequest> requests) throws InterruptedException {
        if (requests.isEmpty()) {
            return new DeploymentOutcome(List.of(), List.of());
        }
        int threads = Math.min(requests.size(), MAX_PARALLEL_DEPLOYMENTS);
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("slsbench-deploy-", 0).factory());
        try {
            List<Future<Object>> futures = new ArrayList<>();
            boolean alone = requests.size() == 1;
            for (EndpointRequest request : requests) {
                futures.add(pool.submit(() -> deployOne(request, alone)));
            }
            List<DeployedEndpoint> ready = new ArrayList<>();
            List<DeploymentFailure> failed = new ArrayList<>();
            List<EndpointRequest> deferred = new ArrayList<>();
            for (Future<Object> future : futures) {
                switch (await(future)) {
                    case DeployedEndpoint endpoint -> ready.add(endpoint);
                    case DeploymentFailure failure -> failed.add(failure);
                    case EndpointRequest later -> deferred.add(later);
                    default -> throw new IllegalStateException("unexpected deployment result");
                }
            }
            return new DeploymentOutcome(ready, failed, deferred);
        } finally {
            stop(pool);
        }
    }

    /**
     * The requests to deploy next: the longest prefix of {@code remaining} that fits the account's
     * {@link AccountLimits} next to what its serverless endpoints use now ({@link AccountUsage}).
     * When not even the first fits, waits for room, reading the usage again every
     * {@link AwsTarget#deploymentPollInterval()}, for up to {@link AwsTarget#deploymentTimeout()};
     * then returns the first alone, whose creation is refused and reported. Without limits, or when
     * the usage cannot be read (e.g. ListEndpoints not permitted), the limits alone decide.
     *
     * @throws InterruptedException when interrupted while waiting for room
     */
    public List<EndpointRequest> nextWave(List<EndpointRequest> remaining) throws InterruptedException {
        return nextWave(remaining, Integer.MAX_VALUE);
    }

    /**
     * As {@link #nextWave(List)}, with at most {@code maxSize} requests: 1 after a wave whose every
     * request was deferred, so that one request waits for room alone.
     */
    public List<EndpointRequest> nextWave(List<EndpointRequest> remaining, int maxSize) throws InterruptedException {
        if (limits == null || remaining.isEmpty()) {
            return List.copyOf(remaining.subList(0, Math.min(maxSize, remaining.size())));
        }
        long deadline = System.nanoTime() + target.deploymentTimeout().toNanos();
        boolean told = false;
        while (true) {
            AccountUsage usage;
            try {
                usage = AccountUsage.read(sageMaker);
            } catch (SdkException e) {
                usage = AccountUsage.NONE;
            }
            List<EndpointRequest> wave = new ArrayList<>();
            AccountUsage planned = usage;
            for (EndpointRequest request : remaining) {
                if (wave.size() == maxSize || !limits.fits(planned, request.shape().maxConcurrency())) {
                    break;
                }
                wave.add(request);
                planned = planned.plus(request.shape().maxConcurrency());
            }
            if (!wave.isEmpty() || System.nanoTime() - deadline > 0) {
                return wave.isEmpty() ? List.of(remaining.getFirst()) : wave;
            }
            if (!told) {
                listener.waitingForQuota(remaining.getFirst(), "in use: " + usage + "; the account allows "
                        + limits.maxEndpoints() + " and a total of " + limits.maxTotalConcurrency());
                told = true;
            }
            Thread.sleep(target.deploymentPollInterval());
        }
    }

    /**
     * Interrupts the workers still deploying and waits for them, with this thread's interrupt
     * flag cleared while waiting and restored afterwards.
     */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = Thread.interrupted();
        try {
            pool.awaitTermination(WORKER_STOP_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Object await(Future<Object> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * One deployment: a {@link DeployedEndpoint}, a {@link DeploymentFailure}, or the request itself
     * when it is deferred (refused for quota while not {@code alone}: the rest of its batch holds
     * room that frees once that batch is done).
     */
    private Object deployOne(EndpointRequest request, boolean alone) {
        long startNanos = System.nanoTime();
        ResourceNames.EndpointNames resource = names.next(request.key());
        listener.deploymentStarted(request, resource.endpointName());
        boolean endpointCreated = false;
        try {
            checkMayCreate();
            teardown.willCreateEndpointConfig(resource.endpointConfigName());
            String configArn = sageMaker.createEndpointConfig(r -> r.endpointConfigName(resource.endpointConfigName())
                    .productionVariants(variant(request))
                    .tags(tags(request))).endpointConfigArn();
            teardown.endpointConfigCreated(resource.endpointConfigName());
            hold(configArn);
            checkMayCreate();
            teardown.willCreateEndpoint(resource.endpointName());
            String endpointArn;
            try {
                endpointArn = createEndpoint(request, resource, alone);
            } catch (NoRoomException e) {
                teardown.delete(resource.endpointName(), resource.endpointConfigName());
                listener.waitingForQuota(request, e.getMessage() + "; deferred until this batch's endpoints are deleted");
                return request;
            }
            endpointCreated = true;
            hold(endpointArn);
            teardown.endpointCreated(resource.endpointName());
            WaiterResponse<DescribeEndpointResponse> response = waitInService(resource.endpointName());
            if (response.matched().response().isPresent()) {
                DeployedEndpoint endpoint = new DeployedEndpoint(request, resource.endpointName(),
                        resource.endpointConfigName(), VARIANT_NAME, Duration.ofNanos(System.nanoTime() - startNanos));
                listener.endpointReady(endpoint);
                return endpoint;
            }
            return fail(request, resource, reason(resource.endpointName(), response.matched().exception().orElse(null)));
        } catch (SdkException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            String reason = endpointCreated ? reason(resource.endpointName(), e) : ResourceDeleter.describe(e);
            return fail(request, resource, reason);
        }
    }

    /**
     * CreateEndpoint, waiting for room while SageMaker refuses it with ResourceLimitExceeded
     * (another user's endpoint took the room {@link #nextWave} saw, or the account's quotas are
     * lower than the limits given), up to the deployment timeout; unless other endpoints of its
     * batch hold room, which frees only once the batch is done: then it is deferred.
     *
     * @throws NoRoomException when refused and not {@code alone}
     */
    private String createEndpoint(EndpointRequest request, ResourceNames.EndpointNames resource, boolean alone) {
        long deadline = System.nanoTime() + target.deploymentTimeout().toNanos();
        boolean told = false;
        while (true) {
            try {
                return sageMaker.createEndpoint(r -> r.endpointName(resource.endpointName())
                        .endpointConfigName(resource.endpointConfigName())
                        .tags(tags(request))).endpointArn();
            } catch (AwsServiceException e) {
                if (!isResourceLimitExceeded(e) || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                if (!alone) {
                    throw new NoRoomException(ResourceDeleter.describe(e));
                }
                if (!told) {
                    listener.waitingForQuota(request, ResourceDeleter.describe(e));
                    told = true;
                }
            }
            try {
                Thread.sleep(target.deploymentPollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("the deployment was interrupted while waiting for room in the account");
            }
            checkMayCreate();
        }
    }

    /** CreateEndpoint was refused for quota while other endpoints of the batch hold room. */
    private static final class NoRoomException extends RuntimeException {
        NoRoomException(String message) {
            super(message, null, false, false);
        }
    }

    private static boolean isResourceLimitExceeded(AwsServiceException e) {
        return e instanceof ResourceLimitExceededException || (e.awsErrorDetails() != null
                && "ResourceLimitExceeded".equals(e.awsErrorDetails().errorCode()));
    }

    private List<Tag> tags(EndpointRequest request) {
        return leases == null ? SlsbenchTags.forResource(runId, request.key())
                : SlsbenchTags.forResource(runId, request.key(), leases.expiry());
    }

    private void hold(String arn) {
        if (leases != null && arn != null) {
            leases.hold(arn);
        }
    }

    private void checkMayCreate() {
        if (teardown.isShuttingDown()) {
            throw new CancellationException("the JVM is shutting down");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the deployment was interrupted");
        }
    }

    private WaiterResponse<DescribeEndpointResponse> waitInService(String endpointName) {
        Duration poll = target.deploymentPollInterval();
        Duration timeout = target.deploymentTimeout();
        long attempts = Math.max(2, timeout.toNanos() / poll.toNanos() + 1);
        WaiterOverrideConfiguration waiting = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(poll))
                .maxAttempts((int) Math.min(Integer.MAX_VALUE, attempts))
                .waitTimeout(timeout)
                .build();
        try (SageMakerWaiter waiter = sageMaker.waiter()) {
            return waiter.waitUntilEndpointInService(
                    DescribeEndpointRequest.builder().endpointName(endpointName).build(), waiting);
        }
    }

    /** SageMaker's FailureReason when the endpoint has one, else what the waiter saw. */
    private String reason(String endpointName, Throwable seen) {
        String fallback = seen == null ? "the endpoint did not reach InService" : ResourceDeleter.describe(seen);
        try {
            DescribeEndpointResponse described = sageMaker.describeEndpoint(r -> r.endpointName(endpointName));
            if (described.failureReason() != null && !described.failureReason().isBlank()) {
                return described.failureReason();
            }
            return "status " + described.endpointStatusAsString() + " after waiting: " + fallback;
        } catch (SdkException e) {
            return fallback;
        }
    }

    /**
     * Reports a failed deployment and deletes what it registered: a create call that failed may
     * still have acted (e.g. a retried request), and a name never created counts as deleted.
     */
    private DeploymentFailure fail(EndpointRequest request, ResourceNames.EndpointNames resource, String reason) {
        boolean endpointRegistered = teardown.pendingEndpoints().contains(resource.endpointName());
        boolean configRegistered = teardown.pendingEndpointConfigs().contains(resource.endpointConfigName());
        teardown.delete(endpointRegistered ? resource.endpointName() : null,
                configRegistered ? resource.endpointConfigName() : null);
        DeploymentFailure failure = new DeploymentFailure(request, resource.endpointName(), reason);
        listener.deploymentFailed(failure);
        return failure;
    }

    private static ProductionVariant variant(EndpointRequest request) {
        ProductionVariantServerlessConfig.Builder serverless = ProductionVariantServerlessConfig.builder()
                .memorySizeInMB(request.shape().memoryMb())
                .maxConcurrency(request.shape().maxConcurrency());
        if (request.provisionedConcurrency() > 0) {
            serverless.provisionedConcurrency(request.provisionedConcurrency());
        }
        return ProductionVariant.builder()
                .variantName(VARIANT_NAME)
                .modelName(request.modelName())
                .serverlessConfig(serverless.build())
                .build();
    }
}
