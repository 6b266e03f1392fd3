package dev.slsbench.junit.engine.descriptor;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.StabilityConfiguration;

/**
 * What identifies a configuration test before the run: a stability memory size, or a
 * concurrency MaxConcurrency × clients pair (its memory size is chosen during the run).
 */
sealed interface ConfigurationKey {

    /** The unique-id segment type. */
    String segmentType();

    /** The unique-id segment value. */
    String segmentValue();

    /** The test's display name, e.g. {@code memory=2048 MB}. */
    String displayName();

    /** Whether a configuration of the run is the one this key names. */
    boolean matches(BenchmarkConfiguration configuration);

    /** A stability configuration. */
    record Stability(int memoryMb) implements ConfigurationKey {
        /** The unique-id segment type of stability configurations. */
        public static final String SEGMENT_TYPE = "memory";

        @Override public String segmentType() { return SEGMENT_TYPE; }

        @Override public String segmentValue() { return Integer.toString(memoryMb); }

        @Override public String displayName() { return "memory=" + memoryMb + " MB"; }

        @Override
        public boolean matches(BenchmarkConfiguration configuration) {
            return configuration instanceof StabilityConfiguration s && s.memoryMb() == memoryMb;
        }
    }

    /** A concurrency configuration. */
    record Concurrency(int maxConcurrency, int clients) implements ConfigurationKey {
        /** The unique-id segment type of concurrency configurations. */
        public static final String SEGMENT_TYPE = "concurrency";

        @Override public String segmentType() { return SEGMENT_TYPE; }

        @Override public String segmentValue() { return maxConcurrency + "x" + clients; }

        @Override public String displayName() { return "maxConcurrency=" + maxConcurrency + ", clients=" + clients; }

        @Override
        public boolean matches(BenchmarkConfiguration configuration) {
            return configuration instanceof ConcurrencyConfiguration c
                    && c.maxConcurrency() == maxConcurrency && c.clients() == clients;
        }
    }
}
