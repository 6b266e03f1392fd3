package dev.slsbench.emulator.runtime;

import dev.slsbench.emulator.container.ContainerExit;
import dev.slsbench.emulator.container.ContainerProcess;
import dev.slsbench.emulator.container.ContainerResponse;
import dev.slsbench.emulator.fault.FaultInjector;
import dev.slsbench.emulator.http.ApiRequest;
import dev.slsbench.emulator.http.ApiResponse;
import dev.slsbench.emulator.http.RequestIds;
import dev.slsbench.emulator.runtime.VariantMetrics.Outcome;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The SageMaker runtime's InvokeEndpoint ({@code POST /endpoints/{EndpointName}/invocations},
 * restJson1): checks the payload limit, takes a container from the variant's fleet (warm, cold
 * start, ThrottlingException, or ModelNotReadyException when the cold start outlasts the invocation
 * timeout), forwards the call with its InvokeEndpoint headers, and answers as
 * SageMaker does, including ModelError for container failures, time-outs and containers killed for
 * insufficient memory. Records the variant's per-call metrics. In fault mode a call may be answered
 * with a 5xx (InternalFailure or ServiceUnavailable) before it reaches the fleet, counted as an
 * invocation with a 5XX error.
 */
public final class InvocationApi {

    private static final Logger LOG = Logger.getLogger(InvocationApi.class.getName());
    private static final String PATH_PREFIX = "/endpoints/";
    private static final String PATH_SUFFIX = "/invocations";
    private static final long EXIT_WAIT_MILLIS = 2_000;
    private static final int MAX_REDEPLOYMENT_RETRIES = 3;
    private static final String[][] FORWARDED_HEADERS = {
        {"content-type", "Content-Type"},
        {"accept", "Accept"},
        {"x-amzn-sagemaker-custom-attributes", "X-Amzn-SageMaker-Custom-Attributes"},
        {"x-amzn-sagemaker-inference-id", "X-Amzn-SageMaker-Inference-Id"},
        {"x-amzn-sagemaker-enable-explanations", "X-Amzn-SageMaker-Enable-Explanations"},
    };

    private final EndpointFleets fleets;
    private final long invocationTimeoutNanos;
    private final long maxPayloadBytes;
    private final FaultInjector faults;

    public InvocationApi(EndpointFleets fleets, Duration invocationTimeout, long maxPayloadBytes, FaultInjector faults) {
        this.fleets = fleets;
        this.faults = faults;
        this.invocationTimeoutNanos = invocationTimeout.toNanos();
        this.maxPayloadBytes = maxPayloadBytes;
    }

    /** Whether a request is an InvokeEndpoint call. */
    public static boolean accepts(ApiRequest request) {
        String path = request.path();
        return "POST".equals(request.method()) && path.startsWith(PATH_PREFIX) && path.endsWith(PATH_SUFFIX)
                && path.length() > PATH_PREFIX.length() + PATH_SUFFIX.length();
    }

    /**
     * Serves one InvokeEndpoint call.
     *
     * @param receivedNanos {@link System#nanoTime()} when the request arrived, for OverheadLatency
     */
    public ApiResponse handle(ApiRequest request, long receivedNanos) {
        String path = request.path();
        String endpointName = path.substring(PATH_PREFIX.length(), path.length() - PATH_SUFFIX.length());
        String targetVariant = request.header("x-amzn-sagemaker-target-variant").orElse(null);
        for (int attempt = 0; ; attempt++) {
            Deployment deployment = fleets.find(endpointName);
            if (deployment == null) {
                return RuntimeErrors.endpointNotFound(endpointName);
            }
            Optional<LiveVariant> variant = deployment.choose(targetVariant);
            if (variant.isEmpty()) {
                return RuntimeErrors.validationError("Variant " + targetVariant + " is not a production variant of endpoint "
                        + endpointName + ".");
            }
            try {
                return invoke(variant.get(), request, receivedNanos);
            } catch (FleetClosedException e) {
                if (attempt >= MAX_REDEPLOYMENT_RETRIES) {
                    return RuntimeErrors.serviceUnavailable("Endpoint " + endpointName + " is being updated; try again.");
                }
            }
        }
    }

    private ApiResponse invoke(LiveVariant variant, ApiRequest request, long receivedNanos) throws FleetClosedException {
        VariantPlan plan = variant.fleet().plan();
        VariantMetrics metrics = variant.metrics();
        if (request.body().length > maxPayloadBytes) {
            metrics.invocation(Instant.now(), Outcome.CLIENT_ERROR, -1, -1, null);
            return RuntimeErrors.payloadTooLarge(maxPayloadBytes);
        }
        FaultInjector.ServerError fault = faults.failInvocation(plan.endpointName());
        if (fault != null) {
            metrics.invocation(Instant.now(), Outcome.SERVER_ERROR, -1, -1, null);
            return fault == FaultInjector.ServerError.INTERNAL_FAILURE
                    ? RuntimeErrors.internalFailure("An internal failure occurred while serving the invocation.")
                    : RuntimeErrors.serviceUnavailable("The service is unavailable. Try again shortly.");
        }
        VariantFleet.Lease lease;
        try {
            lease = variant.fleet().acquire();
        } catch (CapacityExhaustedException e) {
            metrics.invocation(Instant.now(), Outcome.CLIENT_ERROR, -1, -1, null);
            return RuntimeErrors.throttling("Rate exceeded: " + e.getMessage() + " (MaxConcurrency "
                    + plan.maxConcurrency() + ").");
        } catch (ContainerStartException e) {
            metrics.invocation(Instant.now(), Outcome.SERVER_ERROR, -1, -1, null);
            LOG.warning(() -> "cold start failed: endpoint " + plan.endpointName() + " variant " + plan.variantName()
                    + ": " + e.getMessage());
            return RuntimeErrors.modelError(plan.endpointName(), startFailureMessage(plan, e), null, null);
        } catch (ColdStartPendingException e) {
            metrics.invocation(Instant.now(), Outcome.CLIENT_ERROR, -1, -1, null);
            // the start goes on: SageMaker still reports its ModelSetupTime once the container is up
            e.setupNanos().thenAccept(nanos -> metrics.modelSetupTime(Instant.now(), TimeUnit.NANOSECONDS.toMicros(nanos)));
            LOG.info(() -> "cold start outlasted the call: endpoint " + plan.endpointName() + " variant "
                    + plan.variantName() + " (the container goes on starting)");
            return RuntimeErrors.modelNotReady("The serverless resources of production variant " + plan.variantName()
                    + " of endpoint " + plan.endpointName() + " are still being provisioned. Try again shortly.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RuntimeErrors.internalFailure("The emulator is shutting down.");
        }
        if (lease.coldStart()) {
            long setupMicros = TimeUnit.NANOSECONDS.toMicros(lease.setupNanos());
            metrics.modelSetupTime(Instant.now(), setupMicros);
            LOG.info(() -> "cold start: endpoint " + plan.endpointName() + " variant " + plan.variantName() + " container "
                    + lease.container() + " ready in " + setupMicros / 1000 + " ms");
        }
        return forward(variant, lease, request, receivedNanos);
    }

    private ApiResponse forward(LiveVariant variant, VariantFleet.Lease lease, ApiRequest request, long receivedNanos) {
        VariantPlan plan = variant.fleet().plan();
        ContainerProcess container = lease.container();
        long sentNanos = System.nanoTime();
        ContainerResponse answer = null;
        ApiResponse failure = null;
        boolean healthy = false;
        try {
            answer = container.connection().exchange("POST", PATH_SUFFIX, forwardedHeaders(request), request.body(),
                    invocationTimeoutNanos);
            healthy = true;
        } catch (SocketTimeoutException e) {
            failure = RuntimeErrors.modelError(plan.endpointName(), "Your invocation timed out while waiting for a response"
                    + " from container primary. Review the latency metrics for each container in Amazon CloudWatch,"
                    + " resolve the issue, and try again.", null, null);
        } catch (IOException | RuntimeException e) {
            failure = containerFailure(plan, container, e);
        }
        long answeredNanos = System.nanoTime();
        variant.fleet().release(lease, healthy);
        // SageMaker publishes the ProvisionedConcurrency invocation metrics only for endpoints that have some
        Boolean provisioned = plan.provisionedConcurrency() > 0 ? lease.provisioned() : null;

        long modelMicros = TimeUnit.NANOSECONDS.toMicros(answeredNanos - sentNanos);
        long overheadMicros = Math.max(0, TimeUnit.NANOSECONDS.toMicros(answeredNanos - receivedNanos) - modelMicros);
        Instant now = Instant.now();
        if (failure != null) {
            variant.metrics().invocation(now, Outcome.SERVER_ERROR, modelMicros, overheadMicros, provisioned);
            return failure;
        }
        if (answer.status() < 200 || answer.status() > 299) {
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            variant.metrics().invocation(now, answer.status() < 500 ? Outcome.CLIENT_ERROR : Outcome.SERVER_ERROR,
                    modelMicros, overheadMicros, provisioned);
            return RuntimeErrors.modelError(plan.endpointName(),
                    RuntimeErrors.modelStatusMessage(plan.endpointName(), answer.status(), body), answer.status(), body);
        }
        if (answer.body().length > maxPayloadBytes) {
            variant.metrics().invocation(now, Outcome.SERVER_ERROR, modelMicros, overheadMicros, provisioned);
            return RuntimeErrors.modelError(plan.endpointName(), "The response from container primary is "
                    + answer.body().length + " bytes, more than the " + maxPayloadBytes + " bytes a serverless endpoint may return.",
                    answer.status(), null);
        }
        variant.metrics().invocation(now, Outcome.OK, modelMicros, overheadMicros, provisioned);
        Map<String, String> headers = new LinkedHashMap<>(8);
        if (answer.contentType() != null) {
            headers.put("Content-Type", answer.contentType());
        }
        headers.put("x-Amzn-Invoked-Production-Variant", plan.variantName());
        if (answer.customAttributes() != null) {
            headers.put("X-Amzn-SageMaker-Custom-Attributes", answer.customAttributes());
        }
        headers.put("x-amzn-RequestId", RequestIds.next());
        return new ApiResponse(200, headers, answer.body());
    }

    private ApiResponse containerFailure(VariantPlan plan, ContainerProcess container, Exception cause) {
        ContainerExit exit;
        try {
            exit = container.exit().get(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception notEnded) {
            return RuntimeErrors.modelError(plan.endpointName(), "The connection to container primary of production variant "
                    + plan.variantName() + " failed: " + cause.getMessage(), null, null);
        }
        if (exit.outOfMemory()) {
            LOG.info(() -> "insufficient memory: endpoint " + plan.endpointName() + " variant " + plan.variantName()
                    + " container " + container + " killed at " + plan.memorySizeMb() + " MB");
            return RuntimeErrors.modelError(plan.endpointName(), insufficientMemoryMessage(plan), null, null);
        }
        return RuntimeErrors.modelError(plan.endpointName(), "Container primary of production variant " + plan.variantName()
                + " " + exit.describe() + " while handling the invocation.", null, null);
    }

    private static String startFailureMessage(VariantPlan plan, ContainerStartException failure) {
        if (failure.outOfMemory()) {
            return insufficientMemoryMessage(plan);
        }
        return "Container primary of production variant " + plan.variantName() + " failed to start: " + failure.getMessage();
    }

    private static String insufficientMemoryMessage(VariantPlan plan) {
        return "Container primary of production variant " + plan.variantName() + " was stopped because it ran out of"
                + " memory: insufficient memory for MemorySizeInMB " + plan.memorySizeMb()
                + ". Choose a larger memory size for the endpoint.";
    }

    private static Map<String, String> forwardedHeaders(ApiRequest request) {
        Map<String, String> headers = new LinkedHashMap<>(8);
        for (String[] header : FORWARDED_HEADERS) {
            request.header(header[0]).ifPresent(value -> headers.put(header[1], value));
        }
        return headers;
    }
}
