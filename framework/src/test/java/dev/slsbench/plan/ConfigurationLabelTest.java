package dev.slsbench.plan;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The one way configurations are named, in the CLI's and in the engine's style. */
class ConfigurationLabelTest {

    private static final OpenLoopConfiguration OPEN_LOOP =
            new OpenLoopConfiguration(0, new OpenLoopPhase(2.5, Duration.ofSeconds(30), 2048, 4));

    @Test
    void describesAConfigurationByIdAndShapeForTheCli() {
        assertThat(ConfigurationLabel.describe(new StabilityConfiguration(1024))).isEqualTo("s1024 (1024 MB)");
        assertThat(ConfigurationLabel.describe(new ConcurrencyConfiguration(2048, 4, 8)))
                .isEqualTo("c2048-4-8 (2048 MB, MaxConcurrency 4, 8 clients)");
        assertThat(ConfigurationLabel.shape(new ConcurrencyConfiguration(2048, 1, 1)))
                .isEqualTo("2048 MB, MaxConcurrency 1, 1 client");
        assertThat(ConfigurationLabel.shape(OPEN_LOOP)).isEqualTo("2048 MB, MaxConcurrency 4, 2.5 arrivals/s for 30.0 s");
    }

    @Test
    void namesAConfigurationBySettingsForTheEngine() {
        assertThat(ConfigurationLabel.settings(new StabilityConfiguration(2048))).isEqualTo("memory=2048 MB");
        assertThat(ConfigurationLabel.settings(new ConcurrencyConfiguration(2048, 4, 8)))
                .isEqualTo("maxConcurrency=4, clients=8 (memory=2048 MB)");
        assertThat(ConfigurationLabel.settings(OPEN_LOOP)).isEqualTo(OPEN_LOOP.id());
    }

    @Test
    void writesDurationsAndNumbersShort() {
        assertThat(ConfigurationLabel.duration(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(ConfigurationLabel.duration(Duration.ofMillis(12_345))).isEqualTo("12.3 s");
        assertThat(ConfigurationLabel.duration(Duration.ofSeconds(245))).isEqualTo("4 min 05 s");
        assertThat(ConfigurationLabel.duration(Duration.ofMinutes(125))).isEqualTo("2 h 05 min");
        assertThat(ConfigurationLabel.number(99.0)).isEqualTo("99");
        assertThat(ConfigurationLabel.number(99.9)).isEqualTo("99.9");
    }
}
