package dev.slsbench.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A real-time SageMaker hosting instance a serverless endpoint is compared against.
 *
 * @param usdPerHour on-demand price per instance-hour
 * @param memoryGib the instance's memory
 * @param vcpus the instance's vCPUs
 */
public record InstancePrice(BigDecimal usdPerHour, double memoryGib, int vcpus) {

    /** Hours in the month the toolkit bills: 24 × 30. */
    public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(720);

    public InstancePrice {
        Objects.requireNonNull(usdPerHour, "usdPerHour");
        if (usdPerHour.signum() < 0) {
            throw new IllegalArgumentException("usdPerHour: " + usdPerHour + " is negative");
        }
    }

    /** The cost of one instance running all month: {@code usdPerHour × 720}. */
    public BigDecimal monthlyUsd() {
        return usdPerHour.multiply(HOURS_PER_MONTH);
    }
}
