package dev.slsbench.emulator.controlplane;

import dev.slsbench.emulator.controlplane.EndpointConfigResource.VariantConfig;

import java.util.List;

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

    /**
     * Refuses an endpoint that would break a quota: counted over the existing endpoints (those being
     * deleted left out); an update is refused only when it raises the total beyond the quota, its delta
     * being the rise over what the endpoint holds now.
     *
     * @param updating the endpoint being updated, or null for a creation
     * @throws ControlPlaneException ResourceLimitExceeded, worded as SageMaker words account-level limits
     */
    void check(List<EndpointResource> existing, EndpointResource updating, List<VariantConfig> requested) {
        if (updating == null && existing.size() >= maxEndpoints) {
            throw exceeded("Maximum number of serverless endpoints", maxEndpoints, existing.size(), 1, "Endpoints");
        }
        int inUse = existing.stream().mapToInt(EndpointTable::allocatedConcurrency).sum();
        int wanted = requested.stream().mapToInt(VariantConfig::maxConcurrency).sum();
        int delta = updating == null ? wanted : wanted - EndpointTable.allocatedConcurrency(updating);
        if (delta > 0 && inUse + delta > maxTotalConcurrency) {
            throw exceeded("Total concurrency that can be allocated across all serverless endpoints", maxTotalConcurrency,
                    inUse, delta, "Concurrent invocations");
        }
    }

    private static ControlPlaneException exceeded(String quota, int limit, int utilization, int delta, String unit) {
        return ControlPlaneException.resourceLimitExceeded("The account-level service limit '" + quota + "' is " + limit
                + " " + unit + ", with current utilization of " + utilization + " " + unit + " and a request delta of "
                + delta + " " + unit + ". Please use AWS Service Quotas to request an increase for this quota. If AWS"
                + " Service Quotas is not available, contact AWS support to request an increase for this quota.");
    }
}
