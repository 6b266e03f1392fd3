package dev.slsbench.examples.model;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.examples.EmulatorEndpoints;
import dev.slsbench.examples.ExampleImages;
import dev.slsbench.examples.PredictionText;
import dev.slsbench.examples.container.FeatureRows;
import dev.slsbench.examples.data.ChurnDataSet;
import dev.slsbench.examples.data.LabeledRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;
import software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The churn model container behind a serverless endpoint of the emulator, through the real AWS SDK. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ChurnModelOnEmulatorTest {

    private static final String ENDPOINT = "churn-xgboost";
    private static final LabeledRows CUSTOMERS = ChurnDataSet.generate(3, 321);
    private static LocalSageMaker emulator;
    private static EmulatorEndpoints endpoints;
    private static float[] expected;

    @BeforeAll
    static void deployTheModel() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder()
                .image(ExampleImages.CHURN, ExampleImages.command(ExampleImages.CHURN))
                .containerLogFile(ExampleImages.containerLog("ChurnModelOnEmulatorTest"))
                .build());
        endpoints = new EmulatorEndpoints(emulator.endpointUrl());
        assertThat(endpoints.deploy(ENDPOINT, ExampleImages.CHURN, Map.of(), 1024, 1).endpointStatus())
                .isEqualTo(EndpointStatus.IN_SERVICE);
        try (ChurnModel model = ChurnModel.load(ExampleImages.churnModelDirectory())) {
            expected = model.predict(new FeatureRows(CUSTOMERS.features(), CUSTOMERS.rowCount(), CUSTOMERS.featureCount()));
        }
    }

    @AfterAll
    static void stopEmulator() {
        endpoints.close();
        emulator.close();
    }

    @Test
    void returnsAChurnProbabilityForEachCsvRow() {
        String rows = IntStream.range(0, CUSTOMERS.rowCount()).mapToObj(i -> ChurnDataSet.csvLine(CUSTOMERS.row(i)))
                .collect(Collectors.joining("\n"));

        InvokeEndpointResponse response = endpoints.invoke(ENDPOINT, "text/csv", "text/csv", rows);

        assertThat(response.contentType()).isEqualTo("text/csv");
        assertThat(response.invokedProductionVariant()).isEqualTo("AllTraffic");
        assertThat(PredictionText.csvLines(response.body().asUtf8String())).containsExactly(expected, within(1e-6f));
    }

    @Test
    void returnsJsonPredictionsForJsonInstances() {
        String body = "{\"instances\":[[" + ChurnDataSet.csvLine(CUSTOMERS.row(1)) + "]]}";

        InvokeEndpointResponse response = endpoints.invoke(ENDPOINT, "application/json", "application/json", body);

        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(PredictionText.jsonPredictions(response.body().asUtf8String())).containsExactly(expected[1]);
    }

    @Test
    void relaysTheModelsBadRequestAsAModelError() {
        assertThatThrownBy(() -> endpoints.invoke(ENDPOINT, "text/csv", "text/csv", "1,2,3"))
                .isInstanceOfSatisfying(ModelErrorException.class, error -> {
                    assertThat(error.originalStatusCode()).isEqualTo(400);
                    assertThat(error.originalMessage()).contains("line 1 has 3 values; the model takes 16 features per row");
                });
    }
}
