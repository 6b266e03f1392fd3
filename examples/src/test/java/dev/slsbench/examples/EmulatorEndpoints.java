package dev.slsbench.examples;

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
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The real AWS SDK clients pointed at an emulator (dummy credentials, us-east-1, no retries, so
 * errors show as they happen) and the calls the example tests repeat: a serverless endpoint for an
 * image, and InvokeEndpoint.
 */
public final class EmulatorEndpoints implements AutoCloseable {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "dummy-secret"));

    private final SageMakerClient sageMaker;
    private final SageMakerRuntimeClient runtime;

    public EmulatorEndpoints(URI emulatorUrl) {
        sageMaker = SageMakerClient.builder().endpointOverride(emulatorUrl).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).httpClientBuilder(ApacheHttpClient.builder()).build();
        runtime = SageMakerRuntimeClient.builder().endpointOverride(emulatorUrl).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(90)))
                .build();
    }

    public SageMakerClient sageMaker() {
        return sageMaker;
    }

    public SageMakerRuntimeClient runtime() {
        return runtime;
    }

    /** Creates model, endpoint config and endpoint, all called {@code name}; the endpoint is then Creating. */
    public void create(String name, String image, Map<String, String> environment, int memorySizeMb, int maxConcurrency) {
        sageMaker.createModel(model -> model.modelName(name)
                .primaryContainer(container -> container.image(image).environment(environment)));
        ProductionVariant variant = ProductionVariant.builder().variantName("AllTraffic").modelName(name)
                .serverlessConfig(ProductionVariantServerlessConfig.builder()
                        .memorySizeInMB(memorySizeMb).maxConcurrency(maxConcurrency).build())
                .build();
        sageMaker.createEndpointConfig(config -> config.endpointConfigName(name).productionVariants(variant));
        sageMaker.createEndpoint(endpoint -> endpoint.endpointName(name).endpointConfigName(name));
    }

    /** {@link #create}s the endpoint and waits until it is InService (a Failed endpoint fails the waiter). */
    public DescribeEndpointResponse deploy(String name, String image, Map<String, String> environment, int memorySizeMb,
            int maxConcurrency) {
        create(name, image, environment, memorySizeMb, maxConcurrency);
        return sageMaker.waiter().waitUntilEndpointInService(request -> request.endpointName(name),
                        waiter -> waiter.waitTimeout(Duration.ofMinutes(3)).maxAttempts(10_000)
                                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(100))))
                .matched().response().orElseThrow();
    }

    /** Deletes what {@link #deploy} created. */
    public void delete(String name) {
        sageMaker.deleteEndpoint(request -> request.endpointName(name));
        sageMaker.deleteEndpointConfig(request -> request.endpointConfigName(name));
        sageMaker.deleteModel(request -> request.modelName(name));
    }

    public InvokeEndpointResponse invoke(String endpointName, String contentType, String accept, String body) {
        return runtime.invokeEndpoint(request -> request.endpointName(endpointName).contentType(contentType).accept(accept)
                .body(SdkBytes.fromUtf8String(body)));
    }

    @Override
    public void close() {
        sageMaker.close();
        runtime.close();
    }
}
