package dev.slsbench.output;

import dev.slsbench.result.ColdStartSample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code cold_start_benchmark_results/cold_starts.csv}: one row per forced cold start,
 * latencies in milliseconds; {@code model_setup_time} is empty where CloudWatch reported none,
 * {@code second_call_latency} where the first call failed and no second call was made.
 */
public final class ColdStartCsvWriter {

    /** The file's columns, in order. */
    public static final List<String> COLUMNS = List.of("memory_size", "provisioned_concurrency", "sample",
            "first_call_latency", "model_setup_time", "second_call_latency");

    private ColdStartCsvWriter() {
    }

    static void write(List<ColdStartSample> samples, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder csv = new StringBuilder(CsvFormat.row(COLUMNS));
        for (ColdStartSample s : samples) {
            csv.append(CsvFormat.row(List.of(CsvFormat.integer(s.memoryMb()),
                    CsvFormat.integer(s.provisionedConcurrency()), CsvFormat.integer(s.sample()),
                    CsvFormat.number(s.firstCallLatencyMillis()),
                    s.modelSetupTimeMillis().map(CsvFormat::number).orElse(""),
                    s.secondCallLatencyMillis().map(CsvFormat::number).orElse(""))));
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
