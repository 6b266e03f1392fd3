package dev.slsbench.report;

/**
 * The colours series are drawn in: Okabe and Ito's palette, told apart by people with the common
 * colour-vision deficiencies, dark enough for white paper (its yellow is left out).
 */
final class Palette {

    private static final String[] COLORS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
        "#000000", "#8C6D31"};

    /** The colour for highlights (the recommended configuration, the break-even point). */
    static final String HIGHLIGHT = "#C00000";

    private Palette() {
    }

    /** The colour of the {@code index}-th series; colours repeat after eight series. */
    static String color(int index) {
        return COLORS[Math.floorMod(index, COLORS.length)];
    }
}
