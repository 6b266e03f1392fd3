package dev.slsbench.junit.engine.config;

import dev.slsbench.emulator.DurationParser;
import dev.slsbench.junit.SlsbenchProperties;
import dev.slsbench.provision.AccountLimits;
import dev.slsbench.provision.Leases;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.support.config.PrefixedConfigurationParameters;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The engine's {@code slsbench.*} configuration parameters, parsed once per discovery (see
 * {@link SlsbenchProperties} for their meaning). Parsing never throws: a bad value becomes a
 * {@linkplain #problems() problem} naming the key and the value, an unknown key with the prefix an
 * {@linkplain #unknownKeys() unknown key}, and the setting falls back to its default.
 *
 * @param target where endpoints are created
 * @param endpointUrl a SageMaker-compatible URL to use instead of starting an emulator
 * @param region the AWS region, when set
 * @param output the root folder of result files
 * @param invocationScale the factor applied to invocation counts, &gt; 0
 * @param roleArn the execution role for models created on AWS, when set
 * @param emulatorImages image name → command for the embedded emulator, sorted by image
 * @param emulatorIdleTimeout idle time after which the emulator stops a container, when set
 * @param priceTable the user's price table file, when set
 * @param lease how long a killed run's resources outlive it ({@link SlsbenchProperties#LEASE})
 * @param accountLimits the account's serverless quotas ({@link SlsbenchProperties#MAX_ENDPOINTS},
 *        {@link SlsbenchProperties#ACCOUNT_MAX_CONCURRENCY})
 * @param problems one message per bad value
 * @param unknownKeys keys starting with {@code slsbench.} that the engine does not know, sorted
 */
public record EngineSettings(Target target, Optional<URI> endpointUrl, Optional<String> region, Path output,
                             double invocationScale, Optional<String> roleArn, Map<String, String> emulatorImages,
                             Optional<Duration> emulatorIdleTimeout, Optional<Path> priceTable, Duration lease,
                             AccountLimits accountLimits, List<String> problems, List<String> unknownKeys) {

    private static final Set<String> KNOWN_KEYS = Set.of(SlsbenchProperties.TARGET, SlsbenchProperties.ENDPOINT_URL,
            SlsbenchProperties.REGION, SlsbenchProperties.OUTPUT, SlsbenchProperties.INVOCATIONS_SCALE,
            SlsbenchProperties.ROLE_ARN, SlsbenchProperties.EMULATOR_IDLE_TIMEOUT, SlsbenchProperties.PRICE_TABLE,
            SlsbenchProperties.LEASE, SlsbenchProperties.MAX_ENDPOINTS, SlsbenchProperties.ACCOUNT_MAX_CONCURRENCY);

    /** Where the engine creates endpoints. */
    public enum Target {
        /** An emulator on this machine: embedded, or the one at {@code slsbench.endpoint-url}; dummy credentials. */
        LOCAL,
        /** SageMaker (or the URL at {@code slsbench.endpoint-url}) with the SDK's default credential chain. */
        AWS
    }

    public EngineSettings {
        emulatorImages = Map.copyOf(emulatorImages);
        problems = List.copyOf(problems);
        unknownKeys = List.copyOf(unknownKeys);
    }

    /** The settings when no {@code slsbench.*} parameter is given. */
    public static EngineSettings defaults() {
        return new EngineSettings(Target.LOCAL, Optional.empty(), Optional.empty(),
                Path.of(SlsbenchProperties.DEFAULT_OUTPUT), 1.0, Optional.empty(), Map.of(), Optional.empty(),
                Optional.empty(), Leases.DEFAULT_LEASE, AccountLimits.defaults(), List.of(), List.of());
    }

    /** Reads the settings from the launcher's configuration parameters. */
    public static EngineSettings from(ConfigurationParameters parameters) {
        return new Reader(parameters).read();
    }

    /** Whether the engine starts its own emulator: target local and no endpoint URL given. */
    public boolean startsEmulator() {
        return target == Target.LOCAL && endpointUrl.isEmpty();
    }

    /** {@code count} scaled by {@link #invocationScale()}, rounded up, at least 1. */
    public int scaledInvocations(int count) {
        if (count < 1 || invocationScale == 1.0) {
            return count;
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(count * invocationScale)));
    }

    private static final class Reader {
        private final ConfigurationParameters all;
        private final PrefixedConfigurationParameters prefixed;
        private final List<String> problems = new ArrayList<>();

        Reader(ConfigurationParameters parameters) {
            this.all = parameters;
            this.prefixed = new PrefixedConfigurationParameters(parameters, SlsbenchProperties.PREFIX);
        }

        EngineSettings read() {
            EngineSettings d = defaults();
            Target target = parse(SlsbenchProperties.TARGET, Reader::target).orElse(d.target());
            Optional<URI> endpointUrl = parse(SlsbenchProperties.ENDPOINT_URL, Reader::httpUrl);
            Optional<String> region = parse(SlsbenchProperties.REGION, Reader::nonBlank);
            Path output = parse(SlsbenchProperties.OUTPUT, Reader::path).orElse(d.output());
            double scale = parse(SlsbenchProperties.INVOCATIONS_SCALE, Reader::scale).orElse(1.0);
            Optional<String> roleArn = parse(SlsbenchProperties.ROLE_ARN, Reader::nonBlank);
            Optional<Duration> idleTimeout = parse(SlsbenchProperties.EMULATOR_IDLE_TIMEOUT, Reader::duration);
            Optional<Path> priceTable = parse(SlsbenchProperties.PRICE_TABLE, Reader::path);
            Duration lease = parse(SlsbenchProperties.LEASE, Reader::lease).orElse(d.lease());
            AccountLimits limits = new AccountLimits(
                    parse(SlsbenchProperties.MAX_ENDPOINTS, Reader::atLeastOne).orElse(d.accountLimits().maxEndpoints()),
                    parse(SlsbenchProperties.ACCOUNT_MAX_CONCURRENCY, Reader::atLeastOne)
                            .orElse(d.accountLimits().maxTotalConcurrency()));
            Map<String, String> images = new TreeMap<>();
            List<String> unknown = new ArrayList<>();
            for (String key : new java.util.TreeSet<>(all.keySet())) {
                if (!key.startsWith(SlsbenchProperties.PREFIX) || KNOWN_KEYS.contains(key)) {
                    continue;
                }
                if (key.startsWith(SlsbenchProperties.EMULATOR_IMAGE_PREFIX)) {
                    String image = key.substring(SlsbenchProperties.EMULATOR_IMAGE_PREFIX.length());
                    String command = all.get(key).map(String::strip).orElse("");
                    if (image.isBlank() || command.isEmpty()) {
                        problems.add(key + "=" + command + ": an image mapping needs an image name after '"
                                + SlsbenchProperties.EMULATOR_IMAGE_PREFIX + "' and a command as its value");
                    } else {
                        images.put(image, command);
                    }
                } else {
                    unknown.add(key);
                }
            }
            return new EngineSettings(target, endpointUrl, region, output, scale, roleArn, images, idleTimeout,
                    priceTable, lease, limits, problems, unknown);
        }

        private <T> Optional<T> parse(String key, Function<String, T> parser) {
            Optional<String> raw = prefixed.get(key.substring(SlsbenchProperties.PREFIX.length())).map(String::strip);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parser.apply(raw.get()));
            } catch (IllegalArgumentException e) {
                problems.add(key + ": '" + raw.get() + "' " + e.getMessage());
                return Optional.empty();
            }
        }

        private static Target target(String value) {
            try {
                return Target.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("is not 'local' or 'aws'");
            }
        }

        private static URI httpUrl(String value) {
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new IllegalArgumentException("is not an absolute http or https URL with a host");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("is not a URL (" + e.getReason() + ")");
            }
        }

        private static String nonBlank(String value) {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("is empty");
            }
            return value;
        }

        private static Path path(String value) {
            try {
                return Path.of(nonBlank(value));
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("is not a path (" + e.getReason() + ")");
            }
        }

        private static double scale(String value) {
            double scale;
            try {
                scale = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("is not a number");
            }
            if (!(scale > 0) || Double.isInfinite(scale)) {
                throw new IllegalArgumentException("is not a number greater than 0");
            }
            return scale;
        }

        private static int atLeastOne(String value) {
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("is not a whole number");
            }
            if (number < 1) {
                throw new IllegalArgumentException("is not at least 1");
            }
            return number;
        }

        private static Duration lease(String value) {
            Duration lease = duration(value);
            if (lease.compareTo(Leases.MIN_LEASE) < 0) {
                throw new IllegalArgumentException("is shorter than " + Leases.MIN_LEASE.toSeconds() + "s");
            }
            return lease;
        }

        static Duration duration(String value) {
            Duration duration;
            try {
                duration = DurationParser.parse(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("is not a duration such as 500ms, 30s, 2m or PT30S");
            }
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("is not a positive duration");
            }
            return duration;
        }
    }
}
