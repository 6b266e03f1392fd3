package dev.slsbench.emulator;

import dev.slsbench.emulator.container.EnforcementMode;
import dev.slsbench.emulator.controlplane.AccountQuotas;
import dev.slsbench.emulator.fault.FaultPlan;
import dev.slsbench.emulator.metrics.MetricStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link LocalSageMaker} runs. Defaults follow SageMaker Serverless where it documents a value
 * and favour short runs where it does not:
 * <ul>
 * <li>{@code host} 127.0.0.1 and {@code port} 0 (a free port);</li>
 * <li>{@code images}: image name → local command, in addition to the built-in images;</li>
 * <li>{@code idleTimeout} 60 s: how long an idle container stays warm before it stops (scale to
 *     zero). SageMaker does not document its own, which is minutes; a shorter one lets benchmarks
 *     see cold starts after idle periods without long waits;</li>
 * <li>{@code invocationTimeout} 60 s and {@code maxPayloadBytes} 4 MiB (4,194,304 bytes), request and
 *     response: SageMaker Serverless's documented limits;</li>
 * <li>{@code containerStartupTimeout} 3 min: how long a container may take to answer {@code /ping}
 *     (SageMaker Serverless's documented limit);</li>
 * <li>{@code enforcement} {@link EnforcementMode#AUTO};</li>
 * <li>{@code creationDelay} 0: extra time CreateEndpoint and UpdateEndpoint spend before their
 *     deployment check, to imitate SageMaker's minutes of provisioning;</li>
 * <li>{@code metricsSampleInterval} 1 s: how often MemoryUtilization and the serverless concurrency
 *     metrics are sampled;</li>
 * <li>{@code metricStore}: where metrics go besides CloudWatch. A {@code QueryableMetricStore} becomes
 *     the store the CloudWatch API reads; any other store receives a copy of every datapoint, while
 *     CloudWatch reads the emulator's own {@code InMemoryMetricStore}; empty for that store alone;</li>
 * <li>{@code containerLogFile}: where containers' stdout and stderr go; empty for the emulator's stderr.</li>
 * <li>{@code quotas}: the account's serverless quotas, SageMaker's defaults (50 endpoints, a total
 *     MaxConcurrency of 1000) unless {@link Builder#maxEndpoints} or {@link Builder#accountMaxConcurrency}
 *     say otherwise, so that quota-aware callers can be tested against small ones.</li>
 * <li>{@code faults}: transient failures to inject ({@link FaultPlan}); none by default.</li>
 * </ul>
 */
public record EmulatorOptions(String host, int port, Map<String, List<String>> images, Duration idleTimeout,
        Duration invocationTimeout, long maxPayloadBytes, Duration containerStartupTimeout, EnforcementMode enforcement,
        Duration creationDelay, Duration metricsSampleInterval, Optional<MetricStore> metricStore,
        Optional<Path> containerLogFile, AccountQuotas quotas, FaultPlan faults) {

    /** SageMaker Serverless's request and response payload limit: 4 MB. */
    public static final long SERVERLESS_MAX_PAYLOAD_BYTES = 4L * 1024 * 1024;

    public EmulatorOptions {
        images = Map.copyOf(images);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static EmulatorOptions defaults() {
        return builder().build();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().host(host).port(port).images(images).idleTimeout(idleTimeout)
                .invocationTimeout(invocationTimeout).maxPayloadBytes(maxPayloadBytes)
                .containerStartupTimeout(containerStartupTimeout).enforcement(enforcement).creationDelay(creationDelay)
                .metricsSampleInterval(metricsSampleInterval).maxEndpoints(quotas.maxEndpoints())
                .accountMaxConcurrency(quotas.maxTotalConcurrency()).faults(faults);
        metricStore.ifPresent(builder::metricStore);
        containerLogFile.ifPresent(builder::containerLogFile);
        return builder;
    }

    /** Builds {@link EmulatorOptions}; {@link #build()} names the first bad value. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private final Map<String, List<String>> images = new LinkedHashMap<>();
        private Duration idleTimeout = Duration.ofSeconds(60);
        private Duration invocationTimeout = Duration.ofSeconds(60);
        private long maxPayloadBytes = SERVERLESS_MAX_PAYLOAD_BYTES;
        private Duration containerStartupTimeout = Duration.ofMinutes(3);
        private EnforcementMode enforcement = EnforcementMode.AUTO;
        private Duration creationDelay = Duration.ZERO;
        private Duration metricsSampleInterval = Duration.ofSeconds(1);
        private MetricStore metricStore;
        private Path containerLogFile;
        private int maxEndpoints = AccountQuotas.DEFAULT_MAX_ENDPOINTS;
        private int accountMaxConcurrency = AccountQuotas.DEFAULT_MAX_TOTAL_CONCURRENCY;
        private FaultPlan faults = FaultPlan.none();

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Maps an image name to the command that starts its model server (the emulator appends {@code serve}). */
        public Builder image(String imageName, List<String> command) {
            images.put(imageName, List.copyOf(command));
            return this;
        }

        /** Maps an image from {@code NAME=COMMAND}, the command split on whitespace (the {@code --image} flag's form). */
        public Builder image(String mapping) {
            int equals = mapping.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("an image mapping must look like NAME=COMMAND, got: " + mapping);
            }
            String command = mapping.substring(equals + 1).trim();
            return image(mapping.substring(0, equals).trim(),
                    command.isEmpty() ? List.of() : Arrays.asList(command.split("\\s+")));
        }

        public Builder images(Map<String, List<String>> images) {
            images.forEach(this::image);
            return this;
        }

        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
            return this;
        }

        public Builder invocationTimeout(Duration invocationTimeout) {
            this.invocationTimeout = invocationTimeout;
            return this;
        }

        public Builder maxPayloadBytes(long maxPayloadBytes) {
            this.maxPayloadBytes = maxPayloadBytes;
            return this;
        }

        public Builder containerStartupTimeout(Duration containerStartupTimeout) {
            this.containerStartupTimeout = containerStartupTimeout;
            return this;
        }

        public Builder enforcement(EnforcementMode enforcement) {
            this.enforcement = enforcement;
            return this;
        }

        public Builder creationDelay(Duration creationDelay) {
            this.creationDelay = creationDelay;
            return this;
        }

        public Builder metricsSampleInterval(Duration metricsSampleInterval) {
            this.metricsSampleInterval = metricsSampleInterval;
            return this;
        }

        public Builder metricStore(MetricStore metricStore) {
            this.metricStore = metricStore;
            return this;
        }

        public Builder containerLogFile(Path containerLogFile) {
            this.containerLogFile = containerLogFile;
            return this;
        }

        /** The most serverless endpoints that may exist at once (SageMaker's default: 50). */
        public Builder maxEndpoints(int maxEndpoints) {
            this.maxEndpoints = maxEndpoints;
            return this;
        }

        /** The most MaxConcurrency all serverless endpoints may hold together (SageMaker's default: 1000). */
        public Builder accountMaxConcurrency(int accountMaxConcurrency) {
            this.accountMaxConcurrency = accountMaxConcurrency;
            return this;
        }

        /** Transient failures to inject (control-plane throttling, runtime 5xx); {@link FaultPlan#none()} by default. */
        public Builder faults(FaultPlan faults) {
            this.faults = faults;
            return this;
        }

        /** Faults in the {@code --faults} form, e.g. {@code control-plane-throttle=0.2,runtime-5xx=0.01,seed=7}. */
        public Builder faults(String faults) {
            return faults(FaultPlan.parse(faults));
        }

        /** @throws IllegalArgumentException naming the first bad value */
        public EmulatorOptions build() {
            require(host != null && !host.isBlank(), "host must not be blank, got: " + host);
            require(port >= 0 && port <= 65_535, "port must be 0 (any free port) to 65535, got: " + port);
            images.forEach((name, command) -> {
                require(!name.isBlank() && !name.matches(".*\\s.*"), "an image name must be non-blank without spaces, got: '" + name + "'");
                require(!command.isEmpty(), "image " + name + " needs a command");
            });
            requirePositive(idleTimeout, "idleTimeout");
            requirePositive(invocationTimeout, "invocationTimeout");
            requirePositive(containerStartupTimeout, "containerStartupTimeout");
            requirePositive(metricsSampleInterval, "metricsSampleInterval");
            require(creationDelay != null && !creationDelay.isNegative(), "creationDelay must be zero or more, got: " + creationDelay);
            require(maxPayloadBytes > 0, "maxPayloadBytes must be positive, got: " + maxPayloadBytes);
            Objects.requireNonNull(enforcement, "enforcement");
            AccountQuotas quotas = new AccountQuotas(maxEndpoints, accountMaxConcurrency);
            Objects.requireNonNull(faults, "faults");
            return new EmulatorOptions(host, port, images, idleTimeout, invocationTimeout, maxPayloadBytes,
                    containerStartupTimeout, enforcement, creationDelay, metricsSampleInterval,
                    Optional.ofNullable(metricStore), Optional.ofNullable(containerLogFile), quotas, faults);
        }

        private static void requirePositive(Duration duration, String name) {
            require(duration != null && duration.isPositive(), name + " must be positive, got: " + duration);
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
