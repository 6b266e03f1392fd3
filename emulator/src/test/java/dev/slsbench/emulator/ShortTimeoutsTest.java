package dev.slsbench.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException;
import software.amazon.awssdk.services.sagemakerruntime.model.ModelNotReadyException;
import software.amazon.awssdk.services.sagemakerruntime.model.SageMakerRuntimeException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Scale to zero after the idle timeout, and the invocation timeout, on an emulator with short ones (1 s calls). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ShortTimeoutsTest {

    private static final RecordingMetricStore METRICS = new RecordingMetricStore();
    private static LocalSageMaker emulator;
    private static EmulatorClients clients;

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder().metricStore(METRICS)
                .idleTimeout(Duration.ofMillis(300)).invocationTimeout(Duration.ofSeconds(1)).build());
        clients = new EmulatorClients(emulator.endpointUrl());
    }

    @AfterAll
    static void stopEmulator() {
        clients.close();
        emulator.close();
    }

    @Test
    void scalesToZeroAfterTheIdleTimeoutThenColdStartsAgain() {
        clients.createInServiceEndpoint("scaled", "slsbench/echo", Map.of(), 1024, 1);
        clients.invoke("scaled", "first");
        assertThat(METRICS.of("ModelSetupTime", "scaled")).hasSize(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> emulator.containerPids("scaled").isEmpty());
        clients.invoke("scaled", "after idle");

        assertThat(METRICS.of("ModelSetupTime", "scaled")).hasSize(2);
    }

    @Test
    void failsAnInvocationThatOutlastsTheInvocationTimeout() {
        clients.createInServiceEndpoint("slow", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "5000"), 1024, 1);

        assertThatThrownBy(() -> clients.invoke("slow", "too slow"))
                .isInstanceOfSatisfying(ModelErrorException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(424);
                    assertThat(error.awsErrorDetails().errorMessage())
                            .startsWith("Your invocation timed out while waiting for a response from container primary.");
                });
        assertThat(METRICS.sum("Invocation5XXErrors", "slow")).isEqualTo(1);
    }

    @Test
    void answersModelNotReadyWhileAColdStartOutlastsTheCallThenServesFromThatContainer() {
        // meanwhile the starting container counts against MaxConcurrency 1, so early retries are throttled
        clients.createInServiceEndpoint("slow-start", "slsbench/echo", Map.of("SLSBENCH_STARTUP_DELAY_MS", "2500"), 1024, 1);

        assertThatThrownBy(() -> clients.invoke("slow-start", "too early"))
                .isInstanceOfSatisfying(ModelNotReadyException.class, error -> assertThat(error.statusCode()).isEqualTo(429));

        await().atMost(Duration.ofSeconds(15)).ignoreExceptionsInstanceOf(SageMakerRuntimeException.class)
                .until(() -> clients.invoke("slow-start", "ready now").body().asUtf8String().equals("ready now"));
    }
}
