package dev.slsbench.examples.model;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

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
    public static final int DEFAULT_TREES = 2_000;
    public static final int DEFAULT_MAX_DEPTH = 10;
    public static final long DEFAULT_SEED = 20_240_601L;
    static final double LEARNING_RATE = 0.01;

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

    /** XGBoost's training parameters for these settings. */
    Map<String, Object> xgboostParameters() {
        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("objective", "binary:logistic");
        parameters.put("eval_metric", "auc");
        parameters.put("tree_method", "hist");
        parameters.put("max_depth", maxDepth);
        parameters.put("eta", LEARNING_RATE);
        parameters.put("subsample", 0.8);
        parameters.put("colsample_bytree", 0.8);
        parameters.put("min_child_weight", 1);
        parameters.put("seed", seed);
        // one thread: the same model on every machine, and no OpenMP contention on a busy build host
        parameters.put("nthread", 1);
        parameters.put("verbosity", 1);
        return parameters;
    }

    /** The settings and every XGBoost parameter, as the model's training record keeps them. */
    Properties toProperties() {
        Properties properties = new Properties();
        properties.setProperty("rows", Integer.toString(rows));
        properties.setProperty("trees", Integer.toString(trees));
        properties.setProperty("maxDepth", Integer.toString(maxDepth));
        properties.setProperty("seed", Long.toString(seed));
        xgboostParameters().forEach((name, value) -> properties.setProperty("xgboost." + name, value.toString()));
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
