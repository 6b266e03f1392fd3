package dev.slsbench.plan;

/**
 * The serverless settings of one endpoint: what {@code ServerlessConfig} is created with.
 * Several configurations can share one shape (the concurrency phase runs every client count
 * of a MaxConcurrency against the same endpoint).
 *
 * @param memoryMb {@code MemorySizeInMB}
 * @param maxConcurrency {@code MaxConcurrency}
 */
public record EndpointShape(int memoryMb, int maxConcurrency) {

    /** A short id such as {@code m2048-c4}, valid inside SageMaker resource names. */
    public String id() {
        return "m" + memoryMb + "-c" + maxConcurrency;
    }
}
