package dev.slsbench.output;

import dev.slsbench.plan.StairsPhase;
import dev.slsbench.plan.TrafficConfiguration;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.Knee;
import dev.slsbench.result.TrafficResult;
import dev.slsbench.stats.LoadStep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * {@code traffic_benchmark_summary_results/traffic_steps.csv} (slsbench only): one row per step of
 * every stairs and ramp configuration, so latency and throttles can be plotted against load with
 * any tool. {@code knee} marks the step the knee was read at; {@code stopped_by} names the
 * stopping condition on the last step of a stopped configuration. A run that measures
 * ProvisionedConcurrency adds a last {@code provisioned_concurrency} column, as the other summaries do.
 */
final class TrafficStepsCsvWriter {

    static final List<String> COLUMNS = List.of("configuration_id", "shape", "memory_size", "max_concurrency", "step",
            "offered_load", "load_unit", "span_seconds", "num_invocations", "successful_invocations",
            "throttle_exception", "errors", "tps", "invocation_latency_p50", "invocation_latency_p90",
            "invocation_latency_p99", "cold_starts", "knee", "stopped_by");

    private TrafficStepsCsvWriter() {
    }

    static void write(List<ConfigurationResult> traffic, boolean provisioned, Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (ConfigurationResult r : traffic) {
            if (r.traffic().isEmpty()) {
                continue;
            }
            TrafficConfiguration c = (TrafficConfiguration) r.configuration();
            TrafficResult t = r.traffic().get();
            int kneeStep = t.knee().map(Knee::stepIndex).orElse(-1);
            for (LoadStep step : t.steps()) {
                boolean last = step.index() == t.steps().getLast().index();
                rows.add(SummaryCsvWriter.withProvisioned(List.of(c.id(), c.shape() instanceof StairsPhase ? "stairs" : "ramp",
                        CsvFormat.integer(c.memoryMb()), CsvFormat.integer(c.maxConcurrency()),
                        CsvFormat.integer(step.index()), CsvFormat.number(step.offeredLoad()), t.loadUnit(),
                        CsvFormat.number(step.spanSeconds()), CsvFormat.integer(step.outcomes().issued()),
                        CsvFormat.integer(step.outcomes().ok()), CsvFormat.integer(step.outcomes().throttled()),
                        CsvFormat.integer(step.outcomes().errors()), CsvFormat.number(step.throughputPerSecond()),
                        millis(step.p50Millis()), millis(step.p90Millis()), millis(step.p99Millis()),
                        CsvFormat.integer(step.coldCalls()), step.index() == kneeStep ? "1" : "0",
                        last ? r.stop().map(s -> s.condition().name().toLowerCase(Locale.ROOT)).orElse("") : ""),
                        provisioned, c.provisionedConcurrency()));
            }
        }
        SummaryCsvWriter.write(file, SummaryCsvWriter.withProvisioned(COLUMNS, provisioned), rows);
    }

    private static String millis(OptionalDouble value) {
        return value.isPresent() ? CsvFormat.number(value.getAsDouble()) : "";
    }
}
