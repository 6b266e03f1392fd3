package dev.slsbench.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Killing the emulator with SIGKILL leaves no model container behind. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class KillNineTest {

    @Test
    void leavesNoContainerAliveAfterTheEmulatorIsKilledWithSignal9() throws Exception {
        try (StandaloneEmulator emulator = StandaloneEmulator.start()) {
            try (EmulatorClients clients = new EmulatorClients(emulator.url())) {
                clients.createEndpoint("orphan-candidate", "slsbench/echo", Map.of(), 1024, 3, 2);
                clients.awaitInService("orphan-candidate");
                clients.invoke("orphan-candidate", "keep them busy");
            }
            List<Long> containers = emulator.containers();
            assertThat(containers).hasSizeGreaterThanOrEqualTo(2);

            emulator.process().destroyForcibly();

            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                    .until(() -> containers.stream().noneMatch(StandaloneEmulator::alive) && emulator.containers().isEmpty());
        }
    }
}
