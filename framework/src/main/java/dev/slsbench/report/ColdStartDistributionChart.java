package dev.slsbench.report;

import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ColdStartSample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The distribution of cold starts, one chart per memory size: the cumulative distribution of the
 * cold-start phase's first calls (each a forced cold start, one series per ProvisionedConcurrency
 * value) beside that of the warm call right after each, so that how long a cold start takes, how
 * much it varies and what ProvisionedConcurrency takes away read off one picture. Every sample is
 * drawn: the phase takes few, and a cold start is the outlier this chart is about.
 */
final class ColdStartDistributionChart {

    private ColdStartDistributionChart() {
    }

    static List<Figure> of(BenchmarkResult result) {
        if (result.coldStarts().isEmpty()) {
            return List.of(Figure.empty("No cold-start distribution: the run had no cold-start phase (give"
                    + " --cold-starts N, or @ServerlessBenchmark(coldStarts = N), to force N cold starts per memory"
                    + " size). The cold calls seen by the other phases are counted in the table below."));
        }
        Map<Integer, List<ColdStartSample>> byMemory = result.coldStarts().stream()
                .collect(Collectors.groupingBy(ColdStartSample::memoryMb, TreeMap::new, Collectors.toList()));
        List<Figure> figures = new ArrayList<>();
        byMemory.forEach((memoryMb, samples) -> {
            List<ChartSeries> series = new ArrayList<>();
            Map<Integer, List<ColdStartSample>> byProvisioned = samples.stream().collect(Collectors.groupingBy(
                    ColdStartSample::provisionedConcurrency, TreeMap::new, Collectors.toList()));
            byProvisioned.forEach((provisioned, group) -> series.add(ecdf("first call"
                            + (byProvisioned.size() > 1 || provisioned > 0 ? ", ProvisionedConcurrency " + provisioned : ""),
                    series.size(), group.stream().map(s -> Optional.of(s.firstCallLatencyMillis())).toList())));
            ChartSeries warm = ecdf("second call (warm)", series.size(),
                    samples.stream().map(ColdStartSample::secondCallLatencyMillis).toList());
            if (warm.size() > 0) {
                series.add(warm);
            }
            String id = "cold-start-distribution-" + memoryMb;
            String title = "Cold starts at " + memoryMb + " MB";
            String description = "Step lines of the fraction of forced cold starts at or below each latency ("
                    + series.stream().map(ChartSeries::name).collect(Collectors.joining(", ")) + ").";
            figures.add(new Figure(EcdfChart.render(id, title, description, Axis.numbers("Latency (ms)"), series),
                    title + ": cumulative distribution of the client-side latency of each fresh endpoint's first call ("
                            + Formats.count(samples.size()) + " samples; every sample drawn) and of the call right"
                            + " after it. With ProvisionedConcurrency the first call is served by a provisioned"
                            + " container."));
        });
        return figures;
    }

    private static ChartSeries ecdf(String name, int index, List<Optional<Double>> values) {
        double[] x = values.stream().flatMap(Optional::stream).mapToDouble(Double::doubleValue).sorted().toArray();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (i + 1.0) / x.length;
        }
        return new ChartSeries(name, Palette.color(index), x, y);
    }
}
