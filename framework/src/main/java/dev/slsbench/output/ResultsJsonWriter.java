package dev.slsbench.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.result.BenchmarkResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code results.json}: a {@link BenchmarkResult} with a {@code schemaVersion} first, so a
 * report can be re-rendered, and SLAs re-checked, from the file alone
 * ({@link ResultsJsonReader} reads it back to an equal result). Money is written as exact
 * decimals, times as ISO-8601, latency histograms as base64 HdrHistogram encodings.
 */
public final class ResultsJsonWriter {

    /** The version of the results.json layout this code writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    private ResultsJsonWriter() {
    }

    /** The result as results.json text. */
    public static String toJson(BenchmarkResult result) {
        ObjectNode root = ResultsJsonMapper.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.setAll((ObjectNode) ResultsJsonMapper.MAPPER.valueToTree(result));
        try {
            return ResultsJsonMapper.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the result to {@code file}, creating parent directories; returns {@code file}. */
    public static Path write(BenchmarkResult result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, toJson(result));
        return file;
    }
}
