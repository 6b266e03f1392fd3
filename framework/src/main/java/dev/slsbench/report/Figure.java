package dev.slsbench.report;

/**
 * A chart with its caption, or, when there was nothing to draw, the caption alone saying so.
 *
 * @param svg the inline SVG, or {@code null} when there was no data
 * @param caption what the chart shows, how to read it, and what was left out
 */
record Figure(String svg, String caption) {

    /** A figure without a chart, explaining why. */
    static Figure empty(String why) {
        return new Figure(null, why);
    }
}
