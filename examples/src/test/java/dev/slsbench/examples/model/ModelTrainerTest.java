package dev.slsbench.examples.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelTrainerTest {

    private static final String[] SMALL = {"--rows", "1000", "--trees", "10", "--depth", "3"};

    @Test
    void writesTheArtifactAndARecordOfHowItWasTrained(@TempDir Path directory) throws Exception {
        Properties record = ModelTrainer.train(new TrainingSettings(1_000, 10, 3, 5), directory);

        assertThat(directory.resolve(ChurnModel.ARTIFACT_FILE)).isRegularFile();
        assertThat(directory.resolve(ModelTrainer.RECORD_FILE)).isRegularFile();
        assertThat(record).containsEntry("trees", "10").containsEntry("maxDepth", "3").containsEntry("rows", "1000")
                .containsKeys("holdoutAuc", "generatingRuleHoldoutAuc", "trainingMillis");
        assertThat(Double.parseDouble(record.getProperty("holdoutAuc"))).isGreaterThan(0.7);
        try (ChurnModel model = ChurnModel.load(directory)) {
            assertThat(model.featureCount()).isEqualTo(16);
        }
    }

    @Test
    void leavesAModelTrainedWithTheSameSettingsAlone(@TempDir Path directory) throws Exception {
        runTrainer(directory, SMALL);
        Path artifact = directory.resolve(ChurnModel.ARTIFACT_FILE);
        FileTime trained = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(artifact, trained);

        String output = runTrainer(directory, SMALL);

        assertThat(output).contains("is up to date");
        assertThat(Files.getLastModifiedTime(artifact)).isEqualTo(trained);
    }

    @Test
    void retrainsWhenTheSettingsChange(@TempDir Path directory) throws Exception {
        runTrainer(directory, SMALL);

        String output = runTrainer(directory, "--rows", "1000", "--trees", "12", "--depth", "3");

        assertThat(output).startsWith("trained ");
        assertThat(Files.readString(directory.resolve(ModelTrainer.RECORD_FILE))).contains("trees=12");
    }

    @Test
    void refusesBadSettingsNamingTheValue() {
        assertThatThrownBy(() -> new TrainingSettings(1_000, 10, 40, 1)).hasMessage("maxDepth must be 1 to 16, got: 40");
        assertThatThrownBy(() -> ModelTrainer.main(new String[] {"--trees", "5"})).hasMessage("--output DIR is required");
        assertThatThrownBy(() -> ModelTrainer.main(new String[] {"--epochs", "5"})).hasMessageStartingWith("unknown argument --epochs");
    }

    private static String runTrainer(Path directory, String... settings) throws Exception {
        String[] args = new String[settings.length + 2];
        args[0] = "--output";
        args[1] = directory.toString();
        System.arraycopy(settings, 0, args, 2, settings.length);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ModelTrainer.main(args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
