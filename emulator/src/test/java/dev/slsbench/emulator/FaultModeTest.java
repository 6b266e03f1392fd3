package dev.slsbench.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.SageMakerRuntimeException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fault mode seen through the AWS SDK: with retries off the injected ThrottlingException and 5xx
 * reach the caller as SageMaker would send them; with the SDK's default retry policy the same
 * calls succeed, because the SDK classifies them as retryable. Seeded, so every run meets the same
 * faults.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FaultModeTest {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "dummy-secret"));

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable closeable : opened.reversed()) {
            closeable.close();
        }
    }

    @Test
    void throttledControlPlaneCallShowsAsThrottlingExceptionWithRetriesOff() throws Exception {
        // seed 3 draws 0.73, 0.07, 0.07, 0.77, ...: at 20 % the second and third calls are throttled
        LocalSageMaker emulator = start("control-plane-throttle=0.2,seed=3");
        SageMakerClient noRetries = open(SageMakerClient.builder().endpointOverride(emulator.endpointUrl())
                .region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())).build());
        noRetries.createModel(model -> model.modelName("m").primaryContainer(container -> container.image("slsbench/echo")));

        assertThatThrownBy(() -> noRetries.createEndpointConfig(config -> config.endpointConfigName("m")
                .productionVariants(EmulatorClients.serverlessVariant("m", 1024, 1, null))))
                .isInstanceOfSatisfying(SageMakerException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
                    assertThat(error.isThrottlingException()).isTrue();
                });
        assertThatThrownBy(() -> noRetries.listEndpointConfigs(request -> request.maxResults(10)))
                .isInstanceOfSatisfying(SageMakerException.class, error -> assertThat(error.isThrottlingException()).isTrue());
        assertThat(noRetries.listEndpointConfigs(request -> request.maxResults(10)).endpointConfigs())
                .as("the throttled call created nothing").isEmpty();
        assertThat(emulator.faultCounts().controlPlaneThrottles()).isEqualTo(2);
    }

    @Test
    void sdkDefaultRetriesCarryAnEndpointThroughControlPlaneThrottling() throws Exception {
        LocalSageMaker emulator = start("control-plane-throttle=0.2,seed=3");
        EmulatorClients clients = open(new EmulatorClients(emulator.endpointUrl()));

        clients.createEndpoint("survivor", "slsbench/echo", Map.of(), 1024, 1, null);

        assertThat(clients.awaitInService("survivor").endpointStatus()).isEqualTo(EndpointStatus.IN_SERVICE);
        assertThat(emulator.faultCounts().controlPlaneThrottles()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void injectedRuntimeFaultIsAFiveHundredCountedAsAnInvocationWithRetriesOff() throws Exception {
        RecordingMetricStore metrics = new RecordingMetricStore();
        LocalSageMaker emulator = LocalSageMaker.start(EmulatorOptions.builder().faults("runtime-5xx=1").metricStore(metrics).build());
        opened.add(emulator);
        EmulatorClients clients = open(new EmulatorClients(emulator.endpointUrl()));
        clients.createInServiceEndpoint("flaky", "slsbench/echo", Map.of(), 1024, 1);

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> clients.invoke("flaky", "x"))
                    .isInstanceOfSatisfying(SageMakerRuntimeException.class, error -> {
                        assertThat(error.statusCode()).isIn(500, 503);
                        assertThat(error.awsErrorDetails().errorCode()).isEqualTo(error.statusCode() == 500
                                ? "InternalFailure" : "ServiceUnavailable");
                    });
        }

        assertThat(emulator.faultCounts().runtimeServerErrors()).isEqualTo(4);
        assertThat(metrics.sum("Invocations", "flaky")).isEqualTo(4);
        assertThat(metrics.sum("Invocation5XXErrors", "flaky")).isEqualTo(4);
    }

    @Test
    void sdkDefaultRetriesGetInvocationsPastRuntimeFaults() throws Exception {
        LocalSageMaker emulator = start("runtime-5xx=0.3,seed=5");
        EmulatorClients clients = open(new EmulatorClients(emulator.endpointUrl()));
        clients.createInServiceEndpoint("retried", "slsbench/echo", Map.of(), 1024, 1);
        SageMakerRuntimeClient defaultRetries = open(SageMakerRuntimeClient.builder().endpointOverride(emulator.endpointUrl())
                .region(Region.US_EAST_1).credentialsProvider(CREDENTIALS).build());

        for (int i = 0; i < 10; i++) {
            String body = "call " + i;
            assertThat(defaultRetries.invokeEndpoint(request -> request.endpointName("retried").contentType("text/plain")
                    .body(SdkBytes.fromString(body, StandardCharsets.UTF_8))).body().asUtf8String()).isEqualTo(body);
        }

        assertThat(emulator.faultCounts().runtimeServerErrors()).isPositive();
    }

    @Test
    void theSameSeedInjectsTheSameFaultsInEveryRun() throws Exception {
        assertThat(outcomesOfTwentyCalls("runtime-5xx=0.5,seed=11")).isEqualTo(outcomesOfTwentyCalls("runtime-5xx=0.5,seed=11"))
                .contains(200).containsAnyOf(500, 503);
    }

    private List<Integer> outcomesOfTwentyCalls(String faults) throws Exception {
        try (LocalSageMaker emulator = LocalSageMaker.start(EmulatorOptions.builder().faults(faults).build());
                EmulatorClients clients = new EmulatorClients(emulator.endpointUrl())) {
            clients.createInServiceEndpoint("seeded", "slsbench/echo", Map.of(), 1024, 1);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                try {
                    statuses.add(clients.invoke("seeded", "x").sdkHttpResponse().statusCode());
                } catch (SageMakerRuntimeException e) {
                    statuses.add(e.statusCode());
                }
            }
            return statuses;
        }
    }

    private LocalSageMaker start(String faults) throws Exception {
        return open(LocalSageMaker.start(EmulatorOptions.builder().faults(faults).build()));
    }

    private <T extends AutoCloseable> T open(T closeable) {
        opened.add(closeable);
        return closeable;
    }
}
