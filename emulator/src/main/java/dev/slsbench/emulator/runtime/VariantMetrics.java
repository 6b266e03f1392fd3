package dev.slsbench.emulator.runtime;

import dev.slsbench.emulator.metrics.MetricStore;

import java.time.Instant;
import java.util.Map;

/**
 * Records one production variant's metrics under SageMaker's names, units, namespaces and
 * dimensions ({@code EndpointName}, {@code VariantName}). Per call: Invocations, Invocation4XXErrors
 * and Invocation5XXErrors (1 or 0 each, as SageMaker publishes them), ModelLatency and
 * OverheadLatency in microseconds when the call reached a container; per cold start:
 * ModelSetupTime in microseconds; sampled: MemoryUtilization (percent, per container, namespace
 * {@code /aws/sagemaker/Endpoints}) and the serverless concurrency metrics.
 */
final class VariantMetrics {

    private static final String NAMESPACE = MetricStore.SAGEMAKER_NAMESPACE;
    private static final String COUNT = "Count";
    private static final String MICROSECONDS = "Microseconds";
    private static final String NONE = "None";

    private final MetricStore store;
    private final Map<String, String> dimensions;

    VariantMetrics(MetricStore store, String endpointName, String variantName) {
        this.store = store;
        this.dimensions = Map.of("EndpointName", endpointName, "VariantName", variantName);
    }

    /** The HTTP status class of a call as SageMaker counts it. */
    enum Outcome { OK, CLIENT_ERROR, SERVER_ERROR }

    /**
     * One call.
     *
     * @param modelLatencyMicros the container's share, or a negative value when no container answered
     * @param overheadLatencyMicros the emulator's share (including any cold start)
     * @param provisioned whether the call ran within ProvisionedConcurrency (null when it ran nowhere)
     */
    void invocation(Instant at, Outcome outcome, long modelLatencyMicros, long overheadLatencyMicros,
            Boolean provisioned) {
        store.put(NAMESPACE, "Invocations", dimensions, 1, COUNT, at);
        store.put(NAMESPACE, "Invocation4XXErrors", dimensions, outcome == Outcome.CLIENT_ERROR ? 1 : 0, COUNT, at);
        store.put(NAMESPACE, "Invocation5XXErrors", dimensions, outcome == Outcome.SERVER_ERROR ? 1 : 0, COUNT, at);
        if (modelLatencyMicros >= 0) {
            store.put(NAMESPACE, "ModelLatency", dimensions, modelLatencyMicros, MICROSECONDS, at);
            store.put(NAMESPACE, "OverheadLatency", dimensions, overheadLatencyMicros, MICROSECONDS, at);
        }
        if (provisioned != null) {
            store.put(NAMESPACE, provisioned ? "ServerlessProvisionedConcurrencyInvocations"
                    : "ServerlessProvisionedConcurrencySpilloverInvocations", dimensions, 1, COUNT, at);
        }
    }

    void modelSetupTime(Instant at, long micros) {
        store.put(NAMESPACE, "ModelSetupTime", dimensions, micros, MICROSECONDS, at);
    }

    void memoryUtilization(Instant at, double percent) {
        store.put(MetricStore.ENDPOINTS_NAMESPACE, "MemoryUtilization", dimensions, percent, "Percent", at);
    }

    /**
     * The serverless concurrency sample: executions in flight over MaxConcurrency, and, with
     * ProvisionedConcurrency, the executions it serves and their share of it.
     */
    void concurrency(Instant at, int executions, int maxConcurrency, int provisionedConcurrency) {
        store.put(NAMESPACE, "ServerlessConcurrentExecutionsUtilization", dimensions,
                (double) executions / maxConcurrency, NONE, at);
        if (provisionedConcurrency > 0) {
            int provisionedExecutions = Math.min(executions, provisionedConcurrency);
            store.put(NAMESPACE, "ServerlessProvisionedConcurrencyExecutions", dimensions, provisionedExecutions, COUNT, at);
            store.put(NAMESPACE, "ServerlessProvisionedConcurrencyUtilization", dimensions,
                    (double) provisionedExecutions / provisionedConcurrency, NONE, at);
        }
    }
}
