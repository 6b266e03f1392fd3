package dev.slsbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout every chart shares: a fixed-width drawing with a plot area, two labelled axes with
 * grid lines and tick labels, and a legend below that wraps onto as many rows as its entries
 * need (the drawing grows to fit). Charts draw their series inside the plot area.
 */
final class PlotFrame {

    static final double WIDTH = 720;
    static final double LEFT = 84;
    static final double RIGHT = WIDTH - 28;
    static final double TOP = 18;
    static final double PLOT_HEIGHT = 250;
    static final double BOTTOM = TOP + PLOT_HEIGHT;
    private static final double LEGEND_TOP = BOTTOM + 58;
    private static final double LEGEND_ROW = 18;
    private static final double CHAR_WIDTH = 6.6;
    private static final String GRID = "#e2e2e2";
    private static final String INK = "#222222";

    /** How a legend entry's swatch looks. */
    enum Swatch { LINE, DASHED_LINE, POINT }

    /**
     * One legend entry.
     *
     * @param name the series name
     * @param color its colour
     * @param swatch how its sample is drawn
     */
    record LegendEntry(String name, String color, Swatch swatch) {
    }

    private record Placed(LegendEntry entry, double x, double y) {
    }

    private final List<Placed> legend = new ArrayList<>();
    private final double height;

    PlotFrame(List<LegendEntry> entries) {
        double x = LEFT;
        double y = LEGEND_TOP;
        for (LegendEntry entry : entries) {
            double width = 26 + entry.name().length() * CHAR_WIDTH + 18;
            if (x > LEFT && x + width > RIGHT) {
                x = LEFT;
                y += LEGEND_ROW;
            }
            legend.add(new Placed(entry, x, y));
            x += width;
        }
        height = (entries.isEmpty() ? LEGEND_TOP - LEGEND_ROW : y) + 12;
    }

    /** The drawing's height, legend included. */
    double height() {
        return height;
    }

    /** A horizontal scale over the plot area. */
    static LinearScale xScale(double min, double max, boolean includeZero) {
        return LinearScale.covering(min, max, includeZero, 8, LEFT, RIGHT);
    }

    /** A vertical scale over the plot area (values grow upwards). */
    static LinearScale yScale(double min, double max, boolean includeZero) {
        return LinearScale.covering(min, max, includeZero, 6, BOTTOM, TOP);
    }

    /** Draws grid lines, both axes with their ticks and titles, and the legend. */
    void draw(Svg svg, LinearScale x, Axis xAxis, LinearScale y, Axis yAxis) {
        svg.group("class=\"axes\"");
        int xDecimals = x.tickDecimals();
        for (double tick : x.ticks()) {
            double px = x.apply(tick);
            svg.line(px, TOP, px, BOTTOM, GRID, null);
            svg.line(px, BOTTOM, px, BOTTOM + 5, INK, null);
            svg.text(px, BOTTOM + 18, "middle", xAxis.tickLabel().apply(tick, xDecimals), "class=\"tick\"");
        }
        int yDecimals = y.tickDecimals();
        for (double tick : y.ticks()) {
            double py = y.apply(tick);
            svg.line(LEFT, py, RIGHT, py, GRID, null);
            svg.line(LEFT - 5, py, LEFT, py, INK, null);
            svg.text(LEFT - 8, py + 4, "end", yAxis.tickLabel().apply(tick, yDecimals), "class=\"tick\"");
        }
        svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, INK, null);
        svg.line(LEFT, TOP, LEFT, BOTTOM, INK, null);
        svg.text((LEFT + RIGHT) / 2, BOTTOM + 40, "middle", xAxis.title(), "class=\"axis-title\" font-weight=\"600\"");
        double middle = (TOP + BOTTOM) / 2;
        svg.text(16, middle, "middle", yAxis.title(),
                "class=\"axis-title\" font-weight=\"600\" transform=\"rotate(-90 16 " + Math.round(middle) + ")\"");
        svg.close();
        drawLegend(svg);
    }

    private void drawLegend(Svg svg) {
        if (legend.isEmpty()) {
            return;
        }
        svg.group("class=\"legend\"");
        for (Placed placed : legend) {
            LegendEntry entry = placed.entry();
            svg.group("class=\"legend-item\" " + Svg.attr("data-series", entry.name()));
            double y = placed.y();
            switch (entry.swatch()) {
                case LINE -> svg.line(placed.x(), y - 4, placed.x() + 20, y - 4, entry.color(), "stroke-width=\"2.5\"");
                case DASHED_LINE -> svg.line(placed.x(), y - 4, placed.x() + 20, y - 4, entry.color(),
                        "stroke-width=\"2\" stroke-dasharray=\"5 3\"");
                case POINT -> svg.circle(placed.x() + 10, y - 4, 4.5, "fill=\"" + entry.color() + "\"");
            }
            svg.text(placed.x() + 26, y, "start", entry.name(), null);
            svg.close();
        }
        svg.close();
    }
}
