package dev.slsbench.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The toolkit's break-even point: monthly instance cost (hourly price × 720 h) divided by the
 * serverless cost per invocation; with provisioned concurrency its fixed monthly charge is
 * subtracted from the instance cost first.
 */
public final class BreakEvenCalculator {

    private BreakEvenCalculator() {
    }

    /** The break-even of {@code cost} against the instance {@code instanceType} priced {@code instance}. */
    public static BreakEven breakEven(ConfigurationCost cost, String instanceType, InstancePrice instance) {
        BigDecimal monthly = instance.monthlyUsd();
        BigDecimal fixed = cost.provisionedConcurrencyUsdPerMonth().orElse(BigDecimal.ZERO);
        BigDecimal headroom = monthly.subtract(fixed);
        Optional<BigDecimal> invocations = headroom.signum() > 0 && cost.usdPerInvocation().signum() > 0
                ? Optional.of(headroom.divide(cost.usdPerInvocation(), MathContext.DECIMAL128))
                : Optional.empty();
        return new BreakEven(cost.memoryMb(), instanceType, monthly, fixed, cost.usdPerInvocation(), invocations);
    }

    /**
     * The break-even against the instance the region's table deems comparable to the
     * configuration's memory size.
     *
     * @return empty when the table names no comparable instance
     */
    public static Optional<BreakEven> againstComparableInstance(ConfigurationCost cost, RegionPrices prices) {
        return prices.comparableInstanceType(cost.memoryMb())
                .flatMap(type -> prices.instance(type).map(instance -> breakEven(cost, type, instance)));
    }
}
