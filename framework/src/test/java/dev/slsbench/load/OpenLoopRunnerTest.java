package dev.slsbench.load;

import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.record.InvocationRecord;
import dev.slsbench.stats.Outcome;
import dev.slsbench.record.RecordedConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The open loop's bound and latency origin, with a runtime client that holds calls until
 * released: a stall the emulator cannot produce on demand.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class OpenLoopRunnerTest {

    @Test
    void arrivalsBeyondTheInFlightBoundAreRecordedAsClientErrorsAndHeldCallsIncludeTheStall()
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SageMakerRuntimeClient runtime = mock(SageMakerRuntimeClient.class);
        when(runtime.invokeEndpoint(any(InvokeEndpointRequest.class))).thenAnswer(call -> {
            release.await();
            return InvokeEndpointResponse.builder().body(SdkBytes.fromUtf8String("ok")).build();
        });
        OpenLoopPhase phase = new OpenLoopPhase(400, Duration.ofMillis(500), 1024, 1);
        OpenLoopConfiguration configuration = new OpenLoopConfiguration(0, phase);
        ConcurrentLinkedQueue<InvocationRecord> records = new ConcurrentLinkedQueue<>();
        OpenLoopRunner runner = new OpenLoopRunner(runtime, Payloads.of(Invocation.of("x", "text/plain")),
                Duration.ZERO, 7, new LoadListener() { });

        CompletableFuture<List<RecordedConfiguration>> run = CompletableFuture.supplyAsync(() -> {
            try {
                return runner.run(List.of(new LoadTarget(configuration, "ep")), (c, r) -> records.add(r));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> records.stream()
                .filter(r -> r.outcome() == Outcome.CLIENT_ERROR).count() >= 20);
        Instant released = Instant.now();
        release.countDown();
        RecordedConfiguration recorded = run.get(30, TimeUnit.SECONDS).getFirst();

        int bound = OpenLoopRunner.maxInFlight(phase);
        assertThat(recorded.issued()).isEqualTo(records.size());
        assertThat(records).extracting(InvocationRecord::sequence).doesNotHaveDuplicates()
                .allSatisfy(sequence -> assertThat(sequence).isBetween(0L, recorded.issued() - 1));
        assertThat(recorded.outcomes().clientError()).isGreaterThanOrEqualTo(20);
        assertThat(records).filteredOn(r -> r.outcome() == Outcome.CLIENT_ERROR)
                .allSatisfy(r -> assertThat(r.errorMessage()).contains(bound + " calls already in flight"));
        List<InvocationRecord> held = records.stream().filter(r -> r.outcome() == Outcome.OK)
                .sorted(Comparator.comparingLong(InvocationRecord::sequence)).limit(bound).toList();
        assertThat(held).hasSize(bound).allSatisfy(r -> assertThat(r.startEpochNanos() + r.latencyNanos())
                .isGreaterThanOrEqualTo(epochNanos(released) - 5_000_000));
    }

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

    private static long epochNanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
