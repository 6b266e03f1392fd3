package dev.slsbench.emulator;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantServerlessConfig;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeAsyncClient;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * AWS SDK v2 clients pointed at an emulator with dummy static credentials, plus the few calls the
 * tests repeat (model + config + endpoint, wait until InService). Runtime clients never retry, so
 * throttling and errors show as they happen.
 */
final class EmulatorClients implements AutoCloseable {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "dummy-secret"));

    final SageMakerClient sageMaker;
    final SageMakerRuntimeClient runtime;
    private final URI endpoint;
    private SageMakerRuntimeAsyncClient runtimeAsync;

    EmulatorClients(URI endpoint) {
        this.endpoint = endpoint;
        sageMaker = SageMakerClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).httpClientBuilder(ApacheHttpClient.builder()).build();
        runtime = SageMakerRuntimeClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(64))
                .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(90)))
                .build();
    }

    /** The async runtime client, built on first use (its Netty event loop takes seconds to shut down). */
    synchronized SageMakerRuntimeAsyncClient runtimeAsync() {
        if (runtimeAsync == null) {
            runtimeAsync = SageMakerRuntimeAsyncClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                    .credentialsProvider(CREDENTIALS)
                    .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
                    .build();
        }
        return runtimeAsync;
    }

    /** Creates model {@code name}, config {@code name} and endpoint {@code name}. */
    void createEndpoint(String name, String image, Map<String, String> environment, int memoryMb, int maxConcurrency,
            Integer provisionedConcurrency) {
        sageMaker.createModel(model -> model.modelName(name)
                .primaryContainer(container -> container.image(image).environment(environment)));
        sageMaker.createEndpointConfig(config -> config.endpointConfigName(name)
                .productionVariants(serverlessVariant(name, memoryMb, maxConcurrency, provisionedConcurrency)));
        sageMaker.createEndpoint(endpoint -> endpoint.endpointName(name).endpointConfigName(name));
    }

    /** A production variant {@code AllTraffic} of the model with that serverless configuration. */
    static ProductionVariant serverlessVariant(String modelName, int memoryMb, int maxConcurrency, Integer provisionedConcurrency) {
        return ProductionVariant.builder().variantName("AllTraffic").modelName(modelName)
                .serverlessConfig(ProductionVariantServerlessConfig.builder().memorySizeInMB(memoryMb)
                        .maxConcurrency(maxConcurrency).provisionedConcurrency(provisionedConcurrency).build())
                .build();
    }

    /** Waits with the SDK's own waiter, short back-off; returns the final description (InService or Failed). */
    DescribeEndpointResponse awaitInService(String name) {
        return sageMaker.waiter().waitUntilEndpointInService(request -> request.endpointName(name),
                        waiter -> waiter.waitTimeout(Duration.ofSeconds(60)).maxAttempts(1_000)
                                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(50))))
                .matched().response().orElseThrow();
    }

    void createInServiceEndpoint(String name, String image, Map<String, String> environment, int memoryMb,
            int maxConcurrency) {
        createEndpoint(name, image, environment, memoryMb, maxConcurrency, null);
        awaitInService(name);
    }

    InvokeEndpointResponse invoke(String endpointName, String body) {
        return runtime.invokeEndpoint(request -> request.endpointName(endpointName).contentType("text/plain")
                .body(SdkBytes.fromString(body, StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        sageMaker.close();
        runtime.close();
        if (runtimeAsync != null) {
            runtimeAsync.close();
        }
    }
}
