package dev.slsbench.metrics;

/**
 * The CloudWatch metrics slsbench collects per endpoint (dimensions {@code EndpointName} and
 * {@code VariantName}), with their namespaces and the units CloudWatch reports them in.
 * Latency metrics arrive in microseconds and are stored in milliseconds, as the toolkit does.
 */
public enum SageMakerMetric {
    /** Time to start a new container for a cold call. */
    MODEL_SETUP_TIME("ModelSetupTime", "AWS/SageMaker", "Microseconds"),
    /** Time the model container took to answer. */
    MODEL_LATENCY("ModelLatency", "AWS/SageMaker", "Microseconds"),
    /** Time SageMaker added around the container. */
    OVERHEAD_LATENCY("OverheadLatency", "AWS/SageMaker", "Microseconds"),
    /** Requests sent to the endpoint. */
    INVOCATIONS("Invocations", "AWS/SageMaker", "None"),
    /** Requests answered with a 4xx status. */
    INVOCATION_4XX_ERRORS("Invocation4XXErrors", "AWS/SageMaker", "None"),
    /** Requests answered with a 5xx status. */
    INVOCATION_5XX_ERRORS("Invocation5XXErrors", "AWS/SageMaker", "None"),
    /** Memory used by the container, as a percentage of its memory size. */
    MEMORY_UTILIZATION("MemoryUtilization", "/aws/sagemaker/Endpoints", "Percent"),
    /** Concurrent executions over MaxConcurrency (a fraction, 0 to 1). */
    SERVERLESS_CONCURRENT_EXECUTIONS_UTILIZATION("ServerlessConcurrentExecutionsUtilization", "AWS/SageMaker", "None"),
    /** Concurrent executions served by ProvisionedConcurrency. */
    SERVERLESS_PROVISIONED_CONCURRENCY_EXECUTIONS("ServerlessProvisionedConcurrencyExecutions", "AWS/SageMaker", "Count"),
    /** Those executions over ProvisionedConcurrency (a fraction, 0 to 1). */
    SERVERLESS_PROVISIONED_CONCURRENCY_UTILIZATION("ServerlessProvisionedConcurrencyUtilization", "AWS/SageMaker", "None"),
    /** Calls served by ProvisionedConcurrency (1 per call, so the sample count is the number of such calls). */
    SERVERLESS_PROVISIONED_CONCURRENCY_INVOCATIONS("ServerlessProvisionedConcurrencyInvocations", "AWS/SageMaker", "Count"),
    /** Calls beyond ProvisionedConcurrency, served on demand (cold when no on-demand container was warm). */
    SERVERLESS_PROVISIONED_CONCURRENCY_SPILLOVER_INVOCATIONS("ServerlessProvisionedConcurrencySpilloverInvocations",
            "AWS/SageMaker", "Count");

    private final String metricName;
    private final String namespace;
    private final String cloudWatchUnit;

    SageMakerMetric(String metricName, String namespace, String cloudWatchUnit) {
        this.metricName = metricName;
        this.namespace = namespace;
        this.cloudWatchUnit = cloudWatchUnit;
    }

    /** The CloudWatch metric name, e.g. {@code ModelLatency}. */
    public String metricName() {
        return metricName;
    }

    /** The CloudWatch namespace. */
    public String namespace() {
        return namespace;
    }

    /** The unit CloudWatch reports. */
    public String cloudWatchUnit() {
        return cloudWatchUnit;
    }

    /** Whether values are converted from microseconds to milliseconds when stored. */
    public boolean isLatency() {
        return "Microseconds".equals(cloudWatchUnit);
    }

    /** The unit values are stored in: {@code Milliseconds} for latencies, else CloudWatch's. */
    public String storedUnit() {
        return isLatency() ? "Milliseconds" : cloudWatchUnit;
    }
}
