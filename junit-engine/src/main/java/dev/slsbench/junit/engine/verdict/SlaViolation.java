package dev.slsbench.junit.engine.verdict;

/**
 * One threshold a configuration broke.
 *
 * @param attribute the {@code @Sla} attribute, e.g. {@code p99Millis}
 * @param figure what was measured, e.g. {@code p99 latency}
 * @param measured the measured value, formatted with its unit
 * @param limit the threshold, formatted with its unit
 */
public record SlaViolation(String attribute, String figure, String measured, String limit) {

    /** One line: {@code p99 latency 612.34 ms exceeds @Sla(p99Millis = 500)}. */
    public String describe() {
        return figure + " " + measured + " " + (attribute.startsWith("min") ? "is below" : "exceeds")
                + " @Sla(" + attribute + " = " + limit + ")";
    }
}
