package dev.slsbench.load;

import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.record.ConfigurationRecorder;
import dev.slsbench.record.InvocationRecord;
import dev.slsbench.stats.Outcome;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;

import java.util.Objects;

/**
 * Makes one InvokeEndpoint call at a time against one endpoint and records it. Requests are
 * built once per example, so a call costs the SDK's work and nothing more.
 *
 * <p>Examples are chosen by the call's sequence number through an {@link ExamplePicker}: by
 * default round-robin ({@code exampleIndex = sequence mod examples} for equal weights):
 * deterministic, every example as often as its weight says (so mean request bytes are exact), and
 * easy to correlate with the raw CSV's {@code invoke_arg_index}; or at random from a seed, as the
 * toolkit draws them; or each once, in file order.
 */
final class EndpointCaller {

    private final SageMakerRuntimeClient runtime;
    private final String endpointName;
    private final InvokeEndpointRequest[] requests;
    private final int[] requestBytes;
    private final ExamplePicker picker;

    EndpointCaller(SageMakerRuntimeClient runtime, String endpointName, Payloads payloads) {
        this(runtime, endpointName, payloads, ExampleOrder.ROUND_ROBIN);
    }

    EndpointCaller(SageMakerRuntimeClient runtime, String endpointName, Payloads payloads, ExampleOrder order) {
        this.picker = new ExamplePicker(order, payloads);
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.endpointName = Objects.requireNonNull(endpointName, "endpointName");
        this.requests = new InvokeEndpointRequest[payloads.count()];
        this.requestBytes = new int[payloads.count()];
        for (int i = 0; i < payloads.count(); i++) {
            Invocation invocation = payloads.get(i);
            requests[i] = InvokeEndpointRequest.builder()
                    .endpointName(endpointName)
                    .body(SdkBytes.fromByteArrayUnsafe(invocation.body()))
                    .contentType(invocation.contentType())
                    .accept(invocation.accept())
                    .customAttributes(invocation.customAttributes())
                    .inferenceId(invocation.inferenceId())
                    .targetVariant(invocation.targetVariant())
                    .build();
            requestBytes[i] = invocation.bodyBytes();
        }
    }

    String endpointName() {
        return endpointName;
    }

    /** Issues, makes and records one call starting now. */
    InvocationRecord call(ConfigurationRecorder recorder) {
        long sequence = recorder.issue();
        return invoke(recorder, sequence, System.nanoTime());
    }

    /**
     * Issues, makes and records one call meant to start at {@code intendedNanoTime}: its
     * latency counts from then, so time spent waiting in the client is not hidden.
     */
    InvocationRecord callScheduled(ConfigurationRecorder recorder, long intendedNanoTime) {
        long sequence = recorder.issue();
        return invoke(recorder, sequence, intendedNanoTime);
    }

    private InvocationRecord invoke(ConfigurationRecorder recorder, long sequence, long startNanoTime) {
        int example = picker.exampleIndex(recorder.configuration().id(), sequence);
        Outcome outcome;
        String message = null;
        long bytesOut = 0;
        Throwable fatal = null;
        try {
            InvokeEndpointResponse response = runtime.invokeEndpoint(requests[example]);
            bytesOut = response.body() == null ? 0 : response.body().asByteArrayUnsafe().length;
            outcome = Outcome.OK;
        } catch (RuntimeException e) {
            outcome = FailureClassifier.classify(e);
            message = FailureClassifier.message(e);
        } catch (Error e) {
            outcome = Outcome.CLIENT_ERROR;
            message = FailureClassifier.message(e);
            fatal = e;
        }
        long end = System.nanoTime();
        InvocationRecord record = new InvocationRecord(recorder.configuration().id(), sequence, example,
                EpochClock.epochNanos(startNanoTime), EpochClock.epochNanos(end), Math.max(0, end - startNanoTime),
                outcome, message, requestBytes[example], bytesOut, null);
        recorder.record(record);
        if (fatal instanceof Error error) {
            throw error;
        }
        return record;
    }
}
