package dev.slsbench.emulator;

import dev.slsbench.emulator.container.EnforcementMode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmulatorOptionsTest {

    @Test
    void defaultsFollowSageMakerServerlessLimits() {
        EmulatorOptions defaults = EmulatorOptions.defaults();

        assertThat(defaults.host()).isEqualTo("127.0.0.1");
        assertThat(defaults.port()).isZero();
        assertThat(defaults.maxPayloadBytes()).isEqualTo(4 * 1024 * 1024);
        assertThat(defaults.invocationTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.containerStartupTimeout()).isEqualTo(Duration.ofMinutes(3));
        assertThat(defaults.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.enforcement()).isEqualTo(EnforcementMode.AUTO);
        assertThat(defaults.quotas().maxEndpoints()).isEqualTo(50);
        assertThat(defaults.quotas().maxTotalConcurrency()).isEqualTo(1000);
    }

    @Test
    void splitsAnImageMappingsCommandOnWhitespace() {
        EmulatorOptions options = EmulatorOptions.builder().image("my/model=python3  -m   server --workers 1").build();

        assertThat(options.images()).containsEntry("my/model", List.of("python3", "-m", "server", "--workers", "1"));
    }

    @Test
    void keepsEverySettingThroughToBuilder() {
        EmulatorOptions options = EmulatorOptions.builder().port(4566).idleTimeout(Duration.ofSeconds(5))
                .image("a/b", List.of("run")).enforcement(EnforcementMode.POLLING).maxEndpoints(3).accountMaxConcurrency(10).build();

        assertThat(options.toBuilder().build()).isEqualTo(options);
    }

    @Test
    void namesTheBadValueWhenItRefusesToBuild() {
        assertThatThrownBy(() -> EmulatorOptions.builder().port(70_000).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70000");
        assertThatThrownBy(() -> EmulatorOptions.builder().idleTimeout(Duration.ZERO).build())
                .hasMessageContaining("idleTimeout").hasMessageContaining("PT0S");
        assertThatThrownBy(() -> EmulatorOptions.builder().image("no-equals-sign").build())
                .hasMessageContaining("no-equals-sign");
        assertThatThrownBy(() -> EmulatorOptions.builder().image("empty=").build())
                .hasMessageContaining("image empty needs a command");
        assertThatThrownBy(() -> EmulatorOptions.builder().maxPayloadBytes(0).build())
                .hasMessageContaining("maxPayloadBytes");
    }
}
