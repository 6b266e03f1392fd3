package dev.slsbench.provision;

import dev.slsbench.plan.EndpointShape;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantServerlessConfig;
import software.amazon.awssdk.services.sagemaker.model.Tag;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Provisioning, teardown and cleanup against the real emulator. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class EndpointProvisionerTest {

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass()
            .withModel("echo", "slsbench/echo")
            .withModel("unknown-image", "no/such-image");
    private static SageMakerClient sageMaker;

    @BeforeAll
    static void readClients() {
        sageMaker = emulator.clients().sageMaker();
    }

    @AfterEach
    void nothingIsLeftBehind() {
        emulator.awaitNothingLeft();
    }

    private static EndpointProvisioner provisioner(String model, String runId, Teardown teardown) {
        return new EndpointProvisioner(sageMaker, emulator.target(), teardown, new ResourceNames(model, runId), runId,
                new ProvisioningListener() { });
    }

    private static List<Tag> tags(String arn) {
        return sageMaker.listTags(r -> r.resourceArn(arn)).tags();
    }

    @Test
    void deploysTaggedServerlessEndpointsInParallelAndWaitsUntilInService() throws InterruptedException {
        try (Teardown teardown = new Teardown(sageMaker, new ProvisioningListener() { })) {
            DeploymentOutcome outcome = provisioner("echo", "run1", teardown).deploy(List.of(
                    new EndpointRequest("s1024", "echo", new EndpointShape(1024, 1), 0),
                    new EndpointRequest("c2048-4", "echo", new EndpointShape(2048, 4), 2)));

            assertThat(outcome.failed()).isEmpty();
            assertThat(outcome.ready()).extracting(DeployedEndpoint::key).containsExactly("s1024", "c2048-4");
            DeployedEndpoint concurrency = outcome.endpoint("c2048-4").orElseThrow();
            assertThat(concurrency.endpointName()).matches("echo-ep-run1-c2048-4-[a-z0-9]{5}");
            var described = sageMaker.describeEndpoint(r -> r.endpointName(concurrency.endpointName()));
            assertThat(described.endpointStatus()).isEqualTo(EndpointStatus.IN_SERVICE);
            DescribeEndpointConfigResponse config = sageMaker.describeEndpointConfig(
                    r -> r.endpointConfigName(concurrency.endpointConfigName()));
            assertThat(config.productionVariants()).singleElement().satisfies(variant -> {
                assertThat(variant.variantName()).isEqualTo("variant1");
                assertThat(variant.modelName()).isEqualTo("echo");
                assertThat(variant.serverlessConfig()).isEqualTo(ProductionVariantServerlessConfig.builder()
                        .memorySizeInMB(2048).maxConcurrency(4).provisionedConcurrency(2).build());
            });
            assertThat(tags(described.endpointArn())).containsExactlyInAnyOrder(
                    Tag.builder().key("slsbench:created-by").value("slsbench").build(),
                    Tag.builder().key("slsbench:run-id").value("run1").build(),
                    Tag.builder().key("slsbench:endpoint-key").value("c2048-4").build());
            assertThat(tags(config.endpointConfigArn())).contains(
                    Tag.builder().key("slsbench:run-id").value("run1").build());
            assertThat(teardown.pendingEndpoints()).hasSize(2);
            assertThat(teardown.pendingEndpointConfigs()).hasSize(2);
        }
    }

    @Test
    void aDeploymentThatFailsCarriesSageMakersFailureReasonAndIsDeletedAtOnce() throws InterruptedException {
        try (Teardown teardown = new Teardown(sageMaker, new ProvisioningListener() { })) {
            DeploymentOutcome outcome = provisioner("unknown-image", "run2", teardown).deploy(List.of(
                    new EndpointRequest("s1024", "unknown-image", new EndpointShape(1024, 1), 0)));

            assertThat(outcome.ready()).isEmpty();
            assertThat(outcome.failed()).singleElement().satisfies(failure ->
                    assertThat(failure.reason()).contains("no/such-image"));
            assertThat(teardown.pendingEndpoints()).isEmpty();
            assertThat(teardown.pendingEndpointConfigs()).isEmpty();
        }
    }

    @Test
    void cleanupOfOneRunLeavesOtherRunsAlone() throws InterruptedException {
        Teardown runA = new Teardown(sageMaker, new ProvisioningListener() { });
        Teardown runB = new Teardown(sageMaker, new ProvisioningListener() { });
        provisioner("echo", "runa", runA).deploy(List.of(new EndpointRequest("s1024", "echo", new EndpointShape(1024, 1), 0)));
        provisioner("echo", "runb", runB).deploy(List.of(new EndpointRequest("s1024", "echo", new EndpointShape(1024, 1), 0)));

        TeardownReport report = new Cleanup(sageMaker).deleteRun("runa");

        assertThat(report.deletedEndpoints()).singleElement().asString().contains("-runa-");
        assertThat(report.deletedEndpointConfigs()).singleElement().asString().contains("-runa-");
        assertThat(emulator.endpointConfigNames()).singleElement().asString().contains("-runb-");
        assertThat(runB.deleteAll().deletedEndpoints()).hasSize(1);
        assertThat(runA.deleteAll().isComplete()).as("teardown after cleanup finds its resources gone").isTrue();
    }
}
