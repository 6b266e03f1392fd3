package dev.slsbench.cost;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Prices of serverless provisioned concurrency, per memory size: the charge for keeping one
 * unit of concurrency provisioned, and the (lower) compute charge for calls it serves.
 *
 * @param usdPerSecond provisioned-concurrency charge per second per unit, by memory size in MB
 * @param inferenceUsdPerSecond compute charge per second of calls served by provisioned
 *        concurrency, by memory size in MB
 */
public record ProvisionedConcurrencyPrices(Map<Integer, BigDecimal> usdPerSecond,
                                           Map<Integer, BigDecimal> inferenceUsdPerSecond) {

    public ProvisionedConcurrencyPrices {
        usdPerSecond = Map.copyOf(Objects.requireNonNull(usdPerSecond, "usdPerSecond"));
        inferenceUsdPerSecond = Map.copyOf(Objects.requireNonNull(inferenceUsdPerSecond, "inferenceUsdPerSecond"));
    }

    /** Whether both prices are known at {@code memoryMb}, so a configuration of that size can be costed with PC. */
    public boolean prices(int memoryMb) {
        return usdPerSecond.containsKey(memoryMb) && inferenceUsdPerSecond.containsKey(memoryMb);
    }
}
