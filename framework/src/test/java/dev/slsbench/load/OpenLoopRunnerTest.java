package dev.slsbench.load;

import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.OpenLoopPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The open loop's schedule, with a runtime client that answers at once. */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class OpenLoopRunnerTest {

    @Test
    void theScheduleIsReproducibleForAGivenSeed() throws Exception {
        SageMakerRuntimeClient runtime = mock(SageMakerRuntimeClient.class);
        when(runtime.invokeEndpoint(any(InvokeEndpointRequest.class)))
                .thenReturn(InvokeEndpointResponse.builder().body(SdkBytes.fromUtf8String("ok")).build());
        OpenLoopConfiguration configuration = new OpenLoopConfiguration(0,
                new OpenLoopPhase(200, Duration.ofMillis(300), 1024, 2));
        AtomicLong first = new AtomicLong();
        AtomicLong second = new AtomicLong();

        for (AtomicLong count : List.of(first, second)) {
            new OpenLoopRunner(runtime, Payloads.of(Invocation.of("x", "text/plain")), Duration.ZERO, 11,
                    new LoadListener() { })
                    .run(List.of(new LoadTarget(configuration, "ep")), (c, r) -> count.incrementAndGet());
        }

        assertThat(first.get()).isEqualTo(second.get()).isBetween(20L, 120L);
    }
}
