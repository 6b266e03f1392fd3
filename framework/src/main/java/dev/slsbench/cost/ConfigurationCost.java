package dev.slsbench.cost;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What one configuration costs per call, in USD.
 *
 * @param memoryMb the configuration's memory size
 * @param billedLatency the duration billed for the average call
 * @param computeUsdPerMillisecond the compute price used (on-demand, or the provisioned-concurrency
 *        inference price), per millisecond
 * @param computeUsdPerInvocation compute price × billed duration
 * @param dataProcessingUsdPerInvocation (mean request + mean response bytes) × price per byte
 * @param usdPerInvocation compute + data processing
 * @param usdPerMillionInvocations {@code usdPerInvocation × 10^6}
 * @param provisionedConcurrencyUsdPerMonth the fixed monthly charge for provisioned concurrency,
 *        when the configuration has any
 * @param provisionedConcurrency the units of provisioned concurrency priced, 0 for on-demand
 */
public record ConfigurationCost(int memoryMb, BilledLatency billedLatency, BigDecimal computeUsdPerMillisecond,
                                BigDecimal computeUsdPerInvocation, BigDecimal dataProcessingUsdPerInvocation,
                                BigDecimal usdPerInvocation, BigDecimal usdPerMillionInvocations,
                                Optional<BigDecimal> provisionedConcurrencyUsdPerMonth, int provisionedConcurrency) {

    /** An on-demand cost, or one whose provisioned units are not recorded. */
    public ConfigurationCost(int memoryMb, BilledLatency billedLatency, BigDecimal computeUsdPerMillisecond,
                             BigDecimal computeUsdPerInvocation, BigDecimal dataProcessingUsdPerInvocation,
                             BigDecimal usdPerInvocation, BigDecimal usdPerMillionInvocations,
                             Optional<BigDecimal> provisionedConcurrencyUsdPerMonth) {
        this(memoryMb, billedLatency, computeUsdPerMillisecond, computeUsdPerInvocation, dataProcessingUsdPerInvocation,
                usdPerInvocation, usdPerMillionInvocations, provisionedConcurrencyUsdPerMonth, 0);
    }

    public ConfigurationCost {
        Objects.requireNonNull(billedLatency, "billedLatency");
        Objects.requireNonNull(usdPerInvocation, "usdPerInvocation");
        provisionedConcurrencyUsdPerMonth = provisionedConcurrencyUsdPerMonth == null ? Optional.empty()
                : provisionedConcurrencyUsdPerMonth;
    }

    /**
     * The cost of a month at {@code monthlyInvocations} calls: {@code usdPerInvocation × calls}, plus the
     * provisioned-concurrency charge (units × memory's price per second × seconds in the 720-hour month)
     * when the configuration has provisioned concurrency.
     */
    public BigDecimal usdPerMonth(long monthlyInvocations) {
        return usdPerInvocation.multiply(BigDecimal.valueOf(monthlyInvocations), java.math.MathContext.DECIMAL128)
                .add(provisionedConcurrencyUsdPerMonth.orElse(BigDecimal.ZERO));
    }
}
