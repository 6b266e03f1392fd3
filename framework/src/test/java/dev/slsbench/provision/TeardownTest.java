package dev.slsbench.provision;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Fault paths the emulator cannot produce: SageMaker refusing a delete. */
class TeardownTest {

    private final SageMakerClient sageMaker = mock(SageMakerClient.class);

    private static SageMakerException error(String code, String message) {
        return (SageMakerException) SageMakerException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
                .statusCode(400).message(message).build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeleteThatFailsIsReportedKeptAndRetriedByTheNextTeardown() {
        when(sageMaker.deleteEndpoint(any(Consumer.class)))
                .thenThrow(error("InternalFailure", "try again"))
                .thenReturn(DeleteEndpointResponse.builder().build());
        when(sageMaker.deleteEndpointConfig(any(Consumer.class))).thenReturn(DeleteEndpointConfigResponse.builder().build());
        Teardown teardown = new Teardown(sageMaker, new ProvisioningListener() { });
        teardown.endpointConfigCreated("cfg-1");
        teardown.endpointCreated("ep-1");

        TeardownReport first = teardown.deleteAll();

        assertThat(first.failures()).singleElement().asString().contains("endpoint ep-1", "InternalFailure", "try again");
        assertThat(first.deletedEndpointConfigs()).containsExactly("cfg-1");
        assertThat(teardown.pendingEndpoints()).containsExactly("ep-1");

        TeardownReport second = teardown.deleteAll();

        assertThat(second.isComplete()).isTrue();
        assertThat(second.deletedEndpoints()).containsExactly("ep-1");
        assertThat(teardown.pendingEndpoints()).isEmpty();
        assertThat(teardown.deleteAll()).isEqualTo(TeardownReport.EMPTY);
        verify(sageMaker, times(1)).deleteEndpointConfig(any(Consumer.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void resourcesAlreadyGoneCountAsDeleted() {
        when(sageMaker.deleteEndpoint(any(Consumer.class)))
                .thenThrow(error("ValidationException", "Could not find endpoint \"ep-1\"."));
        when(sageMaker.deleteEndpointConfig(any(Consumer.class)))
                .thenThrow(error("ValidationException", "Could not find endpoint configuration \"cfg-1\"."));
        Teardown teardown = new Teardown(sageMaker, new ProvisioningListener() { });
        teardown.endpointCreated("ep-1");
        teardown.endpointConfigCreated("cfg-1");

        TeardownReport report = teardown.deleteAll();

        assertThat(report.isComplete()).isTrue();
        assertThat(report.deletedEndpoints()).containsExactly("ep-1");
        assertThat(report.deletedEndpointConfigs()).containsExactly("cfg-1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void deletesWithTheInterruptFlagClearedAndRestoresItAfterwards() {
        List<Boolean> interruptedDuringCall = new ArrayList<>();
        when(sageMaker.deleteEndpoint(any(Consumer.class))).thenAnswer(call -> {
            interruptedDuringCall.add(Thread.currentThread().isInterrupted());
            return DeleteEndpointResponse.builder().build();
        });
        List<TeardownReport> heard = new ArrayList<>();
        Teardown teardown = new Teardown(sageMaker, new ProvisioningListener() {
            @Override
            public void teardownFinished(TeardownReport report) {
                heard.add(report);
            }
        });
        teardown.endpointCreated("ep-1");

        Thread.currentThread().interrupt();
        try {
            teardown.close();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }

        assertThat(interruptedDuringCall).containsExactly(false);
        assertThat(heard).singleElement().satisfies(report ->
                assertThat(report.deletedEndpoints()).containsExactly("ep-1"));
    }

    @Test
    void aGuardedTeardownRemovesItsShutdownHookWhenClosed() {
        Teardown teardown = new Teardown(sageMaker, new ProvisioningListener() { }).guardJvmShutdown();
        Thread hook = teardown.shutdownHook();

        teardown.close();

        assertThat(hook).isNotNull();
        assertThat(Runtime.getRuntime().removeShutdownHook(hook)).as("hook still registered").isFalse();
    }
}
