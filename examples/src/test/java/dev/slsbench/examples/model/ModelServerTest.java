package dev.slsbench.examples.model;

import dev.slsbench.examples.ExampleImages;
import dev.slsbench.examples.PredictionText;
import dev.slsbench.examples.ServerProcess;
import dev.slsbench.examples.container.FeatureRows;
import dev.slsbench.examples.data.ChurnDataSet;
import dev.slsbench.examples.data.LabeledRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The churn model container over real HTTP, started as the emulator starts it. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ModelServerTest {

    private static final LabeledRows CUSTOMERS = ChurnDataSet.generate(5, 123);
    private static ServerProcess server;
    private static float[] expected;

    @BeforeAll
    static void startServerAndPredictInProcess() throws Exception {
        server = ServerProcess.start(ExampleImages.CHURN, Map.of(), ExampleImages.containerLog("ModelServerTest"));
        try (ChurnModel model = ChurnModel.load(ExampleImages.churnModelDirectory())) {
            expected = model.predict(new FeatureRows(CUSTOMERS.features(), CUSTOMERS.rowCount(), CUSTOMERS.featureCount()));
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void answersPingOnceTheModelIsLoaded() throws Exception {
        assertThat(server.send("GET", "/ping", null, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void predictsOneChurnProbabilityPerCsvLine() throws Exception {
        HttpResponse<String> response = server.invoke("text/csv", null, csv(CUSTOMERS));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv");
        assertThat(PredictionText.csvLines(response.body())).containsExactly(expected, within(1e-6f));
    }

    @Test
    void predictsASingleRowWithoutATrailingNewline() throws Exception {
        HttpResponse<String> response = server.invoke("text/csv", "text/csv", ChurnDataSet.csvLine(CUSTOMERS.row(0)));

        assertThat(response.body().lines().toList()).singleElement()
                .satisfies(line -> assertThat(Float.parseFloat(line)).isCloseTo(expected[0], within(1e-6f)));
    }

    @Test
    void predictsJsonInstances() throws Exception {
        String instances = IntStream.range(0, CUSTOMERS.rowCount())
                .mapToObj(i -> "[" + ChurnDataSet.csvLine(CUSTOMERS.row(i)) + "]").collect(Collectors.joining(","));

        HttpResponse<String> response = server.invoke("application/json", "application/json", "{\"instances\":[" + instances + "]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(PredictionText.jsonPredictions(response.body())).containsExactly(expected, within(1e-6f));
    }

    @Test
    void answersCsvRowsInJsonWhenAskedTo() throws Exception {
        HttpResponse<String> response = server.invoke("text/csv", "application/json", csv(CUSTOMERS));

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).startsWith("{\"predictions\":[" + expected[0] + ",");
    }

    @Test
    void refusesARowWithMissingColumnsWith400NamingTheLine() throws Exception {
        HttpResponse<String> response = server.invoke("text/csv", null, csv(CUSTOMERS) + "1,2,3\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("line 6 has 3 values; the model takes 16 features per row\n");
    }

    @Test
    void refusesOtherContentTypesWith415() throws Exception {
        HttpResponse<String> response = server.invoke("application/x-recordio-protobuf", null, "x");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("unsupported Content-Type application/x-recordio-protobuf");
    }

    @Test
    void servesOnlyTheContractsPathsAndMethods() throws Exception {
        assertThat(server.send("GET", "/invocations", null, null, null).statusCode()).isEqualTo(405);
        assertThat(server.send("POST", "/ping", "text/csv", null, "").statusCode()).isEqualTo(405);
        assertThat(server.send("GET", "/models", null, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void takesTheModelDirectoryFromSmModelDir(@TempDir Path empty) throws Exception {
        Path log = empty.resolve("server.log");
        List<String> command = new ArrayList<>(ExampleImages.command(ExampleImages.CHURN));
        command.add("serve");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SM_MODEL_DIR", empty.toString());

        int status = builder.start().waitFor();

        assertThat(status).isNotZero();
        assertThat(Files.readString(log)).contains("no model artifact " + empty.resolve(ChurnModel.ARTIFACT_FILE));
    }

    private static String csv(LabeledRows rows) {
        return IntStream.range(0, rows.rowCount()).mapToObj(i -> ChurnDataSet.csvLine(rows.row(i)) + "\n")
                .collect(Collectors.joining());
    }
}
