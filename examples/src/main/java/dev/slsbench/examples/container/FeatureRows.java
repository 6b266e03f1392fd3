package dev.slsbench.examples.container;

/**
 * Numeric feature rows read from a request, row-major as XGBoost's {@code DMatrix} takes them; a
 * missing value is {@link Float#NaN}.
 *
 * @param values {@code rowCount × featureCount} values, row after row
 * @param rowCount how many rows
 * @param featureCount values per row
 */
public record FeatureRows(float[] values, int rowCount, int featureCount) {

    public FeatureRows {
        if (rowCount <= 0 || featureCount <= 0 || values.length != rowCount * featureCount) {
            throw new IllegalArgumentException(values.length + " values do not make " + rowCount + " rows of "
                    + featureCount + " features");
        }
    }
}
