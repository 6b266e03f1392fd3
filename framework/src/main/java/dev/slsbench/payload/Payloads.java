package dev.slsbench.payload;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

/**
 * The example invocations a benchmark draws from: never empty, immutable, with the summary
 * figures the cost model needs (mean request bytes).
 *
 * @param invocations the examples, in file order; a call's {@code exampleIndex} indexes this list
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Payloads(List<Invocation> invocations) {

    public Payloads {
        Objects.requireNonNull(invocations, "invocations");
        if (invocations.isEmpty()) {
            throw new IllegalArgumentException("invocations: a benchmark needs at least one example invocation");
        }
        invocations = List.copyOf(invocations);
    }

    /** Payloads of the given invocations. */
    public static Payloads of(Invocation... invocations) {
        return new Payloads(List.of(invocations));
    }

    /** The number of example invocations. */
    public int count() {
        return invocations.size();
    }

    /** The example at {@code index} (0-based). */
    public Invocation get(int index) {
        return invocations.get(index);
    }

    /** The mean body size in bytes over the examples, as if each were sent equally often. */
    public double meanBodyBytes() {
        return invocations.stream().mapToInt(Invocation::bodyBytes).average().orElseThrow();
    }

    /** The largest body in bytes. */
    public int maxBodyBytes() {
        return invocations.stream().mapToInt(Invocation::bodyBytes).max().orElseThrow();
    }

    /** The summary figures of these payloads, attributed to {@code source}. */
    public PayloadSummary summary(String source) {
        return new PayloadSummary(count(), meanBodyBytes(), maxBodyBytes(), source);
    }
}
