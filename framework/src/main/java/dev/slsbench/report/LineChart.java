package dev.slsbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines through each series' points (with dots when there are few enough to see), plus optional
 * highlighted markers — a labelled point with a dashed guide down to the x axis, such as a
 * break-even point. Both axes start at zero: these charts show amounts.
 */
final class LineChart {

    /**
     * A highlighted point.
     *
     * @param name its legend text and {@code data-series}
     * @param x x value
     * @param y y value
     * @param label the text written beside it
     */
    record Marker(String name, double x, double y, String label) {
    }

    private LineChart() {
    }

    /**
     * The chart of {@code series} and {@code markers}.
     *
     * @param dots whether each point is also drawn as a dot (a one-point series always is)
     */
    static String render(String id, String title, String description, Axis xAxis, Axis yAxis,
                         List<ChartSeries> series, List<Marker> markers, boolean dots) {
        List<PlotFrame.LegendEntry> legend = new ArrayList<>();
        series.forEach(s -> legend.add(new PlotFrame.LegendEntry(s.name(), s.color(), PlotFrame.Swatch.LINE)));
        markers.forEach(m -> legend.add(new PlotFrame.LegendEntry(m.name(), Palette.HIGHLIGHT, PlotFrame.Swatch.POINT)));
        PlotFrame frame = new PlotFrame(legend);
        double maxX = 0;
        double maxY = 0;
        for (ChartSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                maxX = Math.max(maxX, s.x()[i]);
                maxY = Math.max(maxY, s.y()[i]);
            }
        }
        for (Marker m : markers) {
            maxX = Math.max(maxX, m.x());
            maxY = Math.max(maxY, m.y());
        }
        LinearScale x = PlotFrame.xScale(0, maxX, true);
        LinearScale y = PlotFrame.yScale(0, maxY * 1.05, true);
        Svg svg = new Svg(id, PlotFrame.WIDTH, frame.height(), title, description);
        frame.draw(svg, x, xAxis, y, yAxis);
        for (ChartSeries s : series) {
            PathData d = new PathData();
            for (int i = 0; i < s.size(); i++) {
                if (i == 0) {
                    d.moveTo(x.apply(s.x()[i]), y.apply(s.y()[i]));
                } else {
                    d.lineTo(x.apply(s.x()[i]), y.apply(s.y()[i]));
                }
            }
            String seriesAttr = Svg.attr("data-series", s.name());
            if (s.size() > 1) {
                svg.path(d, "class=\"mark line\" " + seriesAttr + " fill=\"none\" stroke=\"" + s.color()
                        + "\" stroke-width=\"2\" stroke-linejoin=\"round\"");
            }
            if (dots || s.size() == 1) {
                for (int i = 0; i < s.size(); i++) {
                    svg.circle(x.apply(s.x()[i]), y.apply(s.y()[i]), 2.5, "class=\"mark point\" " + seriesAttr
                            + " fill=\"" + s.color() + "\"");
                }
            }
        }
        for (Marker m : markers) {
            double px = x.apply(m.x());
            double py = y.apply(m.y());
            svg.line(px, py, px, PlotFrame.BOTTOM, Palette.HIGHLIGHT, "stroke-dasharray=\"4 3\"");
            svg.circle(px, py, 5, "class=\"mark point\" " + Svg.attr("data-series", m.name()) + " fill=\""
                    + Palette.HIGHLIGHT + "\"");
            boolean right = px > (PlotFrame.LEFT + PlotFrame.RIGHT) / 2;
            svg.text(right ? px - 9 : px + 9, py - 9, right ? "end" : "start", m.label(),
                    "font-weight=\"600\" fill=\"" + Palette.HIGHLIGHT + "\"");
        }
        return svg.finish();
    }
}
