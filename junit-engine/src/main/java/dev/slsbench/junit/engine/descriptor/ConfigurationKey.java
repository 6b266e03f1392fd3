package dev.slsbench.junit.engine.descriptor;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.ConfigurationLabel;
import dev.slsbench.plan.ProvisionedConcurrencySuffix;
import dev.slsbench.plan.StabilityConfiguration;

/**
 * What identifies a configuration test before the run: a stability memory size, or a
 * concurrency MaxConcurrency × clients pair (its memory size is chosen during the run), each at
 * a ProvisionedConcurrency value; a value above 0 is named in the unique id ({@code 1024-p1},
 * {@code 4x6-p1}) and the display name, so that a class without ProvisionedConcurrency keeps its ids.
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
    record Stability(int memoryMb, int provisionedConcurrency) implements ConfigurationKey {
        /** The unique-id segment type of stability configurations. */
        public static final String SEGMENT_TYPE = "memory";

        /** A stability key without ProvisionedConcurrency. */
        Stability(int memoryMb) {
            this(memoryMb, 0);
        }

        @Override public String segmentType() { return SEGMENT_TYPE; }

        @Override public String segmentValue() {
            return memoryMb + ProvisionedConcurrencySuffix.of(provisionedConcurrency);
        }

        @Override public String displayName() { return ConfigurationLabel.settings(configuration()); }

        @Override
        public boolean matches(BenchmarkConfiguration configuration) {
            return configuration instanceof StabilityConfiguration s && s.memoryMb() == memoryMb
                    && s.provisionedConcurrency() == provisionedConcurrency;
        }

        private StabilityConfiguration configuration() {
            return new StabilityConfiguration(memoryMb, provisionedConcurrency);
        }
    }

    /** A concurrency configuration. */
    record Concurrency(int maxConcurrency, int clients, int provisionedConcurrency) implements ConfigurationKey {
        /** The unique-id segment type of concurrency configurations. */
        public static final String SEGMENT_TYPE = "concurrency";

        /** A concurrency key without ProvisionedConcurrency. */
        Concurrency(int maxConcurrency, int clients) {
            this(maxConcurrency, clients, 0);
        }

        @Override public String segmentType() { return SEGMENT_TYPE; }

        @Override public String segmentValue() {
            return maxConcurrency + "x" + clients + ProvisionedConcurrencySuffix.of(provisionedConcurrency);
        }

        @Override public String displayName() {
            return "maxConcurrency=" + maxConcurrency + ", clients=" + clients
                    + (provisionedConcurrency == 0 ? "" : ", provisionedConcurrency=" + provisionedConcurrency);
        }

        @Override
        public boolean matches(BenchmarkConfiguration configuration) {
            return configuration instanceof ConcurrencyConfiguration c
                    && c.maxConcurrency() == maxConcurrency && c.clients() == clients
                    && c.provisionedConcurrency() == provisionedConcurrency;
        }
    }
}
