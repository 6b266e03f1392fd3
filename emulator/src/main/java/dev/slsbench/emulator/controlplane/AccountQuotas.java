package dev.slsbench.emulator.controlplane;

/**
 * The account-level quotas SageMaker enforces on serverless endpoints, per region: how many
 * serverless endpoints may exist and how much MaxConcurrency they may hold in total. CreateEndpoint
 * and UpdateEndpoint beyond them are refused with {@code ResourceLimitExceeded}. The defaults are
 * SageMaker's documented defaults for most regions (smaller regions allow 500 in total), so a
 * benchmark that fits the emulator fits a fresh account.
 *
 * @param maxEndpoints serverless endpoints that may exist at once (Deleting ones excluded)
 * @param maxTotalConcurrency the sum of MaxConcurrency over every serverless endpoint's variants
 */
public record AccountQuotas(int maxEndpoints, int maxTotalConcurrency) {

    /** SageMaker's default quota "Maximum number of serverless endpoints". */
    public static final int DEFAULT_MAX_ENDPOINTS = 50;
    /** SageMaker's default quota on the total concurrency of serverless endpoints (500 in smaller regions). */
    public static final int DEFAULT_MAX_TOTAL_CONCURRENCY = 1000;

    /** @throws IllegalArgumentException when a quota is not positive */
    public AccountQuotas {
        if (maxEndpoints < 1) {
            throw new IllegalArgumentException("maxEndpoints must be at least 1, got: " + maxEndpoints);
        }
        if (maxTotalConcurrency < 1) {
            throw new IllegalArgumentException("accountMaxConcurrency must be at least 1, got: " + maxTotalConcurrency);
        }
    }

    /** SageMaker's defaults: 50 endpoints and a total MaxConcurrency of 1000. */
    public static AccountQuotas defaults() {
        return new AccountQuotas(DEFAULT_MAX_ENDPOINTS, DEFAULT_MAX_TOTAL_CONCURRENCY);
    }
}
