package dev.slsbench.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * The toolkit's cost formula with exact decimal money:
 * <pre>
 * usdPerInvocation = computeUsdPerSecond(memory) × billedSeconds
 *                  + (meanRequestBytes + meanResponseBytes) × dataProcessingUsdPerGb / 2^30
 * usdPerMillionInvocations = usdPerInvocation × 10^6
 * </pre>
 * where the billed duration is the toolkit's {@code ModelLatency + mean OverheadLatency}
 * ({@link BilledLatency#toolkitRule}). With provisioned concurrency the compute term uses the
 * provisioned-concurrency inference price, and the fixed charge for keeping it provisioned all
 * month is reported separately. Arithmetic uses {@link MathContext#DECIMAL128}; nothing is
 * rounded until it is displayed.
 */
public final class CostModel {

    /** Bytes in the GB the data-processing price is quoted per: 2^30, as the toolkit computes it. */
    public static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);
    /** Seconds in the 720-hour month the toolkit bills instances for. */
    public static final BigDecimal SECONDS_PER_MONTH = BigDecimal.valueOf(720L * 3600);
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal MILLIS_PER_SECOND = BigDecimal.valueOf(1000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final RegionPrices prices;

    /** A cost model over one region's prices. */
    public CostModel(RegionPrices prices) {
        this.prices = Objects.requireNonNull(prices, "prices");
    }

    /** The region prices this model uses. */
    public RegionPrices prices() {
        return prices;
    }

    /**
     * The on-demand cost of a configuration.
     *
     * @param memoryMb memory size
     * @param billedLatency duration of the average call
     * @param meanRequestBytes mean request body size
     * @param meanResponseBytes mean response body size
     */
    public ConfigurationCost cost(int memoryMb, BilledLatency billedLatency, double meanRequestBytes,
                                  double meanResponseBytes) {
        return cost(memoryMb, billedLatency, meanRequestBytes, meanResponseBytes, 0);
    }

    /**
     * The cost of a configuration with {@code provisionedConcurrency} units provisioned (0 for
     * on-demand).
     *
     * @throws IllegalArgumentException when provisioned concurrency is asked for but not priced
     */
    public ConfigurationCost cost(int memoryMb, BilledLatency billedLatency, double meanRequestBytes,
                                  double meanResponseBytes, int provisionedConcurrency) {
        BigDecimal computePerSecond;
        Optional<BigDecimal> fixedMonthly = Optional.empty();
        if (provisionedConcurrency > 0) {
            ProvisionedConcurrencyPrices pc = prices.provisionedConcurrency().orElseThrow(() ->
                    new IllegalArgumentException("the price table has no provisioned-concurrency prices; supply one"));
            computePerSecond = required(pc.inferenceUsdPerSecond().get(memoryMb), "inference", memoryMb);
            BigDecimal pcPerSecond = required(pc.usdPerSecond().get(memoryMb), "provisioned-concurrency", memoryMb);
            fixedMonthly = Optional.of(pcPerSecond.multiply(BigDecimal.valueOf(provisionedConcurrency), MC)
                    .multiply(SECONDS_PER_MONTH, MC));
        } else {
            computePerSecond = prices.computeUsdPerSecond(memoryMb);
        }
        BigDecimal computePerMilli = computePerSecond.divide(MILLIS_PER_SECOND, MC);
        BigDecimal compute = computePerMilli.multiply(BigDecimal.valueOf(billedLatency.millis()), MC);
        BigDecimal bytes = BigDecimal.valueOf(meanRequestBytes).add(BigDecimal.valueOf(meanResponseBytes), MC);
        BigDecimal data = bytes.multiply(prices.dataProcessingUsdPerGb(), MC).divide(BYTES_PER_GB, MC);
        BigDecimal perInvocation = compute.add(data, MC);
        return new ConfigurationCost(memoryMb, billedLatency, computePerMilli, compute, data, perInvocation,
                perInvocation.multiply(MILLION, MC), fixedMonthly, provisionedConcurrency);
    }

    private static BigDecimal required(BigDecimal price, String kind, int memoryMb) {
        if (price == null) {
            throw new IllegalArgumentException("the price table has no " + kind + " price for " + memoryMb + " MB");
        }
        return price;
    }
}
