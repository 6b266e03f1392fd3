package dev.slsbench.report;

import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.stats.TpsSeries;
import dev.slsbench.stats.TpsSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * Throughput: the TPS cells of the concurrency table and the "TPS over time" chart, one line per
 * configuration, each starting at its own first completed call so client counts run one after
 * another on the same endpoint can be compared.
 */
final class TpsChart {

    private TpsChart() {
    }

    /** The chart of {@code configurations}' TPS series; configurations without one are named in the caption. */
    static Figure figure(String id, String title, List<IndexedConfiguration> configurations) {
        List<ChartSeries> series = new ArrayList<>();
        List<String> without = new ArrayList<>();
        int widest = 1;
        for (IndexedConfiguration c : configurations) {
            String name = IndexedConfiguration.label(c.configuration()).replaceFirst("^.* · ", "");
            if (c.result().tpsSeries().isEmpty()) {
                without.add(name);
                continue;
            }
            TpsSeries s = c.result().tpsSeries().get();
            double[] x = new double[s.completions().size()];
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = s.offsetSecondsAt(i);
                y[i] = s.tpsAt(i);
            }
            widest = Math.max(widest, s.secondsPerPoint());
            series.add(new ChartSeries(name, Palette.color(series.size()), x, y));
        }
        String missing = without.isEmpty() ? "" : " No per-second series recorded for " + String.join(", ", without) + ".";
        if (series.isEmpty()) {
            return Figure.empty("No TPS over time to draw." + missing);
        }
        String svg = LineChart.render(id, title, "Lines of successful calls per second against seconds since each "
                        + "configuration's first completed call, one per client count.",
                Axis.numbers("Seconds since the configuration's first completed call (s)"),
                Axis.numbers("Successful calls per second"), series, List.of(), false);
        String folding = widest > 1 ? " Long runs are averaged over up to " + widest + " s per point." : "";
        return new Figure(svg, "Successful calls completed in each second." + folding + missing);
    }

    /** A TPS statistic of {@code c} ({@code mean}, {@code p25}, {@code p50}, {@code p75}, {@code max}). */
    static Table.Cell cell(IndexedConfiguration c, String statistic) {
        if (c.result().tps().isEmpty()) {
            return Table.Cell.none(c.result().status() == ConfigurationStatus.DEPLOYMENT_FAILED
                    ? "the endpoint was never deployed" : "no call succeeded");
        }
        TpsSummary tps = c.result().tps().get();
        double value = switch (statistic) {
            case "mean" -> tps.mean();
            case "p25" -> tps.p25();
            case "p50" -> tps.p50();
            case "p75" -> tps.p75();
            case "max" -> tps.max();
            default -> throw new IllegalArgumentException("no TPS statistic " + statistic);
        };
        return Table.Cell.measured(Formats.decimal(value) + "/s", c.pointer("tps/" + statistic), value);
    }
}
