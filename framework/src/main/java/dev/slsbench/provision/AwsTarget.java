package dev.slsbench.provision;

import dev.slsbench.plan.BenchmarkPlan;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the SageMaker, SageMaker Runtime and CloudWatch APIs are and how patiently to treat
 * them: AWS itself (default region and credential chains) or one SageMaker-compatible URL
 * (such as the slsbench emulator), with explicit credentials when the caller gives them.
 *
 * <p>Credentials are never guessed: without {@link Builder#credentialsProvider} the SDK's default
 * chain is used, also for an endpoint URL; callers that target the emulator pass
 * {@link #dummyCredentials()}. Waiting figures default by target: an endpoint URL on a loopback
 * host polls deployments every 20 ms (the emulator deploys in about 0.1 to 1 s, the time its health
 * check takes to start a container, and answers DescribeEndpoint in microseconds; at 100 ms a phase
 * waited some 50 ms more on average) for up to 2 minutes and waits up to 10 s for CloudWatch;
 * anything else polls every 30 s (the SDK waiter's own delay) for up to an hour and waits up to
 * 5 minutes for CloudWatch, which publishes SageMaker metrics about a minute late. CloudWatch
 * is read at a resolution of 1 s on a loopback URL (the slsbench emulator keeps one-second data)
 * and of 60 s elsewhere (SageMaker publishes endpoint metrics per minute).
 */
public final class AwsTarget {

    /** The region used with an endpoint URL when none is given. */
    public static final String DEFAULT_LOCAL_REGION = "us-east-1";

    static final Duration LOCAL_DEPLOYMENT_POLL_INTERVAL = Duration.ofMillis(20);

    private final Optional<String> region;
    private final Optional<URI> endpointUrl;
    private final Optional<AwsCredentialsProvider> credentialsProvider;
    private final Duration deploymentPollInterval;
    private final Duration deploymentTimeout;
    private final Duration metricsSettleTimeout;
    private final Duration metricsResolution;
    private final Duration invocationTimeout;

    private AwsTarget(Builder b) {
        region = Optional.ofNullable(b.region);
        endpointUrl = Optional.ofNullable(b.endpointUrl);
        credentialsProvider = Optional.ofNullable(b.credentialsProvider);
        boolean local = isLoopback(b.endpointUrl);
        deploymentPollInterval = b.deploymentPollInterval != null ? b.deploymentPollInterval
                : local ? LOCAL_DEPLOYMENT_POLL_INTERVAL : Duration.ofSeconds(30);
        deploymentTimeout = b.deploymentTimeout != null ? b.deploymentTimeout
                : local ? Duration.ofMinutes(2) : Duration.ofHours(1);
        metricsSettleTimeout = b.metricsSettleTimeout != null ? b.metricsSettleTimeout
                : local ? Duration.ofSeconds(10) : Duration.ofMinutes(5);
        metricsResolution = b.metricsResolution != null ? b.metricsResolution
                : local ? Duration.ofSeconds(1) : Duration.ofSeconds(60);
        invocationTimeout = b.invocationTimeout;
    }

    /** A builder for AWS with the default chains. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder with the plan's region and endpoint URL. */
    public static Builder forPlan(BenchmarkPlan plan) {
        return builder().region(plan.region().orElse(null)).endpointUrl(plan.endpointUrl().orElse(null));
    }

    /** Static dummy keys, for emulators that accept any signature. */
    public static AwsCredentialsProvider dummyCredentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("slsbench", "slsbench"));
    }

    /** A builder holding this target's values. */
    public Builder toBuilder() {
        return new Builder().region(region.orElse(null)).endpointUrl(endpointUrl.orElse(null))
                .credentialsProvider(credentialsProvider.orElse(null)).deploymentPollInterval(deploymentPollInterval)
                .deploymentTimeout(deploymentTimeout).metricsSettleTimeout(metricsSettleTimeout)
                .metricsResolution(metricsResolution).invocationTimeout(invocationTimeout);
    }

    /** The region; empty means the SDK's default region chain (or us-east-1 with an endpoint URL). */
    public Optional<String> region() { return region; }

    /** A SageMaker-compatible URL serving all three APIs; empty means AWS. */
    public Optional<URI> endpointUrl() { return endpointUrl; }

    /** Explicit credentials; empty means the SDK's default credential chain. */
    public Optional<AwsCredentialsProvider> credentialsProvider() { return credentialsProvider; }

    /** How often a deploying endpoint is described. */
    public Duration deploymentPollInterval() { return deploymentPollInterval; }

    /** How long an endpoint may take to reach InService before its deployment counts as failed. */
    public Duration deploymentTimeout() { return deploymentTimeout; }

    /** How long to wait for CloudWatch to show every call of a configuration. */
    public Duration metricsSettleTimeout() { return metricsSettleTimeout; }

    /**
     * The finest CloudWatch period the target's SageMaker metrics are kept at, which bounds how
     * closely one configuration's metrics can be told from the next one's on the same endpoint.
     */
    public Duration metricsResolution() { return metricsResolution; }

    /**
     * The client-side limit of one InvokeEndpoint call; a call exceeding it ends as a client
     * error. Default 70 s, above SageMaker's own 60 s invocation timeout so that the service's
     * answer is what gets recorded.
     */
    public Duration invocationTimeout() { return invocationTimeout; }

    /** Whether the endpoint URL names a loopback host (an emulator on this machine). */
    public boolean isLocal() {
        return isLoopback(endpointUrl.orElse(null));
    }

    private static boolean isLoopback(URI url) {
        if (url == null || url.getHost() == null) {
            return false;
        }
        String host = url.getHost();
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "AwsTarget[region=" + region.orElse("(default chain)") + ", endpointUrl="
                + endpointUrl.map(URI::toString).orElse("(AWS)") + ", credentials="
                + (credentialsProvider.isPresent() ? "explicit" : "(default chain)") + "]";
    }

    /** Collects a target's settings; {@link #build()} checks them and names a bad one. */
    public static final class Builder {
        private String region;
        private URI endpointUrl;
        private AwsCredentialsProvider credentialsProvider;
        private Duration deploymentPollInterval;
        private Duration deploymentTimeout;
        private Duration metricsSettleTimeout;
        private Duration metricsResolution;
        private Duration invocationTimeout = Duration.ofSeconds(70);

        private Builder() {
        }

        /** The region; {@code null} for the default chain. */
        public Builder region(String region) { this.region = region; return this; }

        /** A SageMaker-compatible URL; {@code null} for AWS. */
        public Builder endpointUrl(URI endpointUrl) { this.endpointUrl = endpointUrl; return this; }

        /** Explicit credentials; {@code null} for the default chain. */
        public Builder credentialsProvider(AwsCredentialsProvider provider) { this.credentialsProvider = provider; return this; }

        /** How often a deploying endpoint is described; {@code null} for the target's default. */
        public Builder deploymentPollInterval(Duration interval) { this.deploymentPollInterval = interval; return this; }

        /** The longest wait for InService; {@code null} for the target's default. */
        public Builder deploymentTimeout(Duration timeout) { this.deploymentTimeout = timeout; return this; }

        /** The longest wait for CloudWatch data; {@code null} for the target's default. */
        public Builder metricsSettleTimeout(Duration timeout) { this.metricsSettleTimeout = timeout; return this; }

        /**
         * The finest period CloudWatch keeps the metrics at: 1, 5, 10 or 30 s or a multiple of
         * 60 s; {@code null} for the target's default.
         */
        public Builder metricsResolution(Duration resolution) { this.metricsResolution = resolution; return this; }

        /** The client-side limit of one InvokeEndpoint call. */
        public Builder invocationTimeout(Duration timeout) { this.invocationTimeout = timeout; return this; }

        /**
         * Checks the settings.
         *
         * @throws IllegalArgumentException naming each bad setting and its value
         */
        public AwsTarget build() {
            List<String> problems = new ArrayList<>();
            if (endpointUrl != null && (endpointUrl.getHost() == null
                    || !List.of("http", "https").contains(Objects.toString(endpointUrl.getScheme(), "").toLowerCase()))) {
                problems.add("endpointUrl: '" + endpointUrl + "' is not an absolute http or https URL with a host");
            }
            positive(problems, "deploymentPollInterval", deploymentPollInterval, true);
            positive(problems, "deploymentTimeout", deploymentTimeout, true);
            positive(problems, "metricsSettleTimeout", metricsSettleTimeout, false);
            if (metricsResolution != null && !isCloudWatchPeriod(metricsResolution)) {
                problems.add("metricsResolution: " + metricsResolution + " is not 1, 5, 10 or 30 s or a multiple of 60 s");
            }
            if (invocationTimeout == null || invocationTimeout.isNegative() || invocationTimeout.isZero()) {
                problems.add("invocationTimeout: " + invocationTimeout + " is not positive");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            return new AwsTarget(this);
        }

        private static boolean isCloudWatchPeriod(Duration d) {
            long seconds = d.getSeconds();
            return d.getNano() == 0 && (List.of(1L, 5L, 10L, 30L).contains(seconds) || (seconds > 0 && seconds % 60 == 0));
        }

        private static void positive(List<String> problems, String name, Duration value, boolean strictly) {
            if (value != null && (value.isNegative() || (strictly && value.isZero()))) {
                problems.add(name + ": " + value + " is not " + (strictly ? "positive" : "zero or positive"));
            }
        }
    }
}
