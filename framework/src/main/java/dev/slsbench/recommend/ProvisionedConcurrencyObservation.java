package dev.slsbench.recommend;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What one ProvisionedConcurrency value did at the recommended memory size in the stability
 * phase: how many of its calls were cold, and what a month of it costs at the user's traffic.
 *
 * @param provisionedConcurrency the value, 0 for none
 * @param calls calls issued
 * @param coldCalls calls judged cold
 * @param usdPerMonth a month at the plan's monthly invocations, provisioned concurrency included; empty when
 *        the plan gives no traffic or the value is not priced
 */
public record ProvisionedConcurrencyObservation(int provisionedConcurrency, long calls, long coldCalls,
                                                Optional<BigDecimal> usdPerMonth) {

    public ProvisionedConcurrencyObservation {
        usdPerMonth = Objects.requireNonNullElse(usdPerMonth, Optional.empty());
    }

    /** Cold calls over calls issued, 0 when none were issued. */
    public double coldRate() {
        return calls == 0 ? 0 : (double) coldCalls / calls;
    }
}
