package dev.slsbench.examples.model;

import dev.slsbench.examples.container.FeatureRows;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The trained XGBoost churn model: a binary classifier whose prediction for a row is the
 * probability that the customer churns. Loaded from the model artifact
 * {@value #ARTIFACT_FILE} (XGBoost's UBJSON format) in a model directory, as SageMaker's XGBoost
 * container loads {@code /opt/ml/model}. Predictions are serialised: a serverless container serves
 * one call at a time, and XGBoost spreads each call over as many threads as the JVM sees processors
 * (the container's CPU share, rounded up, where the JVM detects its cgroup limits), not the single
 * thread the model was trained with.
 */
public final class ChurnModel implements AutoCloseable {

    /** The model file inside a model directory. */
    public static final String ARTIFACT_FILE = "xgboost-model.ubj";

    private final Booster booster;
    private final int featureCount;
    private final int threads;

    private ChurnModel(Booster booster, int threads) throws XGBoostError {
        this.booster = booster;
        this.featureCount = (int) booster.getNumFeature();
        this.threads = threads;
        booster.setParam("nthread", threads);
    }

    /**
     * Loads the model in {@code modelDirectory}.
     *
     * @throws IOException when the directory has no readable model artifact
     */
    public static ChurnModel load(Path modelDirectory) throws IOException {
        Path artifact = modelDirectory.resolve(ARTIFACT_FILE);
        if (!Files.isRegularFile(artifact)) {
            throw new IOException("no model artifact " + artifact.toAbsolutePath()
                    + " (build the examples module, which trains it, or point SM_MODEL_DIR at a model directory)");
        }
        try {
            return new ChurnModel(XGBoost.loadModel(artifact.toString()), Runtime.getRuntime().availableProcessors());
        } catch (XGBoostError e) {
            throw new IOException("cannot load the XGBoost model " + artifact + ": " + e.getMessage(), e);
        }
    }

    /** The number of features every row must have. */
    public int featureCount() {
        return featureCount;
    }

    /** The threads each prediction uses. */
    public int threads() {
        return threads;
    }

    /** The churn probability of each row. */
    public synchronized float[] predict(FeatureRows rows) {
        if (rows.featureCount() != featureCount) {
            throw new IllegalArgumentException("rows have " + rows.featureCount() + " features; the model takes " + featureCount);
        }
        DMatrix matrix = null;
        try {
            matrix = new DMatrix(rows.values(), rows.rowCount(), rows.featureCount(), Float.NaN);
            float[][] predictions = booster.predict(matrix);
            float[] probabilities = new float[predictions.length];
            for (int i = 0; i < predictions.length; i++) {
                probabilities[i] = predictions[i][0];
            }
            return probabilities;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed to predict: " + e.getMessage(), e);
        } finally {
            if (matrix != null) {
                matrix.dispose();
            }
        }
    }

    @Override
    public synchronized void close() {
        booster.dispose();
    }
}
