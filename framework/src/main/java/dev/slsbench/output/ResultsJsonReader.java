package dev.slsbench.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.result.BenchmarkResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a {@code results.json} written by {@link ResultsJsonWriter} back into a {@link BenchmarkResult}. */
public final class ResultsJsonReader {

    private ResultsJsonReader() {
    }

    /**
     * Reads results.json text.
     *
     * @throws IOException when the text is not JSON or not a result
     * @throws IllegalArgumentException when its schemaVersion is not one this code reads
     */
    public static BenchmarkResult fromJson(String json) throws IOException {
        JsonNode tree = ResultsJsonMapper.MAPPER.readTree(json);
        if (!(tree instanceof ObjectNode root)) {
            throw new IOException("results.json must hold a JSON object");
        }
        JsonNode version = root.remove("schemaVersion");
        if (version == null || version.asInt() != ResultsJsonWriter.SCHEMA_VERSION) {
            throw new IllegalArgumentException("results.json schemaVersion " + version + " is not "
                    + ResultsJsonWriter.SCHEMA_VERSION);
        }
        return ResultsJsonMapper.MAPPER.treeToValue(root, BenchmarkResult.class);
    }

    /** Reads a results.json file. */
    public static BenchmarkResult read(Path file) throws IOException {
        return fromJson(Files.readString(file));
    }
}
