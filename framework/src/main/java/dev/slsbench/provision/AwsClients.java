package dev.slsbench.provision;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.PricingClientBuilder;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

import java.time.Duration;
import java.util.Objects;

/**
 * The three SDK clients a run needs, built for one {@link AwsTarget}: SageMaker (control
 * plane, {@linkplain #controlPlaneRetryStrategy() patient retries}), SageMaker Runtime (retries
 * <em>off</em>, one attempt per call, so that every throttle and error is seen and recorded, as
 * the toolkit does) and CloudWatch (the SDK's standard retries). The same code serves AWS and an emulator: only endpoint override, region and
 * credentials differ.
 *
 * <p>The runtime client's connection pool is sized by the caller to the most calls that can
 * be in flight at once, so that no call waits for a pooled connection while its latency is
 * being measured. A call is bounded by the socket timeout (the target's invocation timeout, for
 * every read), as boto3's {@code read_timeout} bounds the toolkit's calls, and not by the SDK's
 * API-call timeout: that one arms and cancels a timer on a scheduler thread for every call, which
 * cost 22 µs of CPU per call (of 131) on the sequential call path. Closing closes all three clients.
 */
public final class AwsClients implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Control-plane attempts per call: at a 20% throttle rate one call in 10^7 still fails. */
    static final int CONTROL_PLANE_MAX_ATTEMPTS = 10;

    private final SageMakerClient sageMaker;
    private final SageMakerRuntimeClient runtime;
    private final CloudWatchClient cloudWatch;

    /** Wraps existing clients (tests pass mocks for fault paths); closing closes them. */
    public AwsClients(SageMakerClient sageMaker, SageMakerRuntimeClient runtime, CloudWatchClient cloudWatch) {
        this.sageMaker = Objects.requireNonNull(sageMaker, "sageMaker");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.cloudWatch = Objects.requireNonNull(cloudWatch, "cloudWatch");
    }

    /**
     * Builds the clients for {@code target}.
     *
     * @param maxConcurrentCalls the most InvokeEndpoint calls that can be in flight at once
     */
    public static AwsClients create(AwsTarget target, int maxConcurrentCalls) {
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("maxConcurrentCalls: " + maxConcurrentCalls + " is not at least 1");
        }
        SageMakerClient sageMaker = configure(SageMakerClient.builder(), target)
                .httpClientBuilder(ApacheHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT))
                .overrideConfiguration(o -> o.retryStrategy(controlPlaneRetryStrategy()))
                .build();
        SageMakerRuntimeClient runtime = configure(SageMakerRuntimeClient.builder(), target)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .maxConnections(maxConcurrentCalls)
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(target.invocationTimeout()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .build())
                .build();
        CloudWatchClient cloudWatch = configure(CloudWatchClient.builder(), target)
                .httpClientBuilder(ApacheHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT))
                .build();
        return new AwsClients(sageMaker, runtime, cloudWatch);
    }

    /**
     * A Price List Query API client for the target: the emulator's URL when the target has one, else
     * AWS's endpoint in us-east-1 (the API answers only in us-east-1, ap-south-1 and eu-central-1,
     * whichever region is benchmarked).
     */
    public static PricingClient pricing(AwsTarget target) {
        PricingClientBuilder builder = PricingClient.builder().region(Region.US_EAST_1)
                .httpClientBuilder(ApacheHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT));
        target.endpointUrl().ifPresent(builder::endpointOverride);
        target.credentialsProvider().ifPresent(builder::credentialsProvider);
        return builder.build();
    }

    /**
     * The SageMaker control plane's retries: the SDK's standard strategy (throttling errors, 5xx
     * and I/O failures are retried, anything else is not; ResourceLimitExceeded is not, the
     * provisioner waits for room instead), with {@value #CONTROL_PLANE_MAX_ATTEMPTS} attempts
     * instead of 3, exponential backoff with full jitter (100 ms base, 500 ms after a throttle,
     * both capped at 20 s), and without the retry-quota circuit breaker: a run makes few
     * control-plane calls, each of which it needs (an endpoint whose DescribeEndpoint failed
     * would count as failed), and the breaker would stop retrying just when an account is
     * throttled hardest.
     */
    static RetryStrategy controlPlaneRetryStrategy() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(CONTROL_PLANE_MAX_ATTEMPTS)
                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(20)))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(500), Duration.ofSeconds(20)))
                .circuitBreakerEnabled(false)
                .build();
    }

    /** Points any AWS SDK client builder at {@code target}: its endpoint override, region and credentials. */
    public static <B extends AwsClientBuilder<B, ?>> B configure(B builder, AwsTarget target) {
        target.endpointUrl().ifPresent(builder::endpointOverride);
        target.region().or(() -> target.endpointUrl().map(url -> AwsTarget.DEFAULT_LOCAL_REGION))
                .map(Region::of).ifPresent(builder::region);
        target.credentialsProvider().ifPresent(builder::credentialsProvider);
        return builder;
    }

    /** The SageMaker control-plane client. */
    public SageMakerClient sageMaker() { return sageMaker; }

    /** The SageMaker Runtime client, retries off. */
    public SageMakerRuntimeClient runtime() { return runtime; }

    /** The CloudWatch client. */
    public CloudWatchClient cloudWatch() { return cloudWatch; }

    @Override
    public void close() {
        try (sageMaker; runtime; cloudWatch) {
            // closes all three, even when one fails
        }
    }
}
