package dev.slsbench.report;

import java.util.List;

/**
 * Empirical cumulative distribution functions, one step line per series: for each latency x, the
 * fraction of calls that took at most x. Unlike a density it needs no bandwidth, shows every
 * percentile directly (read across from 50% or 99%), and lets several configurations share one
 * chart without hiding each other.
 */
final class EcdfChart {

    private EcdfChart() {
    }

    /**
     * The chart of {@code series}, whose points are (latency, cumulative fraction) pairs in
     * ascending order.
     */
    static String render(String id, String title, String description, Axis xAxis, List<ChartSeries> series) {
        PlotFrame frame = new PlotFrame(series.stream()
                .map(s -> new PlotFrame.LegendEntry(s.name(), s.color(), PlotFrame.Swatch.LINE)).toList());
        double min = series.stream().mapToDouble(s -> s.x()[0]).min().orElse(0);
        double max = series.stream().mapToDouble(s -> s.x()[s.size() - 1]).max().orElse(1);
        LinearScale x = PlotFrame.xScale(min, max, false);
        LinearScale y = LinearScale.covering(0, 1, true, 6, PlotFrame.BOTTOM, PlotFrame.TOP);
        Svg svg = new Svg(id, PlotFrame.WIDTH, frame.height(), title, description);
        frame.draw(svg, x, xAxis, y, Axis.fractionAsPercent("Calls at or below (%)"));
        for (ChartSeries s : series) {
            PathData d = new PathData().moveTo(x.apply(s.x()[0]), y.apply(0)).verticalTo(y.apply(s.y()[0]));
            for (int i = 1; i < s.size(); i++) {
                d.horizontalTo(x.apply(s.x()[i])).verticalTo(y.apply(s.y()[i]));
            }
            svg.path(d, "class=\"mark line\" " + Svg.attr("data-series", s.name()) + " fill=\"none\" stroke=\""
                    + s.color() + "\" stroke-width=\"2\" stroke-linejoin=\"round\"");
        }
        return svg.finish();
    }
}
