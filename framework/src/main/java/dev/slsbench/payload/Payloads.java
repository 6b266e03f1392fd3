package dev.slsbench.payload;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The example invocations a benchmark draws from: never empty, immutable, with their weights
 * (how often each is sent relative to the others, 1 each unless a payload file's {@code Weight}
 * or {@code @Payload(weight = ...)} says otherwise) and the summary figures the cost model needs
 * (mean request bytes).
 *
 * @param invocations the examples, in file order; a call's {@code exampleIndex} indexes this list
 * @param weights one positive, finite weight per example ({@code null} gives each weight 1)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Payloads(List<Invocation> invocations, List<Double> weights) {

    public Payloads {
        Objects.requireNonNull(invocations, "invocations");
        if (invocations.isEmpty()) {
            throw new IllegalArgumentException("invocations: a benchmark needs at least one example invocation");
        }
        invocations = List.copyOf(invocations);
        weights = weights == null ? Collections.nCopies(invocations.size(), 1.0) : List.copyOf(weights);
        if (weights.size() != invocations.size()) {
            throw new IllegalArgumentException("weights: " + weights.size() + " weights for " + invocations.size()
                    + " examples");
        }
        for (int i = 0; i < weights.size(); i++) {
            double weight = weights.get(i);
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weights: example " + i + " has weight " + weight
                        + "; a weight is a positive number");
            }
        }
    }

    /** Payloads of {@code invocations}, each of weight 1. */
    public Payloads(List<Invocation> invocations) {
        this(invocations, null);
    }

    /** Payloads of the given invocations, each of weight 1. */
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

    /** The weight of the example at {@code index} (0-based). */
    public double weight(int index) {
        return weights.get(index);
    }

    /** Whether some example is sent more often than another. */
    public boolean isWeighted() {
        return weights.stream().distinct().count() > 1;
    }

    /** These examples, each of weight 1. */
    public Payloads unweighted() {
        return new Payloads(invocations);
    }

    /** The mean body size in bytes over the examples, each counted as often as its weight says. */
    public double meanBodyBytes() {
        double bytes = 0;
        double total = 0;
        for (int i = 0; i < invocations.size(); i++) {
            bytes += weights.get(i) * invocations.get(i).bodyBytes();
            total += weights.get(i);
        }
        return bytes / total;
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
