package dev.slsbench.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code --image}: the model is created when missing; when present, used as it is on AWS and made
 * to match on the emulator; never created without a role on AWS.
 */
class ModelFromImageTest {

    private TestEmulator emulator;

    @BeforeEach
    void start() {
        emulator = TestEmulator.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void createsAMissingModelFromTheImageWithItsEnvironment() {
        String said = ModelFromImage.ensure(emulator.sageMaker(), "echo-model", "slsbench/echo",
                Map.of("SLSBENCH_DELAY_MS", "5"), true, Optional.empty());

        assertThat(said).isEqualTo("created model echo-model from image slsbench/echo with environment {SLSBENCH_DELAY_MS=5}");
        var model = emulator.sageMaker().describeModel(r -> r.modelName("echo-model"));
        assertThat(model.primaryContainer().image()).isEqualTo("slsbench/echo");
        assertThat(model.primaryContainer().environment()).containsEntry("SLSBENCH_DELAY_MS", "5");
        assertThat(model.executionRoleArn()).isEqualTo(ModelFromImage.LOCAL_ROLE_ARN);
    }

    @Test
    void usesAnExistingModelAsItIsOffTheEmulator() {
        emulator.createModel("echo-model", "slsbench/cpu", Map.of());

        String said = ModelFromImage.ensure(emulator.sageMaker(), "echo-model", "slsbench/echo", Map.of(), false,
                Optional.empty());

        assertThat(said).isEqualTo("model echo-model exists (image slsbench/cpu); using it as it is");
        assertThat(emulator.sageMaker().describeModel(r -> r.modelName("echo-model")).primaryContainer().image())
                .isEqualTo("slsbench/cpu");
    }

    @Test
    void usesAMatchingModelAsItIsAndReplacesAnotherOnTheEmulatorAsTheEngineDoes() {
        emulator.createModel("echo-model", "slsbench/echo", Map.of());
        assertThat(ModelFromImage.ensure(emulator.sageMaker(), "echo-model", "slsbench/echo", Map.of(), true,
                Optional.empty())).isEqualTo("model echo-model exists (image slsbench/echo); using it as it is");

        String said = ModelFromImage.ensure(emulator.sageMaker(), "echo-model", "slsbench/cpu", Map.of(), true,
                Optional.empty());

        assertThat(said).isEqualTo("replaced model echo-model from image slsbench/cpu (it had image slsbench/echo)");
        assertThat(emulator.sageMaker().describeModel(r -> r.modelName("echo-model")).primaryContainer().image())
                .isEqualTo("slsbench/cpu");
    }

    @Test
    void refusesToCreateAModelOffTheEmulatorWithoutARole() {
        assertThatThrownBy(() -> ModelFromImage.ensure(emulator.sageMaker(), "echo-model", "slsbench/echo", Map.of(),
                false, Optional.empty()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("MODEL: 'echo-model' does not exist; creating it from --image slsbench/echo on AWS"
                        + " needs --role-arn ARN");
        assertThat(emulator.models()).isEmpty();
    }

    @Test
    void createsTheModelWithTheGivenRoleOffTheEmulator() {
        String role = "arn:aws:iam::123456789012:role/SageMakerExecution";

        ModelFromImage.ensure(emulator.sageMaker(), "echo-model", "slsbench/echo", Map.of(), false, Optional.of(role));

        assertThat(emulator.sageMaker().describeModel(r -> r.modelName("echo-model")).executionRoleArn()).isEqualTo(role);
    }
}
