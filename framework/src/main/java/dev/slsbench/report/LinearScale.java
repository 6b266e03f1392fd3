package dev.slsbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a data interval onto a pixel interval, with "nice" tick values (1, 2, 2.5 or 5 times a
 * power of ten) that cover the data. A degenerate interval (all values equal) is widened so that
 * the value sits inside the axis rather than on a division by zero.
 *
 * @param domainMin the lowest value on the axis (a tick)
 * @param domainMax the highest value on the axis (a tick)
 * @param rangeStart the pixel coordinate of {@code domainMin}
 * @param rangeEnd the pixel coordinate of {@code domainMax} (smaller than the start for y axes)
 * @param tickStep the distance between ticks, in data units
 */
record LinearScale(double domainMin, double domainMax, double rangeStart, double rangeEnd, double tickStep) {

    private static final double[] NICE_STEPS = {1, 2, 2.5, 5, 10};

    /**
     * A scale covering {@code [min, max]} with about {@code ticks} nice ticks.
     *
     * @param includeZero whether the axis must start at (or end at) zero, as amounts should
     */
    static LinearScale covering(double min, double max, boolean includeZero, int ticks, double rangeStart,
                                double rangeEnd) {
        double low = includeZero ? Math.min(0, min) : min;
        double high = includeZero ? Math.max(0, max) : max;
        if (!(high > low)) {
            double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
            high = low + pad;
            low = includeZero && low >= 0 ? low : low - pad;
        }
        double step = niceStep((high - low) / Math.max(1, ticks - 1));
        double niceLow = Math.floor(low / step + 1e-9) * step;
        double niceHigh = Math.ceil(high / step - 1e-9) * step;
        return new LinearScale(niceLow, niceHigh, rangeStart, rangeEnd, step);
    }

    /** The pixel coordinate of {@code value}. */
    double apply(double value) {
        return rangeStart + (value - domainMin) / (domainMax - domainMin) * (rangeEnd - rangeStart);
    }

    /** The tick values from {@code domainMin} to {@code domainMax}. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((domainMax - domainMin) / tickStep);
        for (long i = 0; i <= count; i++) {
            double tick = domainMin + i * tickStep;
            ticks.add(Math.abs(tick) < tickStep * 1e-9 ? 0 : tick);
        }
        return ticks;
    }

    /** Decimals needed to tell ticks apart: 0 for steps ≥ 1, 1 for 0.5, 2 for 0.25 or 0.01. */
    int tickDecimals() {
        int decimals = 0;
        double step = tickStep;
        while (decimals < 12 && Math.abs(step - Math.rint(step)) > 1e-9 * Math.max(1, Math.abs(step))) {
            step *= 10;
            decimals++;
        }
        return decimals;
    }

    static double niceStep(double rough) {
        if (!(rough > 0) || Double.isInfinite(rough)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double nice : NICE_STEPS) {
            if (nice * magnitude >= rough * (1 - 1e-9)) {
                return nice * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
