package dev.slsbench.payload;

import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The payload file format: JSON Lines, one InvokeEndpoint argument object per line, keys as the
 * API names them ({@code Body}, {@code ContentType}, {@code Accept}, {@code CustomAttributes},
 * {@code InferenceId}, {@code TargetVariant}; {@code EndpointName} is ignored), plus
 * {@code BodyBase64} for binary bodies and {@code Weight} (a positive JSON number, 1 when absent)
 * for weighted mixes: an example of weight 3 is sent three times as often as one of weight 1. Files written by the Python toolkit's
 * {@code convert_invoke_args_to_jsonl} load unchanged, and {@link #writeToDirectory} writes the
 * same file that function does.
 *
 * <p>A {@code Body} string is sent as its UTF-8 bytes; a {@code Body} that is a JSON object or
 * array is sent as that JSON. Blank lines are skipped. Any other problem (bad JSON, unknown
 * key, missing or oversized body, bad header) fails the whole file with an
 * {@link InvalidPayloadException} naming the file, the line and the reason.
 *
 * <p>A file whose name ends in {@code .pkl} is read as the toolkit's
 * {@code convert_invoke_args_to_pkl} writes it (a pickled list of invoke-argument dicts with
 * bytes or str bodies), executing only the pickle opcodes that build plain values.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PayloadFile {

    /** The file name the toolkit's {@code convert_invoke_args_to_jsonl} writes. */
    public static final String TOOLKIT_FILE_NAME = "invoke_args_examples.jsonl";

    private PayloadFile() {
    }

    /**
     * Reads and validates a payload file.
     *
     * @throws InvalidPayloadException when the file is missing, unreadable, empty or has a bad line,
     *         or is a pickle holding anything but plain values
     */
    public static Payloads read(Path file) {
        if (isPickle(file)) {
            return new PickledPayloadReader(file).read();
        }
        return new PayloadFileReader(file).read();
    }

    /** Whether {@link #read} takes {@code file} as a pickle: its name ends in {@code .pkl}, as the toolkit decides. */
    public static boolean isPickle(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().endsWith(".pkl");
    }

    /**
     * Writes {@code invocations} to {@code file}, one line each: text bodies as {@code Body},
     * bodies that are not valid UTF-8 as {@code BodyBase64}. Lines are formatted as Python's
     * {@code json.dumps} formats them. Overwrites an existing file.
     *
     * @return {@code file}
     */
    public static Path write(List<Invocation> invocations, Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Invocation invocation : invocations) {
            out.append(toJsonLine(invocation)).append('\n');
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, out);
        return file;
    }

    /**
     * Writes {@code invocations} to {@code directory/invoke_args_examples.jsonl}, like the
     * toolkit's {@code convert_invoke_args_to_jsonl(list, output_path)}.
     *
     * @return the file written
     */
    public static Path writeToDirectory(List<Invocation> invocations, Path directory) throws IOException {
        return write(invocations, directory.resolve(TOOLKIT_FILE_NAME));
    }

    /** One invocation as a payload-file line (without the line break). */
    public static String toJsonLine(Invocation invocation) {
        return PayloadLineFormat.toJsonLine(invocation);
    }
}
