package dev.slsbench.examples.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ChurnDataSetTest {

    @Test
    void drawsTheSameRowsForTheSameSeed() {
        LabeledRows first = ChurnDataSet.generate(500, 42);
        LabeledRows second = ChurnDataSet.generate(500, 42);

        assertThat(second.features()).containsExactly(first.features());
        assertThat(second.labels()).containsExactly(first.labels());
    }

    @Test
    void drawsDifferentRowsForAnotherSeed() {
        assertThat(ChurnDataSet.generate(50, 1).features()).isNotEqualTo(ChurnDataSet.generate(50, 2).features());
    }

    @Test
    void drawsSixteenFeaturesPerRowWithAMinorityOfChurners() {
        LabeledRows rows = ChurnDataSet.generate(5_000, 7);

        assertThat(rows.featureCount()).isEqualTo(16).isEqualTo(ChurnDataSet.FEATURE_NAMES.size());
        assertThat(rows.rowCount()).isEqualTo(5_000);
        assertThat(rows.positiveRate()).isBetween(0.2, 0.45);
    }

    @Test
    void labelsFollowTheGeneratingRule() {
        LabeledRows rows = ChurnDataSet.generate(20_000, 11);
        double expectedChurners = 0;
        for (int i = 0; i < rows.rowCount(); i++) {
            expectedChurners += ChurnDataSet.churnProbability(rows.row(i));
        }

        assertThat(rows.positiveRate()).isCloseTo(expectedChurners / rows.rowCount(), within(0.015));
    }

    @Test
    void ruleMakesUnhappyMonthToMonthCustomersChurnAndLoyalOnesStay() {
        float[] unhappy = {2, 110, 220, 1, 6, 3, 5, 1, 30, 0, 0, 1, 2, 60, 0, 120};
        float[] loyal = {70, 40, 2800, 24, 0, 0, 5, 1, 50, 2, 1, 0, 9, 1, 20, 0};

        assertThat(ChurnDataSet.churnProbability(unhappy)).isGreaterThan(0.95);
        assertThat(ChurnDataSet.churnProbability(loyal)).isLessThan(0.01);
    }

    @Test
    void writesRowsAsCsvLinesThatReadBackAsTheSameValues() {
        float[] row = ChurnDataSet.generate(1, 3).row(0);

        String[] fields = ChurnDataSet.csvLine(row).split(",");

        assertThat(fields).hasSize(16);
        for (int i = 0; i < fields.length; i++) {
            assertThat(Float.parseFloat(fields[i])).isCloseTo(row[i], within(0.005f));
        }
    }

    @Test
    void refusesAnEmptyDataSet() {
        assertThatThrownBy(() -> ChurnDataSet.generate(0, 1)).hasMessageContaining("rowCount must be positive, got: 0");
    }
}
