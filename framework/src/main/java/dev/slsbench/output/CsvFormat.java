package dev.slsbench.output;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * How slsbench writes CSV cells: RFC 4180 quoting, {@code \n} line ends, numbers in plain
 * decimal notation independent of the default locale, absent values as empty cells (what
 * pandas writes for NaN).
 */
final class CsvFormat {

    private CsvFormat() {
    }

    static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            cell(line, cells.get(i));
        }
        return line.append('\n').toString();
    }

    static void cell(StringBuilder line, String value) {
        if (value == null) {
            return;
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
    }

    /** A number with at most six decimals, trailing zeros dropped; empty for NaN. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** An exact number of {@code scale}-th decimal fractions, e.g. nanoseconds as milliseconds with scale 6. */
    static String scaled(long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale).toPlainString();
    }

    static String integer(long value) {
        return Long.toString(value);
    }

    static String money(BigDecimal usd) {
        return usd == null ? "" : usd.stripTrailingZeros().toPlainString();
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
