package dev.slsbench.load;

import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.PayloadOrder;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Which example a call sends. Random picks depend only on the seed, the configuration and the
 * call's sequence number, so a run repeats exactly from its recorded seed whatever the thread
 * interleaving of a concurrency phase.
 *
 * @param order round-robin, random or once
 * @param seed the seed of random picks (unused for round-robin)
 */
public record ExampleOrder(PayloadOrder order, long seed) {

    /** Round-robin: call {@code n} sends example {@code n mod examples} (of equal weights). */
    public static final ExampleOrder ROUND_ROBIN = new ExampleOrder(PayloadOrder.ROUND_ROBIN, 0);

    public ExampleOrder {
        Objects.requireNonNull(order, "order");
    }

    /** The order of {@code plan}'s payload options. */
    public static ExampleOrder of(BenchmarkPlan plan) {
        return new ExampleOrder(plan.payloadOrder(), plan.payloadSeed().orElse(0L));
    }

    /** The index of the example that call {@code sequence} of {@code configurationId} sends, of {@code examples}. */
    int exampleIndex(String configurationId, long sequence, int examples) {
        return switch (order) {
            case ROUND_ROBIN, ONCE -> (int) (sequence % examples);
            case RANDOM -> random(configurationId, sequence).nextInt(examples);
        };
    }

    /** The random source of call {@code sequence} of {@code configurationId}'s pick. */
    SplittableRandom random(String configurationId, long sequence) {
        return new SplittableRandom(seed ^ (configurationId.hashCode() * 0x9E3779B97F4A7C15L)
                ^ (sequence * 0xBF58476D1CE4E5B9L));
    }

    /**
     * The calls a configuration planning {@code plannedCalls} makes with {@code examples} examples:
     * one per example under {@link PayloadOrder#ONCE}, else as planned.
     */
    public long calls(long plannedCalls, int examples) {
        return order == PayloadOrder.ONCE ? examples : plannedCalls;
    }
}
