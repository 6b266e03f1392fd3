package dev.slsbench.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The toolkit's savings table: monthly invocations stepping up to the break-even point, with
 * the serverless and instance monthly cost and the percentage saved. The step is the toolkit's
 * (10k below 200k break-even invocations, 50k below 1M, 100k below 2M, 200k below 5M, else 500k),
 * widened to a 1-2-5 step when that would give more than {@value #MAX_ROWS} rows (the toolkit
 * would print millions of rows for a very cheap model).
 *
 * @param breakEven the break-even the table steps up to
 * @param stepInvocations the step between rows
 * @param rows one per step, strictly below break-even; empty when break-even is below one step
 *        or does not exist
 */
public record SavingsTable(BreakEven breakEven, long stepInvocations, List<Row> rows) {

    /** The most rows a table has. */
    public static final int MAX_ROWS = 200;

    public SavingsTable {
        Objects.requireNonNull(breakEven, "breakEven");
        rows = List.copyOf(rows);
    }

    /**
     * One line of the table ({@code cost_savings_summary.csv}).
     *
     * @param monthlyInvocations calls per month
     * @param serverlessUsdPerMonth fixed charge + calls × cost per call
     * @param instanceUsdPerMonth the comparable instance's monthly cost
     * @param percentSavings 100 × (instance − serverless) / instance, rounded half-even to 2 decimals
     */
    public record Row(long monthlyInvocations, BigDecimal serverlessUsdPerMonth, BigDecimal instanceUsdPerMonth,
                      BigDecimal percentSavings) {
    }

    /** The savings table up to {@code breakEven}. */
    public static SavingsTable of(BreakEven breakEven) {
        if (breakEven.invocationsPerMonth().isEmpty()) {
            return new SavingsTable(breakEven, 0, List.of());
        }
        BigDecimal limit = breakEven.invocationsPerMonth().get();
        long step = step(limit.doubleValue());
        List<Row> rows = new ArrayList<>();
        BigDecimal instance = breakEven.instanceUsdPerMonth();
        for (long invocations = step; BigDecimal.valueOf(invocations).compareTo(limit) < 0; invocations += step) {
            BigDecimal serverless = breakEven.serverlessFixedUsdPerMonth()
                    .add(breakEven.usdPerInvocation().multiply(BigDecimal.valueOf(invocations), MathContext.DECIMAL128));
            BigDecimal percent = instance.subtract(serverless).multiply(BigDecimal.valueOf(100))
                    .divide(instance, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_EVEN);
            rows.add(new Row(invocations, serverless, instance, percent));
        }
        return new SavingsTable(breakEven, step, rows);
    }

    static long step(double breakEvenInvocations) {
        long step;
        if (breakEvenInvocations < 200_000) {
            step = 10_000;
        } else if (breakEvenInvocations < 1_000_000) {
            step = 50_000;
        } else if (breakEvenInvocations < 2_000_000) {
            step = 100_000;
        } else if (breakEvenInvocations < 5_000_000) {
            step = 200_000;
        } else {
            step = 500_000;
        }
        if (breakEvenInvocations / step <= MAX_ROWS) {
            return step;
        }
        double wanted = breakEvenInvocations / MAX_ROWS;
        long magnitude = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (factor * magnitude >= wanted) {
                    return factor * magnitude;
                }
            }
            magnitude *= 10;
        }
    }
}
