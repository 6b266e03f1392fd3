package dev.slsbench.junit;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds an open-loop phase to a {@link ServerlessBenchmark}: Poisson arrivals at a fixed rate against
 * one endpoint, latency measured from each call's intended start (like {@code --open-loop}).
 * Repeatable.
 *
 * <pre>{@code
 * @OpenLoop(rate = 20, duration = "30s", memory = 2048, maxConcurrency = 4)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Repeatable(OpenLoops.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface OpenLoop {

    /** The mean arrival rate, calls per second. */
    double rate();

    /** How long arrivals are generated, e.g. {@code "30s"}. */
    String duration();

    /** The endpoint's memory size in MB. */
    int memory();

    /** The endpoint's MaxConcurrency. */
    int maxConcurrency();
}
