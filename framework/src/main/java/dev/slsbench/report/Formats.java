package dev.slsbench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the report writes numbers, whatever the JVM's locale: a point for decimals, commas between
 * thousands, units after a space ({@code 12.3 ms}), dollars before ({@code $1.23}).
 * Rounding is half-up and depends only on a value's magnitude, so the same figure always reads
 * the same: latencies keep three significant digits (whole milliseconds from 100 ms), prices
 * four significant digits below one dollar and cents above, rates one decimal of a percent.
 */
final class Formats {

    /** Shown where a value does not exist (a configuration that made no calls). */
    static final String NONE = "—";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** A latency: {@code 0.512 ms}, {@code 4.56 ms}, {@code 45.6 ms}, {@code 456 ms}, {@code 4,567 ms}. */
    static String millis(double millis) {
        return number(millis, significantDecimals(millis, 3)) + " ms";
    }

    /** A plain decimal with three significant digits (whole numbers from 100), grouped. */
    static String decimal(double value) {
        return number(value, significantDecimals(value, 3));
    }

    /** A plain decimal as written, without trailing zeros: {@code 1.75}, {@code 2}, {@code 12.5}. */
    static String exact(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A count of calls, grouped: {@code 1,234,567}. */
    static String count(long count) {
        return group(Long.toString(Math.abs(count)), count < 0);
    }

    /** A rate given as a fraction: {@code 0.0%}, {@code 12.5%}; tiny non-zero rates read {@code <0.1%}. */
    static String percentOfFraction(double fraction) {
        double percent = fraction * 100;
        if (percent > 0 && percent < 0.05) {
            return "<0.1%";
        }
        return number(percent, 1) + "%";
    }

    /** A percentage given in percent: {@code 97.25%} keeps two decimals, as the savings table does. */
    static String percent(BigDecimal percent) {
        return number(percent.doubleValue(), 2) + "%";
    }

    /** A percentage given in percent with one decimal: {@code 38.0%} (CloudWatch MemoryUtilization). */
    static String percent(double percent) {
        return number(percent, 1) + "%";
    }

    /**
     * Money: four significant digits below one dollar ({@code $0.0000123}, {@code $0.4567}),
     * cents from one dollar ({@code $40.32}, {@code $1,234.56}).
     */
    static String usd(BigDecimal usd) {
        BigDecimal abs = usd.abs();
        String sign = usd.signum() < 0 ? "-" : "";
        if (abs.signum() == 0) {
            return "$0.00";
        }
        if (abs.compareTo(BigDecimal.ONE) >= 0) {
            return sign + "$" + number(abs.doubleValue(), 2);
        }
        BigDecimal rounded = abs.round(new MathContext(4, RoundingMode.HALF_UP));
        return sign + "$" + rounded.stripTrailingZeros().toPlainString();
    }

    /** Money given as a double. */
    static String usd(double usd) {
        return usd(BigDecimal.valueOf(usd));
    }

    /** Bytes: {@code 512 B}, {@code 1.50 KiB}, {@code 2.25 MiB}. */
    static String bytes(double bytes) {
        if (bytes < 1024) {
            return number(bytes, bytes == Math.rint(bytes) ? 0 : 1) + " B";
        }
        if (bytes < 1024 * 1024) {
            return number(bytes / 1024, 2) + " KiB";
        }
        return number(bytes / (1024 * 1024), 2) + " MiB";
    }

    /** A compact count for axis ticks: {@code 500}, {@code 20k}, {@code 1.5M}. */
    static String compactCount(double value) {
        double abs = Math.abs(value);
        if (abs >= 1e6) {
            return trimZeros(number(value / 1e6, 2)) + "M";
        }
        if (abs >= 1e3) {
            return trimZeros(number(value / 1e3, 2)) + "k";
        }
        return trimZeros(number(value, 2));
    }

    /** An instant in UTC: {@code 2025-03-04 10:00:00 UTC}. */
    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** A duration: {@code none}, {@code 850 ms}, {@code 42 s}, {@code 6 min 40 s}, {@code 2 h 5 min}. */
    static String duration(Duration duration) {
        if (duration.isZero()) {
            return "none";
        }
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
    }

    /** {@code value} rounded half-up to {@code decimals} places, thousands grouped. */
    static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NONE;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point);
        return group(whole, rounded.signum() < 0) + fraction;
    }

    /** Decimals that give {@code digits} significant digits for {@code value} (0 for large values). */
    static int significantDecimals(double value, int digits) {
        double abs = Math.abs(value);
        if (abs == 0 || Double.isNaN(abs) || Double.isInfinite(abs)) {
            return digits - 1;
        }
        double rounded = BigDecimal.valueOf(abs).round(new MathContext(digits, RoundingMode.HALF_UP)).doubleValue();
        int magnitude = (int) Math.floor(Math.log10(rounded));
        return Math.max(0, digits - 1 - magnitude);
    }

    private static String group(String digits, boolean negative) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (negative) {
            out.append('-');
        }
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    private static String trimZeros(String number) {
        if (number.indexOf('.') < 0) {
            return number;
        }
        String trimmed = number.replaceAll("0+$", "");
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
