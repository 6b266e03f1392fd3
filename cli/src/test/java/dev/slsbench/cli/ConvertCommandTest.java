package dev.slsbench.cli;

import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.PayloadFile;
import dev.slsbench.payload.Payloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code slsbench convert}: example requests in, a payload file out that reads back byte for byte. */
class ConvertCommandTest {

    @TempDir
    Path dir;

    private static byte[] randomBytes(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void roundTripsAFolderOfBinaryBodiesAsBodyBase64WithGuessedContentTypes() throws IOException {
        Path images = Files.createDirectories(dir.resolve("images"));
        byte[] png = randomBytes(1, 3000);
        png[0] = (byte) 0x89;
        byte[] jpeg = randomBytes(2, 5000);
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        Files.write(images.resolve("b.png"), png);
        Files.write(images.resolve("a.jpg"), jpeg);
        Files.writeString(images.resolve("c.csv"), "1,2,3\n");
        Files.writeString(images.resolve(".DS_Store"), "ignored");
        Path output = dir.resolve("payloads.jsonl");

        CliRun run = CliRun.of("convert", images.toString(), "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Wrote 3 invocations to " + output + " (2 with binary bodies, written as BodyBase64)");
        Payloads payloads = PayloadFile.read(output);
        assertThat(payloads.invocations()).containsExactly(
                Invocation.ofBytes(jpeg, "image/jpeg"),
                Invocation.ofBytes(png, "image/png"),
                Invocation.of("1,2,3\n", "text/csv"));
        assertThat(Files.readAllLines(output)).first().asString().startsWith("{\"BodyBase64\": \"");
        assertThat(Files.readAllLines(output).get(2)).isEqualTo("{\"Body\": \"1,2,3\\n\", \"ContentType\": \"text/csv\"}");
    }

    @Test
    void givesEveryBodyTheContentTypeAndAcceptAsked() throws IOException {
        Path rows = Files.createDirectories(dir.resolve("rows"));
        byte[] body = randomBytes(3, 64);
        Files.write(rows.resolve("row.dat"), body);

        CliRun run = CliRun.of("convert", rows.toString(), "--content-type", "application/x-recordio",
                "--accept", "application/json", "--output", dir.resolve("out.jsonl").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(PayloadFile.read(dir.resolve("out.jsonl")).invocations()).containsExactly(
                new Invocation(body, "application/x-recordio", "application/json", null, null, null));
    }

    @Test
    void convertsAJsonArrayOfInvokeArgumentsIntoTheToolkitsFileInAFolder() throws IOException {
        Path args = Files.writeString(dir.resolve("invoke_args.json"), """
                [{"Body": "1,2,3", "ContentType": "text/csv", "Accept": "text/csv"},
                 {"Body": {"inputs": "hello"}, "ContentType": "application/json"},
                 {"BodyBase64": "//79", "ContentType": "application/octet-stream", "CustomAttributes": "a=1"}]
                """);
        Path folder = Files.createDirectories(dir.resolve("out"));

        CliRun run = CliRun.of("convert", args.toString(), "--output", folder.toString());

        Path written = folder.resolve("invoke_args_examples.jsonl");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Wrote 3 invocations to " + written + " (1 with binary bodies, written as BodyBase64)");
        assertThat(PayloadFile.read(written).invocations()).containsExactly(
                new Invocation("1,2,3".getBytes(StandardCharsets.UTF_8), "text/csv", "text/csv", null, null, null),
                Invocation.of("{\"inputs\":\"hello\"}", "application/json"),
                new Invocation(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD}, "application/octet-stream", null, "a=1", null, null));
    }

    @Test
    void namesTheElementOfAnInvokeArgumentsArrayThatIsWrong() throws IOException {
        Path args = Files.writeString(dir.resolve("invoke_args.json"),
                "[{\"Body\": \"1\"}, {\"Body\": \"2\", \"ContentTyp\": \"text/csv\"}]");

        CliRun run = CliRun.of("convert", args.toString(), "--output", dir.resolve("out.jsonl").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("INPUT " + args + ": element 2: unknown key 'ContentTyp'");
        assertThat(dir.resolve("out.jsonl")).doesNotExist();
    }

    @Test
    void refusesToGuessTheContentTypeOfAnUnknownExtension() throws IOException {
        Path file = Files.write(dir.resolve("tensor.xyz"), new byte[] {1, 2, 3});

        CliRun run = CliRun.of("convert", file.toString(), "--output", dir.resolve("out.jsonl").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("INPUT " + file + ": cannot guess a content type from its name; give --content-type");
        assertThat(dir.resolve("out.jsonl")).doesNotExist();
    }

    @Test
    void rejectsABodyLargerThanServerlessAccepts() throws IOException {
        Path file = Files.write(dir.resolve("huge.bin"), new byte[4 * 1024 * 1024 + 1]);

        CliRun run = CliRun.of("convert", file.toString(), "--output", dir.resolve("out.jsonl").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("INPUT " + file + ": Body: 4194305 bytes exceed the serverless limit");
    }
}
