package dev.slsbench.junit;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link ServerlessBenchmark} class as an imperative check of its results,
 * typically written with {@link SlsbenchAssertions}. The method is static or an instance method
 * (on the instance that supplied the payloads), returns nothing useful, and takes exactly one
 * parameter whose type decides what it checks and where its verdict shows:
 * <ul>
 *   <li>{@link dev.slsbench.result.ConfigurationResult}: called for every configuration of the
 *   selected {@link #phase()}; a failure fails that configuration's test, next to the SLAs;</li>
 *   <li>{@link PhaseResult}: called once per selected phase; it is its own test, named after the
 *   method, inside the phase;</li>
 *   <li>{@link dev.slsbench.result.BenchmarkResult}: called once with the whole run; it is its
 *   own test, named after the method, after {@code cost & recommendation}.</li>
 * </ul>
 *
 * <pre>{@code
 * @Verify
 * void fastEnough(ConfigurationResult result) {
 *     assertThat(result).latency().percentile(99).isLessThan(ms(250));
 * }
 *
 * @Verify
 * static void recommendsTwoGigabytes(BenchmarkResult result) {
 *     assertThat(result).recommendsMemory(2048);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@API(status = API.Status.STABLE, since = "0.1")
public @interface Verify {

    /** The phase whose configurations (or phase result) the method checks; ignored for a whole-run check. */
    BenchmarkPhase phase() default BenchmarkPhase.ALL;
}
