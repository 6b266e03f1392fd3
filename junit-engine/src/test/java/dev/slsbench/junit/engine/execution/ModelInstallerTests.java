package dev.slsbench.junit.engine.execution;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.junit.engine.model.BenchmarkClassModel;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.provision.AwsTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ModelInstallerTests {

    private static LocalSageMaker emulator;
    private static SageMakerClient sageMaker;

    @BeforeAll
    static void startEmulator() throws IOException {
        emulator = LocalSageMaker.start(EmulatorOptions.defaults());
        sageMaker = SageMakerClient.builder().endpointOverride(emulator.endpointUrl()).region(Region.US_EAST_1)
                .credentialsProvider(AwsTarget.dummyCredentials()).build();
    }

    @AfterAll
    static void stopEmulator() {
        sageMaker.close();
        emulator.close();
    }

    @Test
    void createsAMissingModelFromItsImageAndEnvironmentOnTheEmulator() {
        ModelInstaller.install(sageMaker, model("fresh", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "5")), true,
                Optional.empty());

        DescribeModelResponse created = sageMaker.describeModel(r -> r.modelName("fresh"));
        assertThat(created.primaryContainer().image()).isEqualTo("slsbench/echo");
        assertThat(created.primaryContainer().environment()).containsExactly(Map.entry("SLSBENCH_DELAY_MS", "5"));
        assertThat(created.executionRoleArn()).isEqualTo(ModelInstaller.LOCAL_ROLE_ARN);
    }

    @Test
    void replacesALocalModelThatAnotherClassCreatedDifferently() {
        ModelInstaller.install(sageMaker, model("shared", "slsbench/echo", Map.of()), true, Optional.empty());

        ModelInstaller.install(sageMaker, model("shared", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "50")), true,
                Optional.empty());

        assertThat(sageMaker.describeModel(r -> r.modelName("shared")).primaryContainer().environment())
                .containsExactly(Map.entry("SLSBENCH_DELAY_MS", "50"));
    }

    @Test
    void usesAnExistingModelOnAwsAsItIs() {
        SageMakerClient aws = mock(SageMakerClient.class);
        when(aws.describeModel(any(DescribeModelRequest.class))).thenReturn(DescribeModelResponse.builder().build());
        when(aws.describeModel(ArgumentMatchers.<Consumer<DescribeModelRequest.Builder>>any())).thenCallRealMethod();

        ModelInstaller.install(aws, model("prod", "acme/model", Map.of()), false, Optional.of("arn:aws:iam::1:role/r"));

        verify(aws, never()).createModel(any(CreateModelRequest.class));
    }

    @Test
    void needsARoleToCreateAMissingModelOnAws() {
        SageMakerClient aws = awsWithoutModel();

        assertThatThrownBy(() -> ModelInstaller.install(aws, model("new", "acme/model", Map.of()), false, Optional.empty()))
                .hasMessage("model 'new' does not exist and creating it from image acme/model on AWS needs an"
                        + " execution role: set slsbench.role-arn");
    }

    @Test
    void createsAMissingModelOnAwsWithTheConfiguredRole() {
        SageMakerClient aws = awsWithoutModel();
        when(aws.createModel(ArgumentMatchers.<Consumer<CreateModelRequest.Builder>>any())).thenCallRealMethod();

        ModelInstaller.install(aws, model("new", "acme/model", Map.of()), false, Optional.of("arn:aws:iam::1:role/r"));

        verify(aws).createModel(CreateModelRequest.builder().modelName("new").executionRoleArn("arn:aws:iam::1:role/r")
                .primaryContainer(c -> c.image("acme/model").environment(Map.of())).build());
    }

    private static SageMakerClient awsWithoutModel() {
        SageMakerClient aws = mock(SageMakerClient.class);
        when(aws.describeModel(any(DescribeModelRequest.class))).thenThrow(SageMakerException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException")
                        .errorMessage("Could not find model \"new\".").build())
                .statusCode(400).build());
        when(aws.describeModel(ArgumentMatchers.<Consumer<DescribeModelRequest.Builder>>any())).thenCallRealMethod();
        return aws;
    }

    private static BenchmarkClassModel model(String name, String image, Map<String, String> environment) {
        return new BenchmarkClassModel(ModelInstallerTests.class, BenchmarkPlan.builder(name).build(), Optional.of(image),
                environment, List.of(), List.of(), List.of(), List.of());
    }
}
