package dev.slsbench.report;

/** Builds the {@code d} attribute of an SVG path: absolute moves and lines, one decimal at most. */
final class PathData {

    private final StringBuilder d = new StringBuilder(256);

    /** Starts a new subpath at (x, y). */
    PathData moveTo(double x, double y) {
        d.append('M');
        return pair(x, y);
    }

    /** A line to (x, y). */
    PathData lineTo(double x, double y) {
        d.append('L');
        return pair(x, y);
    }

    /** A horizontal line to x. */
    PathData horizontalTo(double x) {
        d.append('H');
        Svg.appendNumber(d, x);
        return this;
    }

    /** A vertical line to y. */
    PathData verticalTo(double y) {
        d.append('V');
        Svg.appendNumber(d, y);
        return this;
    }

    /** Whether nothing has been drawn. */
    boolean isEmpty() {
        return d.isEmpty();
    }

    @Override
    public String toString() {
        return d.toString();
    }

    private PathData pair(double x, double y) {
        Svg.appendNumber(d, x).append(',');
        Svg.appendNumber(d, y);
        return this;
    }
}
