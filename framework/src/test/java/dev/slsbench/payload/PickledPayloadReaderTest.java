package dev.slsbench.payload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code .pkl} payload files, here as protocol-0 pickles spelled out by hand (text, so each test
 * shows its opcodes); the CLI's tests read pickles that Python and the toolkit wrote.
 */
class PickledPayloadReaderTest {

    /** {@code [{'Body': 'a,b', 'ContentType': 'text/csv'}]} as {@code pickle.dumps(..., protocol=0)} writes it. */
    private static final String PLAIN = "(lp0\n(dp1\nVBody\np2\nVa,b\np3\nsVContentType\np4\nVtext/csv\np5\nsa.";

    @TempDir
    Path dir;

    @Test
    void readsAPickledListOfInvokeArgumentDicts() throws IOException {
        Payloads payloads = PayloadFile.read(write("invoke_args_examples.pkl", PLAIN));

        assertThat(payloads.invocations()).containsExactly(Invocation.of("a,b", "text/csv"));
    }

    @Test
    void refusesAGlobalLookupBeforeItRunsNamingTheOpcode() throws IOException {
        Path marker = dir.resolve("ran");
        Path file = write("evil.pkl", "cos\nsystem\n(S'touch " + marker + "'\ntR.");

        assertThatThrownBy(() -> PayloadFile.read(file)).isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining("evil.pkl: pickle opcode GLOBAL ('c', 0x63) would build an arbitrary object");
        assertThat(marker).doesNotExist();
    }

    @Test
    void refusesObjectBuildingOpcodesEvenAfterPlainValues() throws IOException {
        Path reduce = write("reduce.pkl", "(lp0\n(dp1\nVBody\np2\nVx\np3\nsa(tR.");
        Path build = write("build.pkl", "(lp0\n(dp1\nVBody\np2\nVx\np3\nsa(db.");

        assertThatThrownBy(() -> PayloadFile.read(reduce)).hasMessageContaining("opcode REDUCE ('R', 0x52)");
        assertThatThrownBy(() -> PayloadFile.read(build)).hasMessageContaining("opcode BUILD ('b', 0x62)");
    }

    @Test
    void namesWhatIsWrongWithThePickledValues() throws IOException {
        assertThatThrownBy(() -> PayloadFile.read(write("dict.pkl", "(dp0\n."))).hasMessageContaining(
                "expected a pickled list of invoke-argument dicts (as convert_invoke_args_to_pkl writes), found dict");
        assertThatThrownBy(() -> PayloadFile.read(write("int-body.pkl", "(lp0\n(dp1\nVBody\np2\nI5\nsa.")))
                .hasMessageContaining("example #1 has a Body of type int; give bytes or str");
        assertThatThrownBy(() -> PayloadFile.read(write("key.pkl", "(lp0\n(dp1\nVBody\np2\nVx\np3\nsVBodyBase64\np4\nVx\nsa.")))
                .hasMessageContaining("example #1 has unknown key BodyBase64");
        assertThatThrownBy(() -> PayloadFile.read(write("empty.pkl", "(lp0\n."))).hasMessageContaining("holds an empty list");
        assertThatThrownBy(() -> PayloadFile.read(write("text.pkl", "{\"Body\": \"x\"}\n")))
                .hasMessageContaining("text.pkl: ");
    }

    @Test
    void aFileNotEndingInPklIsReadAsJsonLines() {
        assertThat(PayloadFile.isPickle(Path.of("a/invoke_args_examples.pkl"))).isTrue();
        assertThat(PayloadFile.isPickle(Path.of("a/invoke_args_examples.jsonl"))).isFalse();
        assertThat(PayloadFile.isPickle(Path.of("pkl"))).isFalse();
    }

    private Path write(String name, String pickle) throws IOException {
        return Files.write(dir.resolve(name), pickle.getBytes(StandardCharsets.ISO_8859_1));
    }
}
