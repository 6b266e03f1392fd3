package dev.slsbench.examples.model;

import java.util.Properties;

/**
 * How the example churn model is trained: the synthetic rows drawn and the seed that draws them,
 * the number of boosted trees and their depth. The defaults make each prediction call do enough
 * work that its latency shows the CPU share of a serverless memory size, while training stays a
 * few seconds of a build.
 *
 * @param rows customers drawn; a fifth is held out to measure the model
 * @param trees boosting rounds (one tree each)
 * @param maxDepth the depth of each tree
 * @param seed the seed of the data set and of XGBoost's sampling
 */
public record TrainingSettings(int rows, int trees, int maxDepth, long seed) {

    public static final int DEFAULT_ROWS = 20_000;
    public static final int DEFAULT_TREES = 1_000;
    public static final int DEFAULT_MAX_DEPTH = 8;
    public static final long DEFAULT_SEED = 20_240_601L;

    public TrainingSettings {
        require(rows >= 100, "rows must be at least 100, got: " + rows);
        require(trees >= 1, "trees must be positive, got: " + trees);
        require(maxDepth >= 1 && maxDepth <= 16, "maxDepth must be 1 to 16, got: " + maxDepth);
    }

    public static TrainingSettings defaults() {
        return new TrainingSettings(DEFAULT_ROWS, DEFAULT_TREES, DEFAULT_MAX_DEPTH, DEFAULT_SEED);
    }

    public int trainingRows() {
        return rows - rows / 5;
    }

    Properties toProperties() {
        Properties properties = new Properties();
        properties.setProperty("rows", Integer.toString(rows));
        properties.setProperty("trees", Integer.toString(trees));
        properties.setProperty("maxDepth", Integer.toString(maxDepth));
        properties.setProperty("seed", Long.toString(seed));
        return properties;
    }

    /** Whether {@code recorded} (a model's training record) was written with these settings. */
    boolean matches(Properties recorded) {
        return toProperties().entrySet().stream()
                .allMatch(setting -> setting.getValue().equals(recorded.getProperty((String) setting.getKey())));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
