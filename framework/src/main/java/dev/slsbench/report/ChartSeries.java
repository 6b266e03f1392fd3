package dev.slsbench.report;

import java.util.Objects;

/**
 * One named series of a chart: points in data units, in drawing order, and the colour it is
 * drawn in.
 *
 * @param name the legend text, also written as {@code data-series} on its marks
 * @param color a CSS colour
 * @param x the points' x values
 * @param y the points' y values, as many as x values
 */
record ChartSeries(String name, String color, double[] x, double[] y) {

    ChartSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + name + ": " + x.length + " x values but " + y.length + " y values");
        }
    }

    /** The number of points. */
    int size() {
        return x.length;
    }
}
