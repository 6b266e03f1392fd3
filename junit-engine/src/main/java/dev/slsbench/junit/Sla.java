package dev.slsbench.junit;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service-level agreement every matching configuration of a {@link ServerlessBenchmark} must
 * hold; each configuration's test fails with a message listing every violated threshold, the
 * measured value and the configuration. Thresholds left at {@link #UNSET} (any negative value)
 * are not checked. Repeatable: several {@code @Sla}s on a class all apply, each to the
 * configurations its {@link #phase()}, {@link #memory()} and {@link #maxConcurrency()} select.
 *
 * <p>Rates are fractions of the calls a configuration issued: {@link #maxThrottleRate()} counts
 * throttled calls only; {@link #maxErrorRate()} counts every other failure (model error,
 * insufficient memory, client error, timeout), never throttles. Latency percentiles are of the
 * successful calls.
 *
 * <pre>{@code
 * @Sla(p99Millis = 500, maxThrottleRate = 0.05, maxErrorRate = 0.0)
 * @Sla(phase = BenchmarkPhase.STABILITY, memory = 2048, p50Millis = 40, maxCostPerMillionUsd = 5)
 * }</pre>
 */
@Documented
@Repeatable(Slas.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@API(status = API.Status.STABLE, since = "0.1")
public @interface Sla {

    /** The value of a threshold that is not checked; any negative value means the same. */
    double UNSET = -1;

    /** Largest allowed median latency of successful calls, in milliseconds. */
    double p50Millis() default UNSET;

    /** Largest allowed 90th-percentile latency, in milliseconds. */
    double p90Millis() default UNSET;

    /** Largest allowed 99th-percentile latency, in milliseconds. */
    double p99Millis() default UNSET;

    /** Largest allowed fraction of calls throttled (0..1). */
    double maxThrottleRate() default UNSET;

    /** Largest allowed fraction of calls failed for reasons other than throttling (0..1). */
    double maxErrorRate() default UNSET;

    /** Smallest allowed mean transactions (successful calls) per second. */
    double minTps() default UNSET;

    /** Largest allowed cost of one million calls at the configuration's memory size, in USD. */
    double maxCostPerMillionUsd() default UNSET;

    /**
     * Largest allowed cold start, in milliseconds: the median latency of the configuration's calls
     * judged cold. Fails when no cold start was measured.
     */
    double maxColdStartMillis() default UNSET;

    /** Largest allowed fraction of the calls issued that were judged cold (0.05 is 5%). */
    double maxColdStartRate() default UNSET;

    /** The phase whose configurations this SLA applies to. */
    BenchmarkPhase phase() default BenchmarkPhase.ALL;

    /** Restricts this SLA to configurations with these memory sizes (MB); empty: all sizes. */
    int[] memory() default {};

    /**
     * Restricts this SLA to configurations whose endpoint has one of these MaxConcurrency values
     * (stability endpoints have 1); empty: all.
     */
    int[] maxConcurrency() default {};
}
