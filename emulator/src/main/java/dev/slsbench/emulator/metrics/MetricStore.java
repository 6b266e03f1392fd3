package dev.slsbench.emulator.metrics;

import java.time.Instant;
import java.util.Map;

/**
 * The emulator's CloudWatch: datapoints recorded by the runtime, queried by the CloudWatch API.
 * Thread-safe; memory is bounded by time buckets and retention, not by the number of datapoints.
 */
public interface MetricStore {

    /** SageMaker's endpoint metrics namespace (invocations, latencies, setup time). */
    String SAGEMAKER_NAMESPACE = "AWS/SageMaker";
    /** SageMaker's endpoint instance metrics namespace (memory utilisation). */
    String ENDPOINTS_NAMESPACE = "/aws/sagemaker/Endpoints";

    /**
     * Records one datapoint.
     *
     * @param namespace e.g. {@link #SAGEMAKER_NAMESPACE}
     * @param metricName e.g. {@code ModelLatency}
     * @param dimensions e.g. {@code EndpointName} and {@code VariantName}
     * @param value the value, in {@code unit}
     * @param unit a CloudWatch unit name, e.g. {@code Microseconds}, {@code Count}, {@code Percent}
     * @param timestamp when the datapoint happened
     */
    void put(String namespace, String metricName, Map<String, String> dimensions, double value, String unit,
            Instant timestamp);
}
