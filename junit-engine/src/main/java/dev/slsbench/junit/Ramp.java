package dev.slsbench.junit;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds a ramping arrival rate to a {@link ServerlessBenchmark}: Poisson arrivals whose rate changes
 * linearly from {@link #fromRate()} to {@link #toRate()} calls per second, against one endpoint,
 * after the other phases, reported in 10 steps with its knee (like {@code --ramp}). Repeatable.
 *
 * <pre>{@code
 * @Ramp(fromRate = 1, toRate = 40, duration = "2m", memory = 2048, maxConcurrency = 8)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Repeatable(Ramps.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface Ramp {

    /** The arrival rate at the start, calls per second. */
    double fromRate();

    /** The arrival rate at the end, calls per second. */
    double toRate();

    /** How long the rate takes to change, e.g. {@code "2m"}. */
    String duration();

    /** The endpoint's memory size in MB. */
    int memory();

    /** The endpoint's MaxConcurrency. */
    int maxConcurrency();
}
