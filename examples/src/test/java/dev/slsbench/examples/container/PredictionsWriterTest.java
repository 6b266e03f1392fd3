package dev.slsbench.examples.container;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PredictionsWriterTest {

    private static final float[] PREDICTIONS = {0.25f, 0.5f};

    @Test
    void answersCsvRequestsWithOnePredictionPerLine() throws Exception {
        InvocationResponse response = PredictionsWriter.write(request("text/csv", null), PREDICTIONS);

        assertThat(response.contentType()).isEqualTo("text/csv");
        assertThat(text(response)).isEqualTo("0.25\n0.5\n");
    }

    @Test
    void answersJsonRequestsWithAPredictionsArray() throws Exception {
        InvocationResponse response = PredictionsWriter.write(request("application/json", "*/*"), PREDICTIONS);

        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(text(response)).isEqualTo("{\"predictions\":[0.25,0.5]}");
    }

    @Test
    void answersInTheFormTheAcceptHeaderAsksFor() throws Exception {
        assertThat(text(PredictionsWriter.write(request("text/csv", "application/json"), PREDICTIONS)))
                .startsWith("{\"predictions\"");
        assertThat(PredictionsWriter.write(request("application/json", "text/html, text/csv;q=0.9"), PREDICTIONS)
                .contentType()).isEqualTo("text/csv");
    }

    @Test
    void refusesAnAcceptItCannotProduceWith406() {
        assertThatThrownBy(() -> PredictionsWriter.write(request("text/csv", "application/x-protobuf"), PREDICTIONS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.status()).isEqualTo(406))
                .hasMessage("cannot answer in application/x-protobuf; accept text/csv or application/json");
    }

    private static InvocationRequest request(String contentType, String accept) {
        return new InvocationRequest(Optional.of(contentType), Optional.ofNullable(accept), new byte[0]);
    }

    private static String text(InvocationResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
