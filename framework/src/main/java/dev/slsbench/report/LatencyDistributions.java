package dev.slsbench.report;

import dev.slsbench.stats.LatencySummary;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Turns configurations' latency histograms into an {@link EcdfChart}, leaving out slow outliers
 * the way the toolkit does for its distribution plots: calls slower than mean + 5 × IQR are not
 * drawn, and the caption says how many there were. The curve keeps its true fractions, so a
 * series with outliers ends below 100% by exactly the share left out. Each series is thinned to
 * at most {@value #MAX_POINTS} steps (the curve moves by at most 0.25 percentage points), so the
 * page stays small however many calls were made.
 */
final class LatencyDistributions {

    static final int MAX_POINTS = 400;
    static final double OUTLIER_IQR_FACTOR = 5;

    private LatencyDistributions() {
    }

    /**
     * An ECDF figure of {@code configurations}' successful calls; those without successful calls
     * are named in the caption instead.
     *
     * @param seriesName names each configuration's series
     */
    static Figure figure(String id, String title, List<IndexedConfiguration> configurations,
                         Function<IndexedConfiguration, String> seriesName) {
        List<ChartSeries> series = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        List<String> noCalls = new ArrayList<>();
        for (IndexedConfiguration c : configurations) {
            if (c.result().latency().isEmpty() || c.result().latencyHistogram().isEmpty()) {
                noCalls.add(seriesName.apply(c));
                continue;
            }
            LatencySummary summary = c.result().latency().get();
            double cutoffMillis = summary.meanMillis() + OUTLIER_IQR_FACTOR * summary.iqrMillis();
            Histogram histogram = c.result().decodeLatencyHistogram().orElseThrow();
            String name = seriesName.apply(c);
            Curve curve = curve(histogram, cutoffMillis);
            if (curve.x().length == 0) {
                noCalls.add(name);
                continue;
            }
            series.add(new ChartSeries(name, Palette.color(series.size()), curve.x(), curve.y()));
            leftOut.add(name + ": " + (curve.leftOut() == 0 ? "none" : Formats.count(curve.leftOut()) + " of "
                    + Formats.count(histogram.getTotalCount()) + " above " + Formats.millis(cutoffMillis)));
        }
        String missing = noCalls.isEmpty() ? "" : " No successful calls to draw for " + String.join(", ", noCalls) + ".";
        if (series.isEmpty()) {
            return Figure.empty("No latency distribution to draw: no configuration had successful calls." + missing);
        }
        String caption = "Cumulative distribution of successful calls' client-side latency: for each latency, the"
                + " share of calls at or below it (read the median at 50%). As in the toolkit, calls slower than"
                + " mean + 5 × IQR are left out of the chart (" + String.join("; ", leftOut) + ")." + missing;
        String description = "Step lines, one per series (" + series.stream().map(ChartSeries::name)
                .reduce((a, b) -> a + ", " + b).orElse("") + "), of the fraction of calls at or below each latency.";
        return new Figure(EcdfChart.render(id, title, description, Axis.numbers("Latency (ms)"), series), caption);
    }

    /** The thinned ECDF points at or below {@code cutoffMillis}, and the count above it. */
    static Curve curve(Histogram latencyNanos, double cutoffMillis) {
        long total = latencyNanos.getTotalCount();
        double[] x = new double[MAX_POINTS + 2];
        double[] y = new double[MAX_POINTS + 2];
        int points = 0;
        long cumulative = 0;
        long leftOut = 0;
        double lastKeptFraction = -1;
        double pendingX = Double.NaN;
        double pendingY = Double.NaN;
        for (HistogramIterationValue v : latencyNanos.recordedValues()) {
            long value = v.getValueIteratedTo();
            double millis = latencyNanos.medianEquivalentValue(value) / 1e6;
            cumulative += v.getCountAtValueIteratedTo();
            if (latencyNanos.lowestEquivalentValue(value) / 1e6 > cutoffMillis) {
                leftOut += v.getCountAtValueIteratedTo();
                continue;
            }
            double fraction = (double) cumulative / total;
            if (points == 0 || fraction - lastKeptFraction >= 1.0 / MAX_POINTS) {
                x[points] = millis;
                y[points] = fraction;
                points++;
                lastKeptFraction = fraction;
                pendingX = Double.NaN;
            } else {
                pendingX = millis;
                pendingY = fraction;
            }
        }
        if (!Double.isNaN(pendingX)) {
            x[points] = pendingX;
            y[points] = pendingY;
            points++;
        }
        return new Curve(Arrays.copyOf(x, points), Arrays.copyOf(y, points), leftOut);
    }

    /**
     * Points of an ECDF and what was left out.
     *
     * @param x latencies in milliseconds, ascending
     * @param y fraction of calls at or below each latency
     * @param leftOut calls above the outlier cut-off
     */
    record Curve(double[] x, double[] y, long leftOut) {
    }
}
