package dev.slsbench.report;

import java.util.function.BiFunction;

/**
 * What an axis shows: its title with the unit, and how tick values are written.
 *
 * @param title e.g. {@code Latency (ms)}
 * @param tickLabel writes a tick value given the decimals the tick step needs
 */
record Axis(String title, BiFunction<Double, Integer, String> tickLabel) {

    /** An axis whose ticks are plain grouped numbers. */
    static Axis numbers(String title) {
        return new Axis(title, Formats::number);
    }

    /** An axis of US dollars: {@code $0.25}. */
    static Axis usd(String title) {
        return new Axis(title, (value, decimals) -> "$" + Formats.number(value, decimals));
    }

    /** An axis of fractions shown as percentages: 0.25 reads {@code 25%}. */
    static Axis fractionAsPercent(String title) {
        return new Axis(title, (value, decimals) -> Formats.number(value * 100, Math.max(0, decimals - 2)) + "%");
    }

    /** An axis of counts written compactly: {@code 500k}, {@code 1.5M}. */
    static Axis compactCounts(String title) {
        return new Axis(title, (value, decimals) -> Formats.compactCount(value));
    }
}
