package dev.slsbench.provision;

import dev.slsbench.plan.EndpointShape;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;
import software.amazon.awssdk.services.sagemaker.waiters.SageMakerWaiter;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Fault paths the emulator cannot produce: an endpoint stuck in Creating, a refused CreateEndpointConfig. */
class EndpointProvisionerFaultTest {

    private final SageMakerClient sageMaker = mock(SageMakerClient.class);
    private final AwsTarget target = AwsTarget.builder().endpointUrl(URI.create("http://127.0.0.1:1"))
            .deploymentPollInterval(Duration.ofMillis(5)).deploymentTimeout(Duration.ofMillis(200)).build();
    private final EndpointRequest request = new EndpointRequest("s1024", "model", new EndpointShape(1024, 1), 0);

    private EndpointProvisioner provisioner(Teardown teardown) {
        return new EndpointProvisioner(sageMaker, target, teardown, new ResourceNames("model", "run1"), "run1",
                new ProvisioningListener() { });
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEndpointThatNeverReachesInServiceIsAFailedDeploymentAndIsDeleted() throws InterruptedException {
        when(sageMaker.createEndpointConfig(any(Consumer.class))).thenReturn(CreateEndpointConfigResponse.builder().build());
        when(sageMaker.createEndpoint(any(Consumer.class))).thenReturn(CreateEndpointResponse.builder().build());
        when(sageMaker.describeEndpoint(any(DescribeEndpointRequest.class)))
                .thenReturn(DescribeEndpointResponse.builder().endpointStatus(EndpointStatus.CREATING).build());
        when(sageMaker.describeEndpoint(any(Consumer.class)))
                .thenReturn(DescribeEndpointResponse.builder().endpointStatus(EndpointStatus.CREATING).build());
        when(sageMaker.waiter()).thenAnswer(call -> SageMakerWaiter.builder().client(sageMaker).build());
        when(sageMaker.deleteEndpoint(any(Consumer.class))).thenReturn(DeleteEndpointResponse.builder().build());
        when(sageMaker.deleteEndpointConfig(any(Consumer.class))).thenReturn(DeleteEndpointConfigResponse.builder().build());
        Teardown teardown = new Teardown(sageMaker, new ProvisioningListener() { });

        DeploymentOutcome outcome = provisioner(teardown).deploy(List.of(request));

        assertThat(outcome.ready()).isEmpty();
        assertThat(outcome.failed()).singleElement().satisfies(failure -> {
            assertThat(failure.key()).isEqualTo("s1024");
            assertThat(failure.reason()).contains("Creating");
        });
        assertThat(teardown.pendingEndpoints()).isEmpty();
        assertThat(teardown.pendingEndpointConfigs()).isEmpty();
        verify(sageMaker).deleteEndpoint(any(Consumer.class));
        verify(sageMaker).deleteEndpointConfig(any(Consumer.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedEndpointConfigFailsWithSageMakersMessageAndLeavesNothingRegistered() throws InterruptedException {
        when(sageMaker.createEndpointConfig(any(Consumer.class))).thenThrow(validation("Could not find model \"model\"."));
        when(sageMaker.deleteEndpointConfig(any(Consumer.class)))
                .thenThrow(validation("Could not find endpoint configuration \"cfg\"."));
        Teardown teardown = new Teardown(sageMaker, new ProvisioningListener() { });

        DeploymentOutcome outcome = provisioner(teardown).deploy(List.of(request));

        assertThat(outcome.failed()).singleElement().extracting(DeploymentFailure::reason).asString()
                .isEqualTo("ValidationException: Could not find model \"model\".");
        assertThat(teardown.pendingEndpointConfigs()).as("a config never created counts as deleted").isEmpty();
        assertThat(teardown.pendingEndpoints()).isEmpty();
        verify(sageMaker, never()).createEndpoint(any(Consumer.class));
        verify(sageMaker, never()).deleteEndpoint(any(Consumer.class));
    }

    private static SageMakerException validation(String message) {
        return (SageMakerException) SageMakerException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException").errorMessage(message).build())
                .statusCode(400).build();
    }
}
