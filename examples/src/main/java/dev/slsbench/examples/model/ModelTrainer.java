package dev.slsbench.examples.model;

import dev.slsbench.examples.data.ChurnDataSet;
import dev.slsbench.examples.data.LabeledRows;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Trains the example churn model on {@link ChurnDataSet} and writes the model directory: the
 * artifact {@value ChurnModel#ARTIFACT_FILE} and {@value #RECORD_FILE}, which records the settings,
 * the training time and the model's AUC on held-out rows next to the AUC of the generating rule
 * itself (the best any model can do). Run by the build at {@code process-classes}; a directory
 * already trained with the same settings is left as it is.
 *
 * <pre>
 * java -cp ... dev.slsbench.examples.model.ModelTrainer --output DIR [--rows N] [--trees N] [--depth N] [--seed N] [--force]
 * </pre>
 */
public final class ModelTrainer {

    static final String RECORD_FILE = "training.properties";

    private ModelTrainer() {
    }

    public static void main(String[] args) throws Exception {
        Path output = null;
        boolean force = false;
        TrainingSettings defaults = TrainingSettings.defaults();
        int rows = defaults.rows();
        int trees = defaults.trees();
        int depth = defaults.maxDepth();
        long seed = defaults.seed();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--output" -> output = Path.of(value(args, ++i));
                case "--rows" -> rows = Integer.parseInt(value(args, ++i));
                case "--trees" -> trees = Integer.parseInt(value(args, ++i));
                case "--depth" -> depth = Integer.parseInt(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--force" -> force = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: ModelTrainer --output DIR [--rows N] [--trees N] [--depth N] [--seed N] [--force]");
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("--output DIR is required");
        }
        TrainingSettings settings = new TrainingSettings(rows, trees, depth, seed);
        if (!force && isTrained(output, settings)) {
            System.out.println("model in " + output + " is up to date (" + settings + ")");
            return;
        }
        Properties record = train(settings, output);
        System.out.println("trained " + output.resolve(ChurnModel.ARTIFACT_FILE) + ": " + record);
    }

    /** Trains a model with {@code settings} into {@code directory}; returns what it recorded. */
    public static Properties train(TrainingSettings settings, Path directory) throws IOException, XGBoostError {
        LabeledRows all = ChurnDataSet.generate(settings.rows(), settings.seed());
        LabeledRows training = all.slice(0, settings.trainingRows());
        LabeledRows holdout = all.slice(settings.trainingRows(), all.rowCount());
        long startNanos = System.nanoTime();
        DMatrix trainingMatrix = matrix(training);
        Booster booster;
        try {
            booster = XGBoost.train(trainingMatrix, settings.xgboostParameters(), settings.trees(), Map.of(), null, null);
        } finally {
            trainingMatrix.dispose();
        }
        long trainingMillis = (System.nanoTime() - startNanos) / 1_000_000;
        try {
            Files.createDirectories(directory);
            Path artifact = directory.resolve(ChurnModel.ARTIFACT_FILE);
            Path partial = directory.resolve(ChurnModel.ARTIFACT_FILE + ".partial.ubj");
            booster.saveModel(partial.toString());
            Files.move(partial, artifact, StandardCopyOption.REPLACE_EXISTING);
            Properties record = settings.toProperties();
            record.setProperty("trainingMillis", Long.toString(trainingMillis));
            record.setProperty("holdoutAuc", format(AreaUnderCurve.of(predict(booster, holdout), holdout.labels())));
            record.setProperty("generatingRuleHoldoutAuc", format(ruleAuc(holdout)));
            record.setProperty("churnRate", format(all.positiveRate()));
            try (Writer out = Files.newBufferedWriter(directory.resolve(RECORD_FILE))) {
                record.store(out, "slsbench example churn model, XGBoost4J " + xgboostVersion());
            }
            return record;
        } finally {
            booster.dispose();
        }
    }

    private static boolean isTrained(Path directory, TrainingSettings settings) throws IOException {
        Path record = directory.resolve(RECORD_FILE);
        if (!Files.isRegularFile(record) || !Files.isRegularFile(directory.resolve(ChurnModel.ARTIFACT_FILE))) {
            return false;
        }
        Properties recorded = new Properties();
        try (Reader in = Files.newBufferedReader(record)) {
            recorded.load(in);
        }
        return settings.matches(recorded);
    }

    private static DMatrix matrix(LabeledRows rows) throws XGBoostError {
        DMatrix matrix = new DMatrix(rows.features(), rows.rowCount(), rows.featureCount(), Float.NaN);
        matrix.setLabel(rows.labels());
        return matrix;
    }

    private static double[] predict(Booster booster, LabeledRows rows) throws XGBoostError {
        DMatrix matrix = matrix(rows);
        try {
            float[][] predictions = booster.predict(matrix);
            double[] scores = new double[predictions.length];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = predictions[i][0];
            }
            return scores;
        } finally {
            matrix.dispose();
        }
    }

    private static double ruleAuc(LabeledRows rows) {
        double[] scores = new double[rows.rowCount()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = ChurnDataSet.churnProbability(rows.row(i));
        }
        return AreaUnderCurve.of(scores, rows.labels());
    }

    private static String xgboostVersion() throws IOException {
        try (var in = XGBoost.class.getResourceAsStream("/xgboost4j-version.properties")) {
            if (in == null) {
                return "(version unknown)";
            }
            Properties version = new Properties();
            version.load(in);
            return version.getProperty("version", "(version unknown)");
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }
}
