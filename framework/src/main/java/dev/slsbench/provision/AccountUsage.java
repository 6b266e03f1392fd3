package dev.slsbench.provision;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;
import software.amazon.awssdk.services.sagemaker.model.EndpointSummary;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;

/**
 * What the serverless endpoints in the account and region use of its {@link AccountLimits}: how
 * many there are and their MaxConcurrency summed, read with ListEndpoints, DescribeEndpoint and
 * DescribeEndpointConfig. Endpoints being deleted are left out, as SageMaker frees their quota;
 * endpoints without a serverless variant do not count. An endpoint that disappears while it is
 * read is skipped.
 *
 * @param endpoints serverless endpoints
 * @param totalConcurrency their MaxConcurrency, summed over every serverless variant
 */
public record AccountUsage(int endpoints, int totalConcurrency) {

    /** Nothing in use. */
    public static final AccountUsage NONE = new AccountUsage(0, 0);

    /** Reads the usage now. */
    public static AccountUsage read(SageMakerClient sageMaker) {
        int endpoints = 0;
        int concurrency = 0;
        for (EndpointSummary endpoint : sageMaker.listEndpointsPaginator(r -> { }).endpoints()) {
            if (endpoint.endpointStatus() == EndpointStatus.DELETING) {
                continue;
            }
            try {
                String config = sageMaker.describeEndpoint(r -> r.endpointName(endpoint.endpointName())).endpointConfigName();
                int serverless = sageMaker.describeEndpointConfig(r -> r.endpointConfigName(config)).productionVariants()
                        .stream().filter(v -> v.serverlessConfig() != null)
                        .mapToInt(AccountUsage::maxConcurrency).sum();
                if (serverless > 0) {
                    endpoints++;
                    concurrency += serverless;
                }
            } catch (AwsServiceException e) {
                if (!ResourceDeleter.isNotFound(e)) {
                    throw e;
                }
            }
        }
        return new AccountUsage(endpoints, concurrency);
    }

    private static int maxConcurrency(ProductionVariant variant) {
        Integer value = variant.serverlessConfig().maxConcurrency();
        return value == null ? 0 : value;
    }

    /** This usage with one more endpoint of {@code maxConcurrency}. */
    AccountUsage plus(int maxConcurrency) {
        return new AccountUsage(endpoints + 1, totalConcurrency + maxConcurrency);
    }

    @Override
    public String toString() {
        return endpoints + " serverless endpoints with a total MaxConcurrency of " + totalConcurrency;
    }
}
