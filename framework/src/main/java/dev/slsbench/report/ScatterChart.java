package dev.slsbench.report;

import java.util.List;

/**
 * Labelled points on two axes, e.g. each memory size at (mean latency, cost per 1M invocations):
 * the cheap-and-fast corner is bottom left, and the trade-off between sizes is visible at once.
 * Each point is written beside its label; the axes fit the points rather than starting at zero,
 * so close configurations stay apart.
 */
final class ScatterChart {

    /**
     * One labelled point.
     *
     * @param x x value
     * @param y y value
     * @param label the text written beside it
     */
    record LabelledPoint(double x, double y, String label) {
    }

    /**
     * A named group of points drawn in one colour.
     *
     * @param name legend text and {@code data-series}
     * @param color its colour
     * @param radius its points' radius
     * @param points the points
     */
    record PointSeries(String name, String color, double radius, List<LabelledPoint> points) {
    }

    private ScatterChart() {
    }

    /** The chart of {@code series}. */
    static String render(String id, String title, String description, Axis xAxis, Axis yAxis,
                         List<PointSeries> series) {
        PlotFrame frame = new PlotFrame(series.stream()
                .map(s -> new PlotFrame.LegendEntry(s.name(), s.color(), PlotFrame.Swatch.POINT)).toList());
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (PointSeries s : series) {
            for (LabelledPoint p : s.points()) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, p.y());
                maxY = Math.max(maxY, p.y());
            }
        }
        double padX = (maxX - minX) * 0.08;
        double padY = (maxY - minY) * 0.08;
        LinearScale x = PlotFrame.xScale(Math.max(0, minX - padX), maxX + padX, false);
        LinearScale y = PlotFrame.yScale(Math.max(0, minY - padY), maxY + padY, false);
        Svg svg = new Svg(id, PlotFrame.WIDTH, frame.height(), title, description);
        frame.draw(svg, x, xAxis, y, yAxis);
        for (PointSeries s : series) {
            for (LabelledPoint p : s.points()) {
                double px = x.apply(p.x());
                double py = y.apply(p.y());
                svg.circle(px, py, s.radius(), "class=\"mark point\" " + Svg.attr("data-series", s.name())
                        + " fill=\"" + s.color() + "\" stroke=\"#ffffff\" stroke-width=\"1.5\"");
                boolean right = px > PlotFrame.LEFT + (PlotFrame.RIGHT - PlotFrame.LEFT) * 0.75;
                svg.text(right ? px - s.radius() - 5 : px + s.radius() + 5, py - s.radius() - 2,
                        right ? "end" : "start", p.label(), "class=\"point-label\"");
            }
        }
        return svg.finish();
    }
}
