package dev.slsbench.examples.data;

import java.util.Arrays;

/**
 * Rows of numeric features with a 0/1 label each, stored row-major in one array as XGBoost's
 * {@code DMatrix} takes them.
 *
 * @param features {@code rowCount × featureCount} values, row after row
 * @param labels one label per row, 1 for churn
 * @param featureCount values per row
 */
public record LabeledRows(float[] features, float[] labels, int featureCount) {

    public LabeledRows {
        if (featureCount <= 0 || features.length != labels.length * featureCount) {
            throw new IllegalArgumentException(features.length + " feature values do not make " + labels.length
                    + " rows of " + featureCount + " features");
        }
    }

    public int rowCount() {
        return labels.length;
    }

    /** A copy of one row's features. */
    public float[] row(int index) {
        return Arrays.copyOfRange(features, index * featureCount, (index + 1) * featureCount);
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) as a new set. */
    public LabeledRows slice(int from, int to) {
        return new LabeledRows(Arrays.copyOfRange(features, from * featureCount, to * featureCount),
                Arrays.copyOfRange(labels, from, to), featureCount);
    }

    /** Fraction of rows labelled 1. */
    public double positiveRate() {
        double positives = 0;
        for (float label : labels) {
            positives += label;
        }
        return positives / labels.length;
    }
}
