package dev.slsbench.load;

import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.record.InvocationSink;
import dev.slsbench.record.RecordedConfiguration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.SageMakerRuntimeException;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The stability phase's error threshold with throttles counted (the toolkit's rule) or not.
 * Mockito stands in for the runtime: at MaxConcurrency 1 with one sequential client the
 * emulator, like SageMaker, does not throttle, so the real parts cannot produce this path.
 */
class StabilityErrorThresholdTest {

    private static final SageMakerRuntimeException THROTTLE = (SageMakerRuntimeException) SageMakerRuntimeException
            .builder().statusCode(400)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").errorMessage("Rate exceeded")
                    .build())
            .build();

    @Test
    void throttlesCountTowardTheThresholdOnlyWhenAskedToAsTheToolkitCounts() throws Exception {
        RecordedConfiguration ours = runAlwaysThrottled(false);
        RecordedConfiguration toolkits = runAlwaysThrottled(true);

        assertThat(ours.abandonedReason()).isEmpty();
        assertThat(ours.outcomes().throttled()).isEqualTo(10);
        assertThat(toolkits.abandonedReason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("3 failed calls (throttles included) reached the error threshold of 3 after 3 of 10 calls"));
        assertThat(toolkits.outcomes().throttled()).isEqualTo(3);
    }

    private static RecordedConfiguration runAlwaysThrottled(boolean countThrottles) throws InterruptedException {
        SageMakerRuntimeClient runtime = mock(SageMakerRuntimeClient.class);
        when(runtime.invokeEndpoint(any(InvokeEndpointRequest.class))).thenThrow(THROTTLE);
        ClosedLoopSettings settings = new ClosedLoopSettings(10, 3, Duration.ZERO, Duration.ZERO,
                ExampleOrder.ROUND_ROBIN, countThrottles);
        StabilityRunner runner = new StabilityRunner(runtime, Payloads.of(Invocation.of("1,2", "text/csv")), settings,
                new LoadListener() { });
        return runner.run(List.of(new LoadTarget(new StabilityConfiguration(1024), "ep")), InvocationSink.discarding())
                .getFirst();
    }
}
