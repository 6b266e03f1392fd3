package dev.slsbench.provision;

import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The control-plane client outlasts throttling that the SDK's default three attempts do not. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ControlPlaneRetryTest {

    @Test
    void everyControlPlaneCallSucceedsWhenHalfOfAllAttemptsAreThrottled() {
        try (EmulatorUnderTest emulator = EmulatorUnderTest.start(o -> o.faults("control-plane-throttle=0.5,seed=11"));
             AwsClients clients = AwsClients.create(emulator.target(), 1)) {
            for (int i = 0; i < 30; i++) {
                String name = "model-" + i;
                clients.sageMaker().createModel(m -> m.modelName(name).executionRoleArn("arn:aws:iam::000000000000:role/r")
                        .primaryContainer(c -> c.image("slsbench/echo").environment(Map.of())));
            }

            assertThat(clients.sageMaker().listModelsPaginator(r -> { }).models()).hasSize(30);
            assertThat(emulator.faultCounts().controlPlaneThrottles()).isGreaterThan(20);
        }
    }

    @Test
    void retriesUpToTenAttemptsWithoutACircuitBreaker() {
        assertThat(AwsClients.controlPlaneRetryStrategy().maxAttempts()).isEqualTo(10);
    }
}
