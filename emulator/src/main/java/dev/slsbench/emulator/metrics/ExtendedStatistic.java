package dev.slsbench.emulator.metrics;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CloudWatch extended statistic parsed from its name: percentiles ({@code p99}, {@code p99.9}),
 * trimmed mean, count and sum ({@code tm90}, {@code TM(10%:90%)}, {@code TC(:0.5)}, {@code IQM}),
 * winsorized mean ({@code wm95}, {@code WM(5%:95%)}) and percentile rank ({@code PR(:300)}).
 * Percentiles use the nearest-rank definition, clamped to the period's minimum and maximum.
 *
 * @param name the statistic as the caller spelled it (the key in responses)
 * @param kind what to compute
 * @param low the exclusive lower bound, or NaN when open
 * @param high the inclusive upper bound (the percentile for {@link Kind#PERCENTILE}), or NaN when open
 * @param percentBounds whether the bounds are percentages of ranks rather than values
 */
public record ExtendedStatistic(String name, Kind kind, double low, double high, boolean percentBounds) {

    /** The families of extended statistics. */
    public enum Kind {
        PERCENTILE, TRIMMED_MEAN, WINSORIZED_MEAN, TRIMMED_COUNT, TRIMMED_SUM, PERCENTILE_RANK
    }

    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{1,2})?)";
    private static final Pattern SHORT = Pattern.compile("(p|tm|wm|tc|ts)" + NUMBER);
    private static final Pattern RANGE = Pattern
            .compile("(TM|WM|TC|TS|PR)\\((-?\\d+(?:\\.\\d+)?%?)?:(-?\\d+(?:\\.\\d+)?%?)?\\)");

    /**
     * Parses a statistic name.
     *
     * @throws IllegalArgumentException naming the statistic when it is malformed or unsupported
     */
    public static ExtendedStatistic parse(String name) {
        Matcher shortForm = SHORT.matcher(name);
        if (shortForm.matches()) {
            double percent = percentage(name, shortForm.group(2));
            Kind kind = kindOf(shortForm.group(1).toUpperCase(Locale.ROOT));
            return new ExtendedStatistic(name, kind, Double.NaN, percent, true);
        }
        if (name.equals("IQM")) {
            return new ExtendedStatistic(name, Kind.TRIMMED_MEAN, 25, 75, true);
        }
        Matcher range = RANGE.matcher(name);
        if (range.matches()) {
            return ranged(name, kindOf(range.group(1)), range.group(2), range.group(3));
        }
        throw new IllegalArgumentException("The extended statistic " + name + " is not supported: use pNN or pNN.NN,"
                + " tmNN, wmNN, tcNN, tsNN, TM(a:b), WM(a%:b%), TC(a:b), TS(a:b), PR(a:b) or IQM.");
    }

    private static ExtendedStatistic ranged(String name, Kind kind, String lowText, String highText) {
        if (lowText == null && highText == null) {
            throw new IllegalArgumentException("The extended statistic " + name + " needs at least one bound.");
        }
        boolean lowPercent = lowText != null && lowText.endsWith("%");
        boolean highPercent = highText != null && highText.endsWith("%");
        boolean percent = lowPercent || highPercent;
        if ((lowText != null && lowPercent != percent) || (highText != null && highPercent != percent)) {
            throw new IllegalArgumentException(
                    "The extended statistic " + name + " mixes percentage and absolute bounds.");
        }
        if (kind == Kind.PERCENTILE_RANK && percent) {
            throw new IllegalArgumentException("The extended statistic " + name + " takes absolute values, not percentages.");
        }
        if (kind == Kind.WINSORIZED_MEAN && !percent) {
            throw new IllegalArgumentException("The extended statistic " + name + " is supported with percentage bounds only.");
        }
        double low = lowText == null ? Double.NaN : bound(name, lowText, percent);
        double high = highText == null ? Double.NaN : bound(name, highText, percent);
        if (!Double.isNaN(low) && !Double.isNaN(high) && low >= high) {
            throw new IllegalArgumentException("The extended statistic " + name + " has its lower bound above its upper bound.");
        }
        return new ExtendedStatistic(name, kind, low, high, percent);
    }

    private static double bound(String name, String text, boolean percent) {
        return percent ? percentage(name, text.substring(0, text.length() - 1)) : Double.parseDouble(text);
    }

    private static double percentage(String name, String text) {
        double value = Double.parseDouble(text);
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("The extended statistic " + name + " needs a percentage from 0 to 100.");
        }
        return value;
    }

    private static Kind kindOf(String family) {
        return switch (family) {
            case "P" -> Kind.PERCENTILE;
            case "TM" -> Kind.TRIMMED_MEAN;
            case "WM" -> Kind.WINSORIZED_MEAN;
            case "TC" -> Kind.TRIMMED_COUNT;
            case "TS" -> Kind.TRIMMED_SUM;
            default -> Kind.PERCENTILE_RANK;
        };
    }

    OptionalDouble evaluate(PeriodStatistics period) {
        if (period.distribution().isEmpty()) {
            return OptionalDouble.empty();
        }
        ValueDistribution values = period.distribution().get();
        long n = values.total();
        if (kind == Kind.PERCENTILE) {
            long rank = Math.max(1, (long) Math.ceil(high / 100 * n - 1e-9));
            if (rank == 1 || rank == n) {
                return OptionalDouble.of(rank == n ? period.maximum() : period.minimum());
            }
            double value = values.valueAtRank(rank);
            return OptionalDouble.of(Math.min(Math.max(value, period.minimum()), period.maximum()));
        }
        if (kind == Kind.WINSORIZED_MEAN) {
            long lowRank = lowRank(n);
            long highRank = highRank(n);
            return highRank <= lowRank ? OptionalDouble.empty()
                    : OptionalDouble.of(values.winsorizedSum(lowRank, highRank) / n);
        }
        ValueDistribution.Slice slice = percentBounds ? values.byRank(lowRank(n), highRank(n))
                : values.byValue(Double.isNaN(low) ? Double.NEGATIVE_INFINITY : low,
                        Double.isNaN(high) ? Double.POSITIVE_INFINITY : high);
        return switch (kind) {
            case TRIMMED_COUNT -> OptionalDouble.of(slice.count());
            case TRIMMED_SUM -> OptionalDouble.of(slice.sum());
            case PERCENTILE_RANK -> OptionalDouble.of(100.0 * slice.count() / n);
            default -> slice.count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(slice.sum() / slice.count());
        };
    }

    private long lowRank(long n) {
        return Double.isNaN(low) ? 0 : (long) Math.floor(low / 100 * n + 1e-9);
    }

    private long highRank(long n) {
        return Double.isNaN(high) ? n : (long) Math.floor(high / 100 * n + 1e-9);
    }
}
