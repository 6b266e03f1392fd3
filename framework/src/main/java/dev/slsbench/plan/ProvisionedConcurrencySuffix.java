package dev.slsbench.plan;

/**
 * The part of a configuration id or endpoint key that names its ProvisionedConcurrency:
 * {@code -p1} for 1, nothing for none, so that runs without ProvisionedConcurrency keep the ids
 * and resource names they always had.
 */
public final class ProvisionedConcurrencySuffix {

    private ProvisionedConcurrencySuffix() {
    }

    /** {@code ""} for 0, {@code -p2} for 2. */
    public static String of(int provisionedConcurrency) {
        return provisionedConcurrency == 0 ? "" : "-p" + provisionedConcurrency;
    }
}
