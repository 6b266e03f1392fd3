package dev.slsbench;

import dev.slsbench.output.RawResultsCsvWriter;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.Phase;
import dev.slsbench.plan.StairsPhase;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cold-start classifier against the emulator's ground truth: the emulator logs every
 * container start a call waited for ("cold start: endpoint ... ready in N ms", the same event it
 * publishes as ModelSetupTime), and each logged start is matched to the one call in the raw CSVs
 * that was in flight when the container became ready and lasted at least its setup time. The run
 * spreads cold starts through it: a fresh stability endpoint, concurrency ramps of 1, 2 and 4
 * clients on one endpoint, Poisson arrivals whose gaps often outlast a short idle timeout
 * (scale to zero mid-run), and stairs whose every step adds users that need new containers.
 * Warm-up calls are judged by no one: a start matched to one is set aside.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ColdStartClassificationTest {

    private static final Pattern COLD_START = Pattern.compile("cold start: endpoint (\\S+) variant .* ready in (\\d+) ms");
    private static final Logger EMULATOR_RUNTIME = Logger.getLogger("dev.slsbench.emulator.runtime.InvocationApi");

    private static final double TOLERANCE_SECONDS = 0.25;

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest
            .perClass(options -> options.idleTimeout(Duration.ofMillis(400)))
            .withModel("echo", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "5"));

    @TempDir
    Path output;

    /** One container start the emulator logged. */
    private record GroundTruth(Instant readyAt, long setupMillis) {
    }

    /** One row of a raw CSV. */
    private record Row(double startSeconds, double endSeconds, double latencyMillis, boolean warmUp, String coldStart) {
    }

    @Test
    void judgesCallsColdAsTheEmulatorStartedContainersForThem() throws Exception {
        List<GroundTruth> truth = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                Matcher m = COLD_START.matcher(String.valueOf(record.getMessage()));
                if (m.find()) {
                    truth.add(new GroundTruth(record.getInstant(), Long.parseLong(m.group(2))));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        EMULATOR_RUNTIME.addHandler(handler);
        BenchmarkResult result;
        try {
            BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                    .memorySizesMb(1024).stabilityInvocations(30)
                    .concurrencyMaxValues(4).clientMultipliers(0.25, 0.5, 1).concurrencyInvocations(60)
                    .addOpenLoopPhase(new OpenLoopPhase(3, Duration.ofSeconds(12), 1024, 2))
                    .stairsPhases(List.of(new StairsPhase(1, 4, Duration.ofSeconds(2), 1024, 4)))
                    .build();
            result = emulator.benchmarks().run(plan, Payloads.of(Invocation.of("1,2,3", "text/csv")));
        } finally {
            EMULATOR_RUNTIME.removeHandler(handler);
        }
        ResultsLayout layout = new ResultsLayout(output);
        List<Row> rows = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            rows.addAll(rows(RawResultsCsvWriter.file(phase, layout)));
        }
        boolean[] actuallyCold = new boolean[rows.size()];
        for (GroundTruth start : truth) {
            double ready = start.readyAt().getEpochSecond() + start.readyAt().getNano() / 1e9;
            int best = -1;
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                // The log's instant is taken after the start, on the emulator's side and clock; the rows'
                // times are the client's: a tolerance keeps a busy machine's scheduling delays from
                // hiding the call that waited (warm calls here take a few milliseconds).
                boolean inFlight = row.startSeconds() <= ready + TOLERANCE_SECONDS
                        && row.endSeconds() >= ready - TOLERANCE_SECONDS
                        && row.latencyMillis() >= start.setupMillis() / 2.0;
                if (inFlight && !actuallyCold[i] && (best < 0 || Math.abs(row.latencyMillis() - start.setupMillis())
                        < Math.abs(rows.get(best).latencyMillis() - start.setupMillis()))) {
                    best = i;
                }
            }
            if (best >= 0) {
                actuallyCold[best] = true;
            }
        }
        long truePositives = 0;
        long predicted = 0;
        long actual = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).warmUp()) {
                continue;
            }
            boolean judgedCold = "1".equals(rows.get(i).coldStart());
            predicted += judgedCold ? 1 : 0;
            actual += actuallyCold[i] ? 1 : 0;
            truePositives += judgedCold && actuallyCold[i] ? 1 : 0;
        }
        double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
        double recall = actual == 0 ? 0 : (double) truePositives / actual;
        System.out.printf(Locale.ROOT, "cold-start classifier vs emulator ground truth: %d calls, %d container starts"
                        + " logged, %d matched to calls, %d judged cold, %d right: precision %.3f, recall %.3f%n",
                rows.size(), truth.size(), actual, predicted, truePositives, precision, recall);

        assertThat(actual).as("cold starts spread through the run").isGreaterThanOrEqualTo(5);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.8);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.8);
        rows.removeIf(Row::warmUp);
        assertThat(rows).as("every successful call is judged, failed ones are unknown").allSatisfy(row ->
                assertThat(row.coldStart()).isEqualTo(row.latencyMillis() < 0 ? "" : row.coldStart()).isIn("", "0", "1"));
        assertThat(rows.stream().filter(row -> row.latencyMillis() >= 0)).allSatisfy(row ->
                assertThat(row.coldStart()).isIn("0", "1"));
        assertThat(result.configurations()).allSatisfy(c -> {
            assertThat(c.coldStarts().method()).isEqualTo(ColdStartSummary.METHOD_MODEL_SETUP_COUNT);
            assertThat(c.coldStarts().coldSequences()).hasSize((int) c.coldStarts().coldCalls());
        });
    }

    private static List<Row> rows(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.getFirst().split(",", -1));
        assertThat(header.getLast()).isEqualTo("cold_start");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            rows.add(new Row(new BigDecimal(cells[header.indexOf("start_time")]).doubleValue(),
                    new BigDecimal(cells[header.indexOf("end_time")]).doubleValue(),
                    Double.parseDouble(cells[header.indexOf("invocation_latency")]),
                    "1".equals(cells[header.indexOf("warmup")]), cells[cells.length - 1]));
        }
        return rows;
    }
}
