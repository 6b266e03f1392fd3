package dev.slsbench.junit.engine.config;

import dev.slsbench.junit.SlsbenchProperties;
import dev.slsbench.provision.AccountLimits;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.ConfigurationParameters;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EngineSettingsTests {

    @Test
    void defaultsToTheEmbeddedEmulatorAndTargetFolder() {
        EngineSettings settings = EngineSettings.from(parameters(Map.of()));

        assertThat(settings).isEqualTo(EngineSettings.defaults());
        assertThat(settings.startsEmulator()).isTrue();
        assertThat(settings.output()).isEqualTo(Path.of("target/slsbench"));
    }

    @Test
    void readsEveryKey() {
        EngineSettings settings = EngineSettings.from(parameters(Map.of(
                "slsbench.target", "AWS",
                "slsbench.endpoint-url", "http://127.0.0.1:4566",
                "slsbench.region", "eu-west-1",
                "slsbench.output", "build/bench",
                "slsbench.invocations.scale", "0.1",
                "slsbench.role-arn", "arn:aws:iam::123456789012:role/x",
                "slsbench.emulator.image.my/churn-model", " slsbench/echo ",
                "slsbench.emulator.idle-timeout", "750ms",
                "slsbench.lease", "10m")));

        assertThat(settings.target()).isEqualTo(EngineSettings.Target.AWS);
        assertThat(settings.endpointUrl()).contains(URI.create("http://127.0.0.1:4566"));
        assertThat(settings.region()).contains("eu-west-1");
        assertThat(settings.output()).isEqualTo(Path.of("build/bench"));
        assertThat(settings.invocationScale()).isEqualTo(0.1);
        assertThat(settings.roleArn()).contains("arn:aws:iam::123456789012:role/x");
        assertThat(settings.emulatorImages()).containsExactly(Map.entry("my/churn-model", "slsbench/echo"));
        assertThat(settings.emulatorIdleTimeout()).contains(Duration.ofMillis(750));
        assertThat(settings.lease()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.problems()).isEmpty();
        assertThat(settings.unknownKeys()).isEmpty();
        assertThat(settings.startsEmulator()).isFalse();
    }

    @Test
    void readsTheAccountQuotas() {
        EngineSettings settings = EngineSettings.from(parameters(Map.of(
                "slsbench.max-endpoints", "3", "slsbench.account-max-concurrency", "10")));

        assertThat(settings.accountLimits()).isEqualTo(new AccountLimits(3, 10));
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void scalesInvocationCountsUpToAtLeastOneCall() {
        EngineSettings settings = EngineSettings.from(parameters(Map.of("slsbench.invocations.scale", "0.1")));

        assertThat(settings.scaledInvocations(1000)).isEqualTo(100);
        assertThat(settings.scaledInvocations(15)).isEqualTo(2);
        assertThat(settings.scaledInvocations(3)).isEqualTo(1);
        assertThat(settings.scaledInvocations(0)).isZero();
    }

    @Test
    void namesEveryBadValueAndFallsBackToDefaults() {
        EngineSettings settings = EngineSettings.from(parameters(Map.of(
                "slsbench.target", "cloud",
                "slsbench.endpoint-url", "ftp://host",
                "slsbench.invocations.scale", "-2",
                "slsbench.emulator.idle-timeout", "soon",
                "slsbench.lease", "2s",
                "slsbench.max-endpoints", "0",
                "slsbench.account-max-concurrency", "lots",
                "slsbench.emulator.image.", "cmd")));

        assertThat(settings.problems()).containsExactlyInAnyOrder(
                "slsbench.target: 'cloud' is not 'local' or 'aws'",
                "slsbench.endpoint-url: 'ftp://host' is not an absolute http or https URL with a host",
                "slsbench.invocations.scale: '-2' is not a number greater than 0",
                "slsbench.emulator.idle-timeout: 'soon' is not a duration such as 500ms, 30s, 2m or PT30S",
                "slsbench.lease: '2s' is shorter than 3s",
                "slsbench.max-endpoints: '0' is not at least 1",
                "slsbench.account-max-concurrency: 'lots' is not a whole number",
                "slsbench.emulator.image.=cmd: an image mapping needs an image name after 'slsbench.emulator.image.'"
                        + " and a command as its value");
        assertThat(settings.target()).isEqualTo(EngineSettings.Target.LOCAL);
        assertThat(settings.invocationScale()).isEqualTo(1.0);
        assertThat(settings.lease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.accountLimits()).isEqualTo(AccountLimits.defaults());
    }

    @Test
    void listsUnknownSlsbenchKeysButNotOthers() {
        EngineSettings settings = EngineSettings.from(parameters(Map.of(
                "slsbench.outptu", "x", "slsbench.emulator.port", "1", "junit.jupiter.foo", "y")));

        assertThat(settings.unknownKeys()).containsExactly("slsbench.emulator.port", "slsbench.outptu");
    }

    @Test
    void parsesDurationsInShortAndIsoForm() {
        assertThat(EngineSettings.from(parameters(Map.of("slsbench.emulator.idle-timeout", "2m"))).emulatorIdleTimeout())
                .contains(Duration.ofMinutes(2));
        assertThat(EngineSettings.from(parameters(Map.of("slsbench.emulator.idle-timeout", "PT30S"))).emulatorIdleTimeout())
                .contains(Duration.ofSeconds(30));
    }

    @Test
    void readsDurationsInTheGrammarTheCommandLinesShare() {
        assertThat(EngineSettings.from(parameters(Map.of("slsbench.emulator.idle-timeout", "1.5s"))).emulatorIdleTimeout())
                .contains(Duration.ofMillis(1500));
        assertThat(EngineSettings.from(parameters(Map.of("slsbench.emulator.idle-timeout", "90"))).emulatorIdleTimeout())
                .contains(Duration.ofSeconds(90));
        assertThat(EngineSettings.from(parameters(Map.of("slsbench.emulator.idle-timeout", "0s"))).problems())
                .anySatisfy(problem -> assertThat(problem).contains("is not a positive duration"));
    }

    @Test
    void shipsAnExamplePropertiesFileNamingEveryKnownKey() throws IOException {
        Properties example = new Properties();
        String text;
        try (InputStream in = SlsbenchProperties.class.getResourceAsStream("/META-INF/slsbench/junit-platform.properties.example")) {
            assertThat(in).isNotNull();
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        example.load(new java.io.StringReader(text.replaceAll("(?m)^#(slsbench\\.)", "$1")));

        assertThat(SlsbenchProperties.KEYS).allSatisfy(key -> assertThat(example.stringPropertyNames())
                .anyMatch(name -> name.equals(key) || key.endsWith("<IMAGE>")
                        && name.startsWith(key.substring(0, key.length() - "<IMAGE>".length()))));
        EngineSettings settings = EngineSettings.from(parameters(Map.copyOf(toMap(example))));
        assertThat(settings.problems()).isEmpty();
        assertThat(settings.unknownKeys()).isEmpty();
    }

    private static Map<String, String> toMap(Properties properties) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }

    static ConfigurationParameters parameters(Map<String, String> values) {
        return new ConfigurationParameters() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public Optional<Boolean> getBoolean(String key) {
                return get(key).map(Boolean::parseBoolean);
            }

            @Override
            public Set<String> keySet() {
                return values.keySet();
            }
        };
    }
}
