package dev.slsbench.emulator;

import dev.slsbench.emulator.RecordingMetricStore.Datapoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;
import software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException;
import software.amazon.awssdk.services.sagemakerruntime.model.SageMakerRuntimeException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Cold starts, MaxConcurrency throttling, provisioned concurrency, memory limits, model errors and metrics. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerlessSemanticsTest {

    private static final RecordingMetricStore METRICS = new RecordingMetricStore();
    private static LocalSageMaker emulator;
    private static EmulatorClients clients;

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder().metricStore(METRICS)
                .metricsSampleInterval(Duration.ofMillis(200)).build());
        clients = new EmulatorClients(emulator.endpointUrl());
    }

    @AfterAll
    static void stopEmulator() {
        clients.close();
        emulator.close();
    }

    @Test
    void throttlesCallsBeyondMaxConcurrency() {
        clients.createInServiceEndpoint("throttled", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "1500"), 1024, 2);

        List<CompletableFuture<InvokeEndpointResponse>> calls = IntStream.range(0, 3)
                .mapToObj(i -> clients.runtimeAsync().invokeEndpoint(request -> request.endpointName("throttled")
                        .body(SdkBytes.fromUtf8String("call " + i))))
                .toList();
        List<Throwable> failures = calls.stream().map(call -> call.handle((response, failure) -> failure).join())
                .filter(Objects::nonNull).map(failure -> failure instanceof CompletionException ? failure.getCause() : failure)
                .toList();

        assertThat(failures).singleElement().isInstanceOfSatisfying(SageMakerRuntimeException.class, throttled -> {
            assertThat(throttled.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
            assertThat(throttled.statusCode()).isEqualTo(400);
        });
        assertThat(METRICS.sum("Invocations", "throttled")).isEqualTo(3);
        assertThat(METRICS.sum("Invocation4XXErrors", "throttled")).isEqualTo(1);
    }

    @Test
    void echoAnswersLaterByTheGrowthDelayForEachCallItsContainerAnsweredBefore() {
        clients.createInServiceEndpoint("slowing", "slsbench/echo", Map.of("SLSBENCH_DELAY_GROWTH_MS", "300"), 1024, 1);

        clients.invoke("slowing", "first");
        long start = System.nanoTime();
        clients.invoke("slowing", "second");
        long second = System.nanoTime() - start;
        start = System.nanoTime();
        clients.invoke("slowing", "third");
        long third = System.nanoTime() - start;

        assertThat(Duration.ofNanos(second)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(Duration.ofNanos(third)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void coldStartsOnTheFirstCallAndRecordsModelSetupTime() {
        clients.createInServiceEndpoint("cold", "slsbench/echo", Map.of(), 2048, 1);

        clients.invoke("cold", "first");
        clients.invoke("cold", "second");

        List<Datapoint> setupTimes = METRICS.of("ModelSetupTime", "cold");
        assertThat(setupTimes).singleElement().satisfies(setup -> {
            assertThat(setup.namespace()).isEqualTo("AWS/SageMaker");
            assertThat(setup.unit()).isEqualTo("Microseconds");
            assertThat(setup.value()).isPositive();
            assertThat(setup.dimensions()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("EndpointName", "cold", "VariantName", "AllTraffic"));
        });
    }

    @Test
    void keepsProvisionedConcurrencyWarm() {
        clients.createEndpoint("provisioned", "slsbench/echo", Map.of(), 1024, 3, 2);
        clients.awaitInService("provisioned");

        assertThat(emulator.containerPids("provisioned")).hasSize(2);
        clients.invoke("provisioned", "warm");

        assertThat(METRICS.of("ModelSetupTime", "provisioned")).isEmpty();
        assertThat(METRICS.sum("ServerlessProvisionedConcurrencyInvocations", "provisioned")).isEqualTo(1);
    }

    @Test
    void failsTheCallWithInsufficientMemoryWhenTheContainerOutgrowsItsMemorySize() {
        clients.createInServiceEndpoint("hungry", "slsbench/memory", Map.of(), 1024, 1);

        assertThatThrownBy(() -> clients.invoke("hungry", "1500"))
                .isInstanceOfSatisfying(ModelErrorException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(424);
                    assertThat(error.awsErrorDetails().errorMessage()).contains("insufficient memory");
                    assertThat(error.logStreamArn()).isEqualTo(
                            "arn:aws:logs:us-east-1:000000000000:log-group:/aws/sagemaker/Endpoints/hungry");
                });
        assertThat(clients.invoke("hungry", "64").body().asUtf8String()).isEqualTo("{\"allocatedMB\":64}");
        assertThat(METRICS.sum("Invocation5XXErrors", "hungry")).isEqualTo(1);
    }

    @Test
    void reportsAContainerErrorStatusAsModelError() {
        clients.createInServiceEndpoint("erring", "slsbench/echo", Map.of(), 1024, 1);

        assertThatThrownBy(() -> clients.runtime.invokeEndpoint(request -> request.endpointName("erring")
                .customAttributes("slsbench-status=400").body(SdkBytes.fromUtf8String("bad row"))))
                .isInstanceOfSatisfying(ModelErrorException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(424);
                    assertThat(error.originalStatusCode()).isEqualTo(400);
                    assertThat(error.originalMessage()).isEqualTo("bad row");
                    assertThat(error.awsErrorDetails().errorMessage())
                            .startsWith("Received client error (400) from primary with message \"bad row\".");
                });
        assertThat(METRICS.sum("Invocation4XXErrors", "erring")).isEqualTo(1);
        assertThat(METRICS.sum("Invocation5XXErrors", "erring")).isZero();
    }

    @Test
    void recordsInvocationMetricsWithSageMakerNamesUnitsAndDimensions() {
        clients.createInServiceEndpoint("measured", "slsbench/echo", Map.of(), 1024, 2);

        clients.invoke("measured", "one");
        clients.invoke("measured", "two");

        assertThat(METRICS.of("Invocations", "measured")).hasSize(2)
                .allSatisfy(point -> assertThat(point.unit()).isEqualTo("Count"));
        assertThat(METRICS.of("ModelLatency", "measured")).hasSize(2)
                .allSatisfy(point -> assertThat(point.unit()).isEqualTo("Microseconds"));
        assertThat(METRICS.of("OverheadLatency", "measured")).hasSize(2)
                .allSatisfy(point -> assertThat(point.namespace()).isEqualTo("AWS/SageMaker"));
        assertThat(METRICS.sum("Invocation4XXErrors", "measured")).isZero();
        assertThat(METRICS.sum("Invocation5XXErrors", "measured")).isZero();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(METRICS.of("MemoryUtilization", "measured")).isNotEmpty().allSatisfy(point -> {
                assertThat(point.namespace()).isEqualTo("/aws/sagemaker/Endpoints");
                assertThat(point.unit()).isEqualTo("Percent");
                assertThat(point.value()).isBetween(0.0, 100.0);
            });
            assertThat(METRICS.of("ServerlessConcurrentExecutionsUtilization", "measured")).isNotEmpty();
        });
    }
}
