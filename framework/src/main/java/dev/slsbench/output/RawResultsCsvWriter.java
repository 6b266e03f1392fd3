package dev.slsbench.output;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.Phase;
import dev.slsbench.record.InvocationRecord;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Streams one phase's calls to the toolkit's {@code invocation_benchmark_results.csv}, one row
 * per {@link InvocationRecord}, as the calls happen, so memory does not grow with the number of
 * calls.
 *
 * <p>Columns are the toolkit's: {@code invocation_latency} (ms; -1 for a failed call),
 * {@code response_size} (bytes; empty for a failed call, as pandas writes the toolkit's NaN),
 * {@code throttle_exception}, {@code insufficient_memory_error}, {@code other_model_error} (0/1),
 * {@code start_time}, {@code end_time} (epoch seconds, where the toolkit used an arbitrary
 * perf-counter origin), then {@code invoke_arg_index} and {@code memory_size} for the stability
 * phase, {@code memory_size}, {@code max_concurrency}, {@code num_clients} for the concurrency
 * phase; the open-loop phase (slsbench only) ends with {@code memory_size},
 * {@code max_concurrency}, {@code arrivals_per_second}. Every phase's rows end with slsbench's
 * {@code warmup} (1 for a warm-up call, which counts in no statistic, else 0) and {@code cold_start}: 1 for a call judged cold, 0 warm, empty unknown. Whether a call was cold is
 * known only once CloudWatch has been read after the phase, so rows are streamed with the call's
 * {@link InvocationRecord#coldStart()} (usually unknown) and {@link ColdStartColumn} fills the column in.
 *
 * <p>Thread-safe: {@link #append} formats the row on the calling thread and holds a lock only to
 * copy it into a 64 KiB buffer, which is flushed when full, at least every
 * {@link #FLUSH_INTERVAL} while rows arrive, on {@link #flush()} and on {@link #close()}.
 */
public final class RawResultsCsvWriter implements Closeable {

    /** The toolkit's stability columns. */
    public static final List<String> STABILITY_COLUMNS = List.of("invocation_latency", "response_size",
            "throttle_exception", "insufficient_memory_error", "other_model_error", "start_time", "end_time",
            "invoke_arg_index", "memory_size", "warmup", "cold_start");
    /** The toolkit's concurrency columns. */
    public static final List<String> CONCURRENCY_COLUMNS = List.of("invocation_latency", "response_size",
            "throttle_exception", "insufficient_memory_error", "other_model_error", "start_time", "end_time",
            "memory_size", "max_concurrency", "num_clients", "warmup", "cold_start");
    /** The open-loop columns (slsbench only). */
    public static final List<String> OPEN_LOOP_COLUMNS = List.of("invocation_latency", "response_size",
            "throttle_exception", "insufficient_memory_error", "other_model_error", "start_time", "end_time",
            "memory_size", "max_concurrency", "arrivals_per_second", "warmup", "cold_start");
    /** The traffic-shape columns (slsbench only): each row names its stairs or ramp configuration. */
    public static final List<String> TRAFFIC_COLUMNS = List.of("invocation_latency", "response_size",
            "throttle_exception", "insufficient_memory_error", "other_model_error", "start_time", "end_time",
            "memory_size", "max_concurrency", "configuration_id", "warmup", "cold_start");
    /** The longest time a written row waits in the buffer while further rows arrive. */
    public static final Duration FLUSH_INTERVAL = Duration.ofSeconds(1);

    private static final int BUFFER_CHARS = 64 * 1024;

    private final Phase phase;
    private final BufferedWriter out;
    private final ReentrantLock lock = new ReentrantLock();
    private long lastFlushNanos = System.nanoTime();
    private long rows;
    private boolean closed;

    private RawResultsCsvWriter(Phase phase, Path file) throws IOException {
        this.phase = phase;
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER_CHARS);
        out.write(CsvFormat.row(columns(phase)));
    }

    /**
     * Creates (or truncates) {@code file}, writes the header for {@code phase} and returns a
     * writer for that phase's rows.
     */
    public static RawResultsCsvWriter open(Phase phase, Path file) throws IOException {
        return new RawResultsCsvWriter(phase, file);
    }

    /** Opens the phase's raw results file at its place in {@code layout}. */
    public static RawResultsCsvWriter open(Phase phase, ResultsLayout layout) throws IOException {
        return open(phase, file(phase, layout));
    }

    /** Where {@code phase}'s raw results file is in {@code layout}. */
    public static Path file(Phase phase, ResultsLayout layout) {
        return switch (phase) {
            case STABILITY -> layout.stabilityRawResultsCsv();
            case CONCURRENCY -> layout.concurrencyRawResultsCsv();
            case OPEN_LOOP -> layout.openLoopRawResultsCsv();
            case TRAFFIC -> layout.trafficRawResultsCsv();
        };
    }

    /** The header columns of {@code phase}'s raw file. */
    public static List<String> columns(Phase phase) {
        return switch (phase) {
            case STABILITY -> STABILITY_COLUMNS;
            case CONCURRENCY -> CONCURRENCY_COLUMNS;
            case OPEN_LOOP -> OPEN_LOOP_COLUMNS;
            case TRAFFIC -> TRAFFIC_COLUMNS;
        };
    }

    /**
     * Appends one call of {@code configuration}.
     *
     * @throws IllegalArgumentException when the configuration belongs to another phase
     * @throws UncheckedIOException when the file cannot be written
     */
    public void append(BenchmarkConfiguration configuration, InvocationRecord record) {
        write(configuration, record, false);
    }

    /** Appends one warm-up call of {@code configuration}, marked in the {@code warmup} column. */
    public void appendWarmUp(BenchmarkConfiguration configuration, InvocationRecord record) {
        write(configuration, record, true);
    }

    private void write(BenchmarkConfiguration configuration, InvocationRecord record, boolean warmUp) {
        if (configuration.phase() != phase) {
            throw new IllegalArgumentException("configuration " + configuration.id() + " is not in phase " + phase);
        }
        String row = CsvFormat.row(cells(configuration, record, warmUp));
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("writer is closed");
            }
            out.write(row);
            rows++;
            long now = System.nanoTime();
            if (now - lastFlushNanos >= FLUSH_INTERVAL.toNanos()) {
                out.flush();
                lastFlushNanos = now;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    /** Rows appended so far. */
    public long rows() {
        lock.lock();
        try {
            return rows;
        } finally {
            lock.unlock();
        }
    }

    /** Writes buffered rows to the file. */
    public void flush() throws IOException {
        lock.lock();
        try {
            if (!closed) {
                out.flush();
                lastFlushNanos = System.nanoTime();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Flushes and closes the file; later appends fail. Idempotent. */
    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                out.close();
            }
        } finally {
            lock.unlock();
        }
    }

    static List<String> cells(BenchmarkConfiguration configuration, InvocationRecord r, boolean warmUp) {
        List<String> cells = new ArrayList<>(12);
        boolean ok = r.isSuccess();
        cells.add(ok ? CsvFormat.scaled(r.latencyNanos(), 6) : "-1");
        cells.add(ok ? CsvFormat.integer(r.bytesOut()) : null);
        cells.add(CsvFormat.integer(r.outcome().throttleExceptionFlag()));
        cells.add(CsvFormat.integer(r.outcome().insufficientMemoryErrorFlag()));
        cells.add(CsvFormat.integer(r.outcome().otherModelErrorFlag()));
        cells.add(CsvFormat.scaled(r.startEpochNanos(), 9));
        cells.add(CsvFormat.scaled(r.endEpochNanos(), 9));
        switch (configuration) {
            case dev.slsbench.plan.StabilityConfiguration s -> {
                cells.add(CsvFormat.integer(r.exampleIndex()));
                cells.add(CsvFormat.integer(s.memoryMb()));
            }
            case ConcurrencyConfiguration c -> {
                cells.add(CsvFormat.integer(c.memoryMb()));
                cells.add(CsvFormat.integer(c.maxConcurrency()));
                cells.add(CsvFormat.integer(c.clients()));
            }
            case OpenLoopConfiguration o -> {
                cells.add(CsvFormat.integer(o.memoryMb()));
                cells.add(CsvFormat.integer(o.maxConcurrency()));
                cells.add(CsvFormat.number(o.openLoopPhase().arrivalsPerSecond()));
            }
            case dev.slsbench.plan.TrafficConfiguration t -> {
                cells.add(CsvFormat.integer(t.memoryMb()));
                cells.add(CsvFormat.integer(t.maxConcurrency()));
                cells.add(t.id());
            }
        }
        cells.add(warmUp ? "1" : "0");
        cells.add(r.coldStart() == null ? null : r.coldStart() ? "1" : "0");
        return cells;
    }
}
