package dev.slsbench.payload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayloadFileTest {

    @TempDir
    Path dir;

    private static Path toolkitFile() throws URISyntaxException {
        return Path.of(PayloadFileTest.class.getResource("/payloads/toolkit-format.jsonl").toURI());
    }

    @Test
    void readsAFileWrittenByTheToolkitsConvertInvokeArgsToJsonl() throws Exception {
        Payloads payloads = PayloadFile.read(toolkitFile());

        assertThat(payloads.count()).isEqualTo(5);
        assertThat(payloads.get(0)).isEqualTo(Invocation.of("1,2,3,4,5", "text/csv"));
        assertThat(payloads.get(2)).isEqualTo(Invocation.of(
                "{\"inputs\": \"the mesmerizing performances of the leads keep the film grounded\"}",
                "application/json").withAccept("application/json"));
        assertThat(payloads.get(3)).isEqualTo(Invocation.of("café ☕ \uD83D\uDE00\n", "text/plain; charset=utf-8")
                .withCustomAttributes("trace=1").withInferenceId("abc-1").withTargetVariant("variant1"));
    }

    @Test
    void sendsABodyThatIsAJsonObjectAsThatJson() throws Exception {
        Invocation invocation = PayloadFile.read(toolkitFile()).get(4);

        assertThat(new String(invocation.body(), StandardCharsets.UTF_8)).isEqualTo("{\"instances\":[[1.0,2.5],[3,4]]}");
        assertThat(invocation.contentType()).isEqualTo("application/json");
    }

    @Test
    void writesTextBodiesExactlyAsTheToolkitDoes() throws Exception {
        List<String> toolkitLines = Files.readAllLines(toolkitFile());
        List<Invocation> invocations = PayloadFile.read(toolkitFile()).invocations().subList(0, 4);

        Path written = PayloadFile.writeToDirectory(invocations, dir);

        assertThat(written.getFileName()).hasToString("invoke_args_examples.jsonl");
        assertThat(Files.readAllLines(written)).containsExactlyElementsOf(toolkitLines.subList(0, 4));
    }

    @Test
    void roundTripsBinaryBodiesThroughBodyBase64() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xfe, 1};
        Invocation image = Invocation.ofBytes(png, "image/png");

        Path file = PayloadFile.write(List.of(image, Invocation.of("x", "text/plain")), dir.resolve("p.jsonl"));

        assertThat(Files.readAllLines(file).getFirst())
                .isEqualTo("{\"BodyBase64\": \"" + Base64.getEncoder().encodeToString(png) + "\", \"ContentType\": \"image/png\"}");
        assertThat(PayloadFile.read(file).invocations()).containsExactly(image, Invocation.of("x", "text/plain"));
    }

    @Test
    void skipsBlankLines() throws IOException {
        Path file = write("\n{\"Body\": \"a\"}\n   \n{\"Body\": \"b\"}\n\n");

        assertThat(PayloadFile.read(file).invocations())
                .containsExactly(Invocation.of("a", null), Invocation.of("b", null));
    }

    @Test
    void ignoresEndpointNameAndAByteOrderMark() throws IOException {
        Path file = write("\uFEFF{\"Body\": \"a\", \"EndpointName\": \"other\"}\n");

        assertThat(PayloadFile.read(file).invocations()).containsExactly(Invocation.of("a", null));
    }

    @Test
    void rejectsInvalidJsonNamingFileAndLine() throws IOException {
        Path file = write("{\"Body\": \"a\"}\n{\"Body\": \n");

        assertThatThrownBy(() -> PayloadFile.read(file))
                .isInstanceOfSatisfying(InvalidPayloadException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.lineNumber()).contains(2);
                    assertThat(e.reason()).startsWith("not valid JSON");
                })
                .hasMessageStartingWith(file + ":2: not valid JSON");
    }

    @Test
    void rejectsALineWithoutBody() throws IOException {
        Path file = write("{\"Body\": \"a\"}\n\n{\"ContentType\": \"text/csv\"}\n");

        assertThatThrownBy(() -> PayloadFile.read(file))
                .hasMessage(file + ":3: Body is missing (give Body, or BodyBase64 for binary data)");
    }

    @Test
    void rejectsUnknownKeysSoTyposAreNotSilentlyDropped() throws IOException {
        Path file = write("{\"body\": \"a\"}\n");

        assertThatThrownBy(() -> PayloadFile.read(file)).hasMessageStartingWith(file + ":1: unknown key 'body'");
    }

    @Test
    void rejectsBothBodyAndBodyBase64() throws IOException {
        Path file = write("{\"Body\": \"a\", \"BodyBase64\": \"YQ==\"}\n");

        assertThatThrownBy(() -> PayloadFile.read(file)).hasMessage(file + ":1: has both Body and BodyBase64; give one");
    }

    @Test
    void rejectsInvalidBase64() throws IOException {
        Path file = write("{\"BodyBase64\": \"***\"}\n");

        assertThatThrownBy(() -> PayloadFile.read(file)).hasMessageStartingWith(file + ":1: BodyBase64 is not valid base64");
    }

    @Test
    void rejectsANumericBodyOrHeader() throws IOException {
        assertThatThrownBy(() -> PayloadFile.read(write("{\"Body\": 3}\n")))
                .hasMessageEndingWith(":1: Body must be a string, a JSON object or a JSON array, found NUMBER");
        assertThatThrownBy(() -> PayloadFile.read(write("{\"Body\": \"a\", \"ContentType\": 1}\n")))
                .hasMessageEndingWith(":1: ContentType must be a string, found NUMBER");
    }

    @Test
    void rejectsABodyOverTheServerlessLimit() throws IOException {
        String big = "a".repeat(PayloadLimits.MAX_SERVERLESS_BODY_BYTES + 1);
        Path file = write("{\"Body\": \"ok\"}\n{\"Body\": \"" + big + "\"}\n");

        assertThatThrownBy(() -> PayloadFile.read(file))
                .hasMessage(file + ":2: Body: 4194305 bytes exceed the serverless limit of 4194304 bytes");
    }

    @Test
    void acceptsABodyExactlyAtTheServerlessLimit() throws IOException {
        Path file = write("{\"Body\": \"" + "a".repeat(PayloadLimits.MAX_SERVERLESS_BODY_BYTES) + "\"}\n");

        assertThat(PayloadFile.read(file).maxBodyBytes()).isEqualTo(PayloadLimits.MAX_SERVERLESS_BODY_BYTES);
    }

    @Test
    void rejectsAnInvalidHeaderNamingTheKeyAndLine() throws IOException {
        Path file = write("{\"Body\": \"a\", \"TargetVariant\": \"bad variant\"}\n");

        assertThatThrownBy(() -> PayloadFile.read(file))
                .hasMessage(file + ":1: TargetVariant: 'bad variant' is not a variant name");
    }

    @Test
    void rejectsAFileThatIsNotUtf8NamingTheLine() throws IOException {
        Path file = dir.resolve("latin1.jsonl");
        Files.write(file, ("{\"Body\": \"a\"}\n{\"Body\": \"caf" + (char) 0 + "\"}\n").getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 4] = (byte) 0xe9;
        Files.write(file, bytes);

        assertThatThrownBy(() -> PayloadFile.read(file)).hasMessage(file + ":2: not valid UTF-8 text");
    }

    @Test
    void rejectsAnEmptyOrMissingFile() throws IOException {
        Path empty = write("\n\n");
        Path missing = dir.resolve("missing.jsonl");

        assertThatThrownBy(() -> PayloadFile.read(empty)).hasMessageStartingWith(empty + ": holds no invocations");
        assertThatThrownBy(() -> PayloadFile.read(missing)).isInstanceOf(InvalidPayloadException.class)
                .hasMessage(missing + ": file not found");
    }

    @Test
    void summarisesCountAndMeanBodyBytes() {
        Payloads payloads = Payloads.of(Invocation.of("ab", "text/csv"), Invocation.of("abcd", "text/csv"));

        assertThat(payloads.count()).isEqualTo(2);
        assertThat(payloads.meanBodyBytes()).isEqualTo(3.0);
    }

    @Test
    void readsWeightsOneWhenAbsent() throws IOException {
        Payloads payloads = PayloadFile.read(write("""
                {"Body": "ab", "Weight": 3}
                {"Body": "abcd"}
                {"Body": "abcdef", "Weight": 0.5}
                """));

        assertThat(payloads.weights()).containsExactly(3.0, 1.0, 0.5);
        assertThat(payloads.isWeighted()).isTrue();
        assertThat(payloads.meanBodyBytes()).isEqualTo((3 * 2 + 4 + 0.5 * 6) / 4.5);
        assertThat(payloads.unweighted().meanBodyBytes()).isEqualTo(4.0);
        assertThat(PayloadFile.read(write("{\"Body\": \"ab\"}\n")).isWeighted()).isFalse();
    }

    @Test
    void rejectsAWeightThatIsNotAPositiveNumberNamingTheLine() throws IOException {
        for (String weight : List.of("0", "-2", "1e999", "\"3\"", "null")) {
            Path file = write("{\"Body\": \"a\"}\n{\"Body\": \"b\", \"Weight\": " + weight + "}\n");
            assertThatThrownBy(() -> PayloadFile.read(file)).isInstanceOf(InvalidPayloadException.class)
                    .hasMessageStartingWith(file + ":2: Weight must be a positive number, found ");
        }
    }

    @Test
    void refusesEmptyPayloads() {
        assertThatThrownBy(() -> new Payloads(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "payloads", ".jsonl");
        Files.writeString(file, content);
        return file;
    }
}
