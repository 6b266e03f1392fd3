package dev.slsbench.stats;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;

/**
 * How slsbench keeps latencies: HdrHistograms of nanoseconds with three significant decimal
 * digits, auto-resizing, so memory stays flat however many calls are recorded.
 *
 * <p>Precision: any recorded value is reported within 0.1% of itself (e.g. 123.456 ms is
 * indistinguishable from values within about ±0.12 ms). Every statistic computed from these
 * histograms ({@link LatencySummary}, {@link MannWhitneyTest}) inherits that resolution.
 * Histograms are exchanged in results as the compressed, base64-encoded HdrHistogram V2 format,
 * which other HdrHistogram implementations (Python, Go, JavaScript) also read.
 */
public final class LatencyHistograms {

    /** Significant decimal digits kept: values are resolved to within 0.1%. */
    public static final int SIGNIFICANT_DIGITS = 3;

    private LatencyHistograms() {
    }

    /** An empty auto-resizing histogram for latencies in nanoseconds. Not thread-safe. */
    public static Histogram newHistogram() {
        return new Histogram(SIGNIFICANT_DIGITS);
    }

    /**
     * A recorder for concurrent writers: {@code recordValue(latencyNanos)} from any thread, and
     * interval snapshots ({@code getIntervalHistogram}) without stopping them.
     */
    public static Recorder newRecorder() {
        return new Recorder(SIGNIFICANT_DIGITS);
    }

    /** The histogram in HdrHistogram's compressed V2 encoding, as base64 text. */
    public static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
    }

    /**
     * Decodes {@link #encode(Histogram)}'s output.
     *
     * @throws IllegalArgumentException when the text is not an encoded histogram
     */
    public static Histogram decode(String base64) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
        } catch (DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException("not an encoded HdrHistogram: " + e.getMessage(), e);
        }
    }
}
