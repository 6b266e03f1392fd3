package dev.slsbench.cost;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a serverless configuration stops being cheaper than a comparable real-time instance.
 *
 * @param memoryMb the serverless configuration's memory size
 * @param instanceType the comparable instance, e.g. {@code ml.t2.medium}
 * @param instanceUsdPerMonth the instance's monthly cost (720 h)
 * @param serverlessFixedUsdPerMonth serverless charges independent of traffic (provisioned concurrency), else 0
 * @param usdPerInvocation serverless cost per call
 * @param invocationsPerMonth monthly calls at which both cost the same; empty when serverless is
 *        never cheaper (its fixed charge alone exceeds the instance's) or costs nothing per call
 */
public record BreakEven(int memoryMb, String instanceType, BigDecimal instanceUsdPerMonth,
                        BigDecimal serverlessFixedUsdPerMonth, BigDecimal usdPerInvocation,
                        Optional<BigDecimal> invocationsPerMonth) {

    public BreakEven {
        Objects.requireNonNull(instanceType, "instanceType");
        invocationsPerMonth = invocationsPerMonth == null ? Optional.empty() : invocationsPerMonth;
    }
}
