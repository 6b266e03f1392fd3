package dev.slsbench.output;

import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.Phase;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.record.InvocationRecord;
import dev.slsbench.stats.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RawResultsCsvWriterTest {

    private static final long T0 = 1_700_000_000_123_456_789L;

    @TempDir
    Path dir;

    private static InvocationRecord ok(String id, long sequence) {
        return new InvocationRecord(id, sequence, 1, T0, T0 + 12_345_678, 12_345_678, Outcome.OK, null, 10, 321, false);
    }

    @Test
    void writesTheToolkitsStabilityColumnsAndRows() throws IOException {
        Path file = dir.resolve("stability_benchmark_raw_results/invocation_benchmark_results.csv");
        StabilityConfiguration s = new StabilityConfiguration(2048);
        try (RawResultsCsvWriter writer = RawResultsCsvWriter.open(Phase.STABILITY, file)) {
            writer.append(s, ok("s2048", 0));
            writer.append(s, new InvocationRecord("s2048", 1, 0, T0, T0 + 2_000_000, 2_000_000, Outcome.THROTTLED,
                    "Rate exceeded", 10, 0, null));
            writer.append(s, new InvocationRecord("s2048", 2, 0, T0, T0 + 5_000_000, 5_000_000,
                    Outcome.INSUFFICIENT_MEMORY, "insufficient memory", 10, 80, null));
            writer.append(s, new InvocationRecord("s2048", 3, 0, T0, T0 + 5_000_000, 5_000_000, Outcome.MODEL_ERROR,
                    "boom", 10, 80, null));
            writer.append(s, new InvocationRecord("s2048", 4, 0, T0, T0 + 5_000_000, 5_000_000, Outcome.CLIENT_ERROR,
                    "timeout", 10, 0, null));
            writer.appendWarmUp(s, ok("s2048", 0).withColdStart(true));
        }

        assertThat(Files.readAllLines(file)).containsExactly(
                "invocation_latency,response_size,throttle_exception,insufficient_memory_error,other_model_error,"
                        + "start_time,end_time,invoke_arg_index,memory_size,warmup,cold_start",
                "12.345678,321,0,0,0,1700000000.123456789,1700000000.135802467,1,2048,0,0",
                "-1,,1,0,0,1700000000.123456789,1700000000.125456789,0,2048,0,",
                "-1,,0,1,0,1700000000.123456789,1700000000.128456789,0,2048,0,",
                "-1,,0,0,1,1700000000.123456789,1700000000.128456789,0,2048,0,",
                "-1,,0,0,0,1700000000.123456789,1700000000.128456789,0,2048,0,",
                "12.345678,321,0,0,0,1700000000.123456789,1700000000.135802467,1,2048,1,1");
    }

    @Test
    void writesTheToolkitsConcurrencyColumnsAndOpenLoopColumns() throws IOException {
        try (RawResultsCsvWriter concurrency = RawResultsCsvWriter.open(Phase.CONCURRENCY, new ResultsLayout(dir));
             RawResultsCsvWriter openLoop = RawResultsCsvWriter.open(Phase.OPEN_LOOP, new ResultsLayout(dir))) {
            concurrency.append(new ConcurrencyConfiguration(1024, 4, 7), ok("c1024-4-7", 0));
            openLoop.append(new OpenLoopConfiguration(0, new OpenLoopPhase(2.5, Duration.ofSeconds(1), 1024, 4)),
                    ok("o0-1024-4", 0));
        }

        assertThat(Files.readAllLines(new ResultsLayout(dir).concurrencyRawResultsCsv())).containsExactly(
                "invocation_latency,response_size,throttle_exception,insufficient_memory_error,other_model_error,"
                        + "start_time,end_time,memory_size,max_concurrency,num_clients,warmup,cold_start",
                "12.345678,321,0,0,0,1700000000.123456789,1700000000.135802467,1024,4,7,0,0");
        assertThat(Files.readAllLines(new ResultsLayout(dir).openLoopRawResultsCsv())).last()
                .isEqualTo("12.345678,321,0,0,0,1700000000.123456789,1700000000.135802467,1024,4,2.5,0,0");
    }

    @Test
    void acceptsRowsFromManyThreadsLosingNone() throws Exception {
        Path file = dir.resolve("raw.csv");
        int threads = 8;
        int perThread = 5_000;
        ConcurrencyConfiguration c = new ConcurrencyConfiguration(1024, 8, 8);
        CountDownLatch start = new CountDownLatch(1);
        try (RawResultsCsvWriter writer = RawResultsCsvWriter.open(Phase.CONCURRENCY, file);
             ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        writer.append(c, new InvocationRecord("c", thread * perThread + i, 0, T0, T0 + 1000,
                                1000 + thread * perThread + i, Outcome.OK, null, 1, 1, null));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
            assertThat(writer.rows()).isEqualTo((long) threads * perThread);
        }

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1 + threads * perThread);
        Set<String> latencies = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).hasSize(12);
            latencies.add(cells[0]);
        }
        assertThat(latencies).hasSize(threads * perThread);
    }

    @Test
    void flushesOnRequestSoReadersSeeRowsBeforeClose() throws IOException {
        Path file = dir.resolve("raw.csv");
        try (RawResultsCsvWriter writer = RawResultsCsvWriter.open(Phase.STABILITY, file)) {
            writer.append(new StabilityConfiguration(1024), ok("s1024", 0));
            writer.flush();

            assertThat(Files.readAllLines(file)).hasSize(2);
        }
    }

    @Test
    void refusesARowOfAnotherPhaseAndRowsAfterClose() throws IOException {
        RawResultsCsvWriter writer = RawResultsCsvWriter.open(Phase.STABILITY, dir.resolve("raw.csv"));

        assertThatThrownBy(() -> writer.append(new ConcurrencyConfiguration(1024, 2, 2), ok("c", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in phase STABILITY");
        writer.close();
        writer.close();
        assertThatThrownBy(() -> writer.append(new StabilityConfiguration(1024), ok("s", 0)))
                .isInstanceOf(IllegalStateException.class);
    }
}
