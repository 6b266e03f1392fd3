package dev.slsbench.examples.data;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;

/**
 * A synthetic telecom churn data set: sixteen numeric customer features drawn from a seeded
 * {@link Random} (whose algorithm Java specifies, so a seed gives the same rows on every JDK) and a
 * churn label drawn from a known logistic rule, {@link #churnProbability(float[])}. Some features
 * drive churn, some interact (many support calls hurt more when satisfaction is low), and five are
 * noise, so a tree ensemble has real structure to learn and its quality can be checked against the
 * rule.
 */
public final class ChurnDataSet {

    /** The features in column order, as CSV requests give them. */
    public static final List<String> FEATURE_NAMES = List.of(
            "tenure_months", "monthly_charges", "total_charges", "contract_months", "support_calls_90d",
            "late_payments_12m", "data_usage_gb", "streaming_services", "age_years", "dependents", "autopay",
            "paperless_billing", "satisfaction_score", "days_since_last_login", "discount_percent",
            "outage_minutes_30d");
    public static final int FEATURE_COUNT = FEATURE_NAMES.size();

    private static final int[] CONTRACT_MONTHS = {1, 12, 24};

    private ChurnDataSet() {
    }

    /** {@code rowCount} customers drawn with {@code seed}; the same arguments give the same rows. */
    public static LabeledRows generate(int rowCount, long seed) {
        if (rowCount <= 0) {
            throw new IllegalArgumentException("rowCount must be positive, got: " + rowCount);
        }
        Random random = new Random(seed);
        float[] features = new float[rowCount * FEATURE_COUNT];
        float[] labels = new float[rowCount];
        float[] row = new float[FEATURE_COUNT];
        for (int i = 0; i < rowCount; i++) {
            drawCustomer(random, row);
            System.arraycopy(row, 0, features, i * FEATURE_COUNT, FEATURE_COUNT);
            labels[i] = random.nextDouble() < churnProbability(row) ? 1f : 0f;
        }
        return new LabeledRows(features, labels, FEATURE_COUNT);
    }

    /** The generating rule: the true probability that a customer with these features churns. */
    public static double churnProbability(float[] row) {
        double tenure = row[0];
        double monthlyCharges = row[1];
        double contractMonths = row[3];
        double supportCalls = row[4];
        double latePayments = row[5];
        double autopay = row[10];
        double satisfaction = row[12];
        double daysSinceLogin = row[13];
        double discount = row[14];
        double outageMinutes = row[15];
        double logit = -0.8
                - 0.045 * tenure
                + 0.025 * (monthlyCharges - 70)
                + (contractMonths == 1 ? 1.3 : contractMonths == 24 ? -1.1 : 0)
                + 0.3 * supportCalls
                + 0.35 * latePayments
                - 0.3 * (satisfaction - 5)
                + 0.025 * daysSinceLogin
                - 0.7 * autopay
                - 0.04 * discount
                + 0.012 * outageMinutes
                + (supportCalls >= 4 && satisfaction <= 4 ? 1.4 : 0);
        return 1 / (1 + Math.exp(-logit));
    }

    /** One row as a CSV line, as a {@code text/csv} request carries it. */
    public static String csvLine(float[] row) {
        StringJoiner line = new StringJoiner(",");
        for (float value : row) {
            line.add(value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value));
        }
        return line.toString();
    }

    /** Every row as CSV lines, each ending in a newline: the body of a {@code text/csv} batch request. */
    public static String csvLines(LabeledRows rows) {
        StringBuilder csv = new StringBuilder(rows.rowCount() * 64);
        for (int i = 0; i < rows.rowCount(); i++) {
            csv.append(csvLine(rows.row(i))).append('\n');
        }
        return csv.toString();
    }

    private static void drawCustomer(Random random, float[] row) {
        float tenure = random.nextInt(73);
        float monthlyCharges = round2(20 + 100 * random.nextDouble());
        row[0] = tenure;
        row[1] = monthlyCharges;
        row[2] = round2(tenure * monthlyCharges * (0.9 + 0.2 * random.nextDouble()));
        row[3] = CONTRACT_MONTHS[random.nextInt(CONTRACT_MONTHS.length)];
        row[4] = poisson(random, 1.8);
        row[5] = Math.min(6, poisson(random, 0.8));
        row[6] = round2(Math.exp(2 + 0.8 * random.nextGaussian()));
        row[7] = random.nextInt(4);
        row[8] = 18 + random.nextInt(63);
        row[9] = random.nextInt(5);
        row[10] = random.nextDouble() < 0.55 ? 1 : 0;
        row[11] = random.nextDouble() < 0.6 ? 1 : 0;
        row[12] = 1 + random.nextInt(10);
        row[13] = random.nextInt(91);
        row[14] = 5 * random.nextInt(7);
        row[15] = round2(-20 * Math.log(1 - random.nextDouble()));
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static float round2(double value) {
        return (float) (Math.round(value * 100) / 100.0);
    }
}
