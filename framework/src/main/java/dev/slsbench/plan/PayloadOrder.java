package dev.slsbench.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How each call picks its example from the payload file. slsbench's default is round-robin
 * (every example as often as its weight says, so mean request bytes are exact and results
 * repeat); the Python toolkit picks at random, which {@link #RANDOM} reproduces from a seed
 * recorded with the plan; {@link #ONCE} replays the examples as a queue, like Gatling's queue
 * feeder.
 */
public enum PayloadOrder {
    /**
     * Examples in turn, each as often as its weight says: call {@code n} sends example
     * {@code n mod examples} when the weights are equal, else a cycle in which each example
     * takes as many evenly spread turns as its weight.
     */
    ROUND_ROBIN,
    /**
     * Each call draws an example at random in proportion to the weights, reproducibly from the
     * plan's payload seed.
     */
    RANDOM,
    /**
     * Each example exactly once per configuration, in file order, weights ignored: a configuration
     * makes one call per example whatever its invocation count, and an open-loop phase stops
     * sending when the examples are used up (or at the end of its duration, if that comes first).
     */
    ONCE;

    /** The flag spelling: {@code round-robin} or {@code random}. */
    public String flagValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The order a flag value names, case-insensitively, with {@code -} or {@code _}.
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static PayloadOrder parse(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(order -> order.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not a payload order; use "
                        + Arrays.stream(values()).map(PayloadOrder::flagValue).collect(Collectors.joining(", "))));
    }
}
