package dev.slsbench.examples.embedding;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.examples.EmulatorEndpoints;
import dev.slsbench.examples.ExampleImages;
import dev.slsbench.examples.PredictionText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;
import software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The recommender with a 1.5 GiB embedding table behind serverless endpoints of the emulator: too
 * big for 1024 MB, at home in 2048 MB.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class EmbeddingRecommenderOnEmulatorTest {

    private static LocalSageMaker emulator;
    private static EmulatorEndpoints endpoints;

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder()
                .image(ExampleImages.EMBEDDING, ExampleImages.command(ExampleImages.EMBEDDING))
                .containerLogFile(ExampleImages.containerLog("EmbeddingRecommenderOnEmulatorTest"))
                .build());
        endpoints = new EmulatorEndpoints(emulator.endpointUrl());
    }

    @AfterAll
    static void stopEmulator() {
        endpoints.close();
        emulator.close();
    }

    @Test
    void failsItsCallsWithInsufficientMemoryAt1024Mb() {
        endpoints.deploy("recommender-1024", ExampleImages.EMBEDDING, Map.of(), 1024, 1);

        assertThatThrownBy(() -> endpoints.invoke("recommender-1024", "text/csv", "text/csv", "17,4242"))
                .isInstanceOfSatisfying(ModelErrorException.class, error -> assertThat(error.getMessage())
                        .contains("insufficient memory for MemorySizeInMB 1024"));
    }

    @Test
    void scoresPairsAt2048Mb() {
        endpoints.deploy("recommender-2048", ExampleImages.EMBEDDING, Map.of(), 2048, 1);

        InvokeEndpointResponse first = endpoints.invoke("recommender-2048", "text/csv", "text/csv", "17,4242\n5,6000000\n");
        InvokeEndpointResponse again = endpoints.invoke("recommender-2048", "application/json", "text/csv",
                "{\"instances\": [[17, 4242]]}");

        float[] scores = PredictionText.csvLines(first.body().asUtf8String());
        assertThat(scores).hasSize(2);
        assertThat(scores[0]).isStrictlyBetween(0f, 1f);
        assertThat(scores[1]).isStrictlyBetween(0f, 1f);
        assertThat(PredictionText.csvLines(again.body().asUtf8String())).containsExactly(scores[0]);
    }

    @Test
    void failsToDeployAt1024MbWhenTheTableIsBuiltAtStartUp() {
        String name = "recommender-startup-1024";
        endpoints.create(name, ExampleImages.EMBEDDING, Map.of("SLSBENCH_EMBEDDING_LOAD", "startup"), 1024, 1);

        DescribeEndpointResponse failed = await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(200))
                .until(() -> endpoints.sageMaker().describeEndpoint(request -> request.endpointName(name)),
                        description -> description.endpointStatus() != EndpointStatus.CREATING);

        assertThat(failed.endpointStatus()).isEqualTo(EndpointStatus.FAILED);
        assertThat(failed.failureReason()).contains("insufficient memory");
    }
}
