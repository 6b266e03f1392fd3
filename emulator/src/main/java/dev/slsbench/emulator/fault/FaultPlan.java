package dev.slsbench.emulator.fault;

import java.util.Locale;

/**
 * Which transient failures the emulator injects, and how often: each control-plane call answers
 * {@code ThrottlingException} with probability {@code controlPlaneThrottle}, each InvokeEndpoint on
 * an existing endpoint answers a 5xx ({@code InternalFailure} 500 or {@code ServiceUnavailable} 503)
 * with probability {@code runtime5xx}. Draws come from generators seeded with {@code seed}, one per
 * kind of fault, so the same sequence of calls meets the same faults in every run.
 *
 * @param controlPlaneThrottle probability, 0 to 1, that a control-plane call is throttled
 * @param runtime5xx probability, 0 to 1, that an invocation fails with a 5xx
 * @param seed seeds the draws
 */
public record FaultPlan(double controlPlaneThrottle, double runtime5xx, long seed) {

    /** The seed when none is given: fixed, so that runs repeat. */
    public static final long DEFAULT_SEED = 1;

    /** @throws IllegalArgumentException when a probability is outside 0 to 1 */
    public FaultPlan {
        requireProbability("control-plane-throttle", controlPlaneThrottle);
        requireProbability("runtime-5xx", runtime5xx);
    }

    /** No faults. */
    public static FaultPlan none() {
        return new FaultPlan(0, 0, DEFAULT_SEED);
    }

    /**
     * Reads the {@code --faults} form: comma-separated {@code KEY=VALUE} with keys
     * {@code control-plane-throttle} and {@code runtime-5xx} (probabilities) and {@code seed} (a
     * whole number), e.g. {@code control-plane-throttle=0.2,runtime-5xx=0.01,seed=7}. Keys left out
     * are 0 (and the seed {@value #DEFAULT_SEED}); an empty text or {@code none} means no faults.
     *
     * @throws IllegalArgumentException naming the key or value it cannot read
     */
    public static FaultPlan parse(String text) {
        double throttle = 0;
        double serverErrors = 0;
        long seed = DEFAULT_SEED;
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("none")) {
            return none();
        }
        for (String entry : trimmed.split(",")) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("a fault must look like KIND=PROBABILITY (control-plane-throttle=0.2,"
                        + " runtime-5xx=0.01, seed=N), got: '" + entry.trim() + "'");
            }
            String key = entry.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String value = entry.substring(equals + 1).trim();
            switch (key) {
                case "control-plane-throttle" -> throttle = probability(key, value);
                case "runtime-5xx" -> serverErrors = probability(key, value);
                case "seed" -> seed = seed(value);
                default -> throw new IllegalArgumentException("unknown fault '" + key
                        + "': known are control-plane-throttle, runtime-5xx and seed");
            }
        }
        return new FaultPlan(throttle, serverErrors, seed);
    }

    /** Whether any fault is injected at all. */
    public boolean isActive() {
        return controlPlaneThrottle > 0 || runtime5xx > 0;
    }

    /** The {@code --faults} form of this plan, which {@link #parse} reads back. */
    @Override
    public String toString() {
        return "control-plane-throttle=" + controlPlaneThrottle + ",runtime-5xx=" + runtime5xx + ",seed=" + seed;
    }

    private static double probability(String key, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " needs a probability from 0 to 1, got: " + value);
        }
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed needs a whole number, got: " + value);
        }
    }

    private static void requireProbability(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(key + " needs a probability from 0 to 1, got: " + value);
        }
    }
}
