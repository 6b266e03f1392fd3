package dev.slsbench.emulator;

import dev.slsbench.emulator.container.EnforcementMode;
import dev.slsbench.emulator.fault.FaultPlan;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmulatorMainTest {

    @Test
    void readsEveryFlag() {
        EmulatorOptions options = EmulatorMain.parse(new String[] {"--port", "4566", "--host", "127.0.0.2",
            "--image", "churn/model=python3 serve.py", "--image", "other=./run", "--idle-timeout", "500ms",
            "--invocation-timeout=2m", "--enforcement", "polling", "--max-endpoints", "3", "--account-max-concurrency=10",
            "--faults", "control-plane-throttle=0.2,runtime-5xx=0.01,seed=7"});

        assertThat(options.port()).isEqualTo(4566);
        assertThat(options.host()).isEqualTo("127.0.0.2");
        assertThat(options.images()).containsEntry("churn/model", List.of("python3", "serve.py"))
                .containsEntry("other", List.of("./run"));
        assertThat(options.idleTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.invocationTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.enforcement()).isEqualTo(EnforcementMode.POLLING);
        assertThat(options.quotas().maxEndpoints()).isEqualTo(3);
        assertThat(options.quotas().maxTotalConcurrency()).isEqualTo(10);
        assertThat(options.faults()).isEqualTo(new FaultPlan(0.2, 0.01, 7));
    }

    @Test
    void readsDurationsInTheCommonForms() {
        assertThat(EmulatorMain.duration("--idle-timeout", "60s")).isEqualTo(Duration.ofSeconds(60));
        assertThat(EmulatorMain.duration("--idle-timeout", "1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(EmulatorMain.duration("--idle-timeout", "PT1M")).isEqualTo(Duration.ofMinutes(1));
        assertThat(EmulatorMain.duration("--idle-timeout", "1h")).isEqualTo(Duration.ofHours(1));
        assertThat(EmulatorMain.duration("--idle-timeout", "30")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void refusesUnknownFlagsAndBadValuesByName() {
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--colour", "blue"})).hasMessageContaining("--colour");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--port", "eighty"})).hasMessageContaining("eighty");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--idle-timeout", "soon"})).hasMessageContaining("soon");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--port"})).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--enforcement", "strict"})).hasMessageContaining("strict");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--max-endpoints", "0"}))
                .hasMessageContaining("maxEndpoints must be at least 1, got: 0");
    }
}
