package dev.slsbench.examples.container;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeatureRowsReaderTest {

    private final FeatureRowsReader reader = new FeatureRowsReader(3);

    @Test
    void readsOneCsvRowPerLine() throws Exception {
        FeatureRows rows = reader.read(request("text/csv", "1,2,3\n4.5,-6,7e1\n"));

        assertThat(rows.rowCount()).isEqualTo(2);
        assertThat(rows.values()).containsExactly(1, 2, 3, 4.5f, -6, 70);
    }

    @Test
    void readsCrlfLinesSkipsBlankOnesAndTakesEmptyValuesAsMissing() throws Exception {
        FeatureRows rows = reader.read(request("text/csv; charset=utf-8", "1, ,3\r\n\r\n4,5,\r\n"));

        assertThat(rows.rowCount()).isEqualTo(2);
        assertThat(rows.values()).containsExactly(1, Float.NaN, 3, 4, 5, Float.NaN);
    }

    @Test
    void takesABodyWithoutContentTypeAsCsv() throws Exception {
        assertThat(reader.read(new InvocationRequest(Optional.empty(), Optional.empty(), bytes("1,2,3"))).rowCount())
                .isEqualTo(1);
    }

    @Test
    void refusesACsvLineWithTheWrongNumberOfValuesNamingTheLine() {
        assertThatThrownBy(() -> reader.read(request("text/csv", "1,2,3\n1,2\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessage("line 2 has 2 values; the model takes 3 features per row");
    }

    @Test
    void refusesACsvValueThatIsNotANumberNamingLineAndColumn() {
        assertThatThrownBy(() -> reader.read(request("text/csv", "1,2,3\n1,two,3")))
                .hasMessage("line 2, column 2: 'two' is not a number");
    }

    @Test
    void refusesAnEmptyBody() {
        assertThatThrownBy(() -> reader.read(request("text/csv", "\n  \n")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("the request has no rows");
    }

    @Test
    void readsJsonInstancesWithNullAsMissing() throws Exception {
        FeatureRows rows = reader.read(request("application/json",
                "{\"model\": {\"ignored\": [1]}, \"instances\": [[1, 2, 3], [4.5, null, -6]]}"));

        assertThat(rows.rowCount()).isEqualTo(2);
        assertThat(rows.values()).containsExactly(1, 2, 3, 4.5f, Float.NaN, -6);
    }

    @Test
    void refusesJsonWithoutInstances() {
        assertThatThrownBy(() -> reader.read(request("application/json", "{\"rows\": [[1, 2, 3]]}")))
                .hasMessageStartingWith("the object has no \"instances\" field; send {\"instances\": [[3 numbers], ...]}");
    }

    @Test
    void refusesAJsonInstanceOfTheWrongLengthOrWithText() {
        assertThatThrownBy(() -> reader.read(request("application/json", "{\"instances\": [[1, 2, 3], [1, 2]]}")))
                .hasMessage("instance 1 has 2 values; the model takes 3 features per row");
        assertThatThrownBy(() -> reader.read(request("application/json", "{\"instances\": [[1, 2, 3, 4]]}")))
                .hasMessage("instance 0 has more than 3 values; the model takes 3 features per row");
        assertThatThrownBy(() -> reader.read(request("application/json", "{\"instances\": [[1, \"x\", 3]]}")))
                .hasMessage("instance 0, value 1: x is not a number");
    }

    @Test
    void refusesMalformedJson() {
        assertThatThrownBy(() -> reader.read(request("application/json", "{\"instances\": [[1, 2, 3]")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageStartingWith("the body is not valid JSON");
    }

    @Test
    void refusesOtherContentTypesWith415() {
        assertThatThrownBy(() -> reader.read(request("application/x-npy", "1,2,3")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.status()).isEqualTo(415))
                .hasMessageStartingWith("unsupported Content-Type application/x-npy; send text/csv");
    }

    private static InvocationRequest request(String contentType, String body) {
        return new InvocationRequest(Optional.of(contentType), Optional.empty(), bytes(body));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
