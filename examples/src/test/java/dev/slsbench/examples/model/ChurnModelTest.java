package dev.slsbench.examples.model;

import dev.slsbench.examples.ExampleImages;
import dev.slsbench.examples.container.FeatureRows;
import dev.slsbench.examples.data.ChurnDataSet;
import dev.slsbench.examples.data.LabeledRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The model the build trained, judged on fresh rows against the rule that generated its data. */
class ChurnModelTest {

    private static final long FRESH_SEED = 99;
    private static ChurnModel model;

    @BeforeAll
    static void loadTheBuiltModel() throws IOException {
        model = ChurnModel.load(ExampleImages.churnModelDirectory());
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    @Test
    void takesTheSixteenChurnFeatures() {
        assertThat(model.featureCount()).isEqualTo(ChurnDataSet.FEATURE_COUNT);
    }

    @Test
    void ranksFreshCustomersNearlyAsWellAsTheGeneratingRule() {
        LabeledRows fresh = ChurnDataSet.generate(4_000, FRESH_SEED);
        double[] modelScores = toDoubles(model.predict(new FeatureRows(fresh.features(), fresh.rowCount(), fresh.featureCount())));
        double[] ruleScores = new double[fresh.rowCount()];
        Arrays.setAll(ruleScores, i -> ChurnDataSet.churnProbability(fresh.row(i)));

        double modelAuc = AreaUnderCurve.of(modelScores, fresh.labels());
        double ruleAuc = AreaUnderCurve.of(ruleScores, fresh.labels());

        assertThat(modelAuc).isGreaterThan(0.8).isCloseTo(ruleAuc, within(0.03));
    }

    @Test
    void predictsProbabilitiesCloseToTheRuleOnAverage() {
        LabeledRows fresh = ChurnDataSet.generate(4_000, FRESH_SEED);
        float[] predictions = model.predict(new FeatureRows(fresh.features(), fresh.rowCount(), fresh.featureCount()));
        double meanAbsoluteError = 0;
        for (int i = 0; i < predictions.length; i++) {
            assertThat(predictions[i]).isBetween(0f, 1f);
            meanAbsoluteError += Math.abs(predictions[i] - ChurnDataSet.churnProbability(fresh.row(i))) / predictions.length;
        }

        assertThat(meanAbsoluteError).isLessThan(0.1);
    }

    @Test
    void refusesRowsWithAnotherNumberOfFeatures() {
        assertThatThrownBy(() -> model.predict(new FeatureRows(new float[3], 1, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows have 3 features; the model takes 16");
    }

    @Test
    void explainsAMissingModelArtifact(@TempDir Path empty) {
        assertThatThrownBy(() -> ChurnModel.load(empty))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no model artifact " + empty.resolve("xgboost-model.ubj"));
    }

    private static double[] toDoubles(float[] values) {
        double[] doubles = new double[values.length];
        Arrays.setAll(doubles, i -> values[i]);
        return doubles;
    }
}
