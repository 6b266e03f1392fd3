package dev.slsbench.load;

import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.stats.Outcome;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes the two calls of a forced cold start on a fresh endpoint: the first (cold, as no call has
 * reached the endpoint yet) and, when it succeeded, a second one right after it (warm, on the
 * container the first call started), both with the first example of the payloads.
 */
public final class ColdStartProbe {

    /**
     * What the two calls saw.
     *
     * @param from when the first call started
     * @param to when the last call ended
     * @param firstLatencyNanos the first call's client latency
     * @param firstOutcome how it ended
     * @param secondLatencyNanos the second call's client latency, empty when the first failed
     * @param secondOutcome how the second call ended, empty when it was not made
     */
    public record Calls(Instant from, Instant to, long firstLatencyNanos, Outcome firstOutcome,
                        Optional<Long> secondLatencyNanos, Optional<Outcome> secondOutcome) {
    }

    private final SageMakerRuntimeClient runtime;
    private final Invocation example;

    public ColdStartProbe(SageMakerRuntimeClient runtime, Payloads payloads) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.example = payloads.get(0);
    }

    /** Calls {@code endpointName} twice, one call after the other. */
    public Calls probe(String endpointName) {
        InvokeEndpointRequest request = InvokeEndpointRequest.builder().endpointName(endpointName)
                .body(SdkBytes.fromByteArrayUnsafe(example.body())).contentType(example.contentType())
                .accept(example.accept()).customAttributes(example.customAttributes())
                .targetVariant(example.targetVariant()).build();
        Instant from = Instant.now();
        long start = System.nanoTime();
        Outcome first = call(request);
        long firstLatency = System.nanoTime() - start;
        if (!first.isSuccess()) {
            return new Calls(from, Instant.now(), firstLatency, first, Optional.empty(), Optional.empty());
        }
        start = System.nanoTime();
        Outcome second = call(request);
        long secondLatency = System.nanoTime() - start;
        return new Calls(from, Instant.now(), firstLatency, first, Optional.of(secondLatency), Optional.of(second));
    }

    private Outcome call(InvokeEndpointRequest request) {
        try {
            runtime.invokeEndpoint(request);
            return Outcome.OK;
        } catch (RuntimeException e) {
            return FailureClassifier.classify(e);
        }
    }
}
