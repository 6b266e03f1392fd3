package dev.slsbench.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How each call picks its example from the payload file. slsbench's default is round-robin
 * (every example equally often, so mean request bytes are exact and results repeat); the Python
 * toolkit picks at random, which {@link #RANDOM} reproduces from a seed recorded with the plan.
 */
public enum PayloadOrder {
    /** Call {@code n} sends example {@code n mod examples}. */
    ROUND_ROBIN,
    /** Each call draws an example uniformly at random, reproducibly from the plan's payload seed. */
    RANDOM;

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
                        + Arrays.stream(values()).map(PayloadOrder::flagValue).collect(Collectors.joining(" or "))));
    }
}
