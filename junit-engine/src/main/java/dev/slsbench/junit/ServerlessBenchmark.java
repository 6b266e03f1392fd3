package dev.slsbench.junit;

import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.PayloadOrder;
import dev.slsbench.plan.RecommendationStrategy;
import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a serverless benchmark that the {@code slsbench} test engine runs: one
 * endpoint per stability memory size, then one per MaxConcurrency at the recommended (or
 * {@linkplain #concurrencyMemory() pinned}) memory size, driven with the class's
 * {@link Payload @Payload} methods and {@link PayloadFile @PayloadFile}s and judged by its
 * {@link Sla @Sla}s and {@link Verify @Verify} methods. Defaults are the Python toolkit's.
 *
 * <pre>{@code
 * @ServerlessBenchmark(model = "churn", image = "my/churn-model",
 *     memory = {1024, 2048}, maxConcurrency = {2, 4}, clientMultiplier = {1, 2},
 *     stabilityInvocations = 100, concurrencyInvocations = 100)
 * @Sla(p99Millis = 500, maxThrottleRate = 0.05, maxErrorRate = 0.0)
 * class ChurnBenchmark {
 *     @Payload(contentType = "text/csv") String row() { return "1,2,3,4,5"; }
 * }
 * }</pre>
 *
 * <p>It also works as a meta-annotation, so a team can fix its settings once:
 * <pre>{@code
 * @Retention(RUNTIME) @Target(TYPE)
 * @ServerlessBenchmark(model = "checkout", image = "acme/checkout", memory = {2048, 3072})
 * @interface CheckoutModelBenchmark {}
 * }</pre>
 *
 * <p>Every value is checked before anything is created; a bad one (a memory size of 1000, say)
 * makes the class fail with a message naming it, and the other classes still run.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@API(status = API.Status.STABLE, since = "0.1")
public @interface ServerlessBenchmark {

    /** The SageMaker model every endpoint serves. */
    String model();

    /**
     * The container image that serves {@link #model()}; when set, the model is created from it
     * if it does not exist yet (always on the local emulator, where the image is a built-in such
     * as {@code slsbench/echo} or one mapped with {@code slsbench.emulator.image.<IMAGE>=<COMMAND>};
     * on AWS with the execution role {@code slsbench.role-arn}). Empty: the model must exist.
     */
    String image() default "";

    /**
     * Environment variables of the model's container as {@code KEY=value} pairs, used when the
     * model is created from {@link #image()}, e.g. {@code "SLSBENCH_DELAY_MS=20"}.
     */
    String[] environment() default {};

    /** Memory sizes of the stability phase, in MB; default every size SageMaker offers. */
    int[] memory() default {1024, 2048, 3072, 4096, 5120, 6144};

    /** Sequential calls per memory size in the stability phase. */
    int stabilityInvocations() default BenchmarkPlan.DEFAULT_STABILITY_INVOCATIONS;

    /** Failed calls after which a stability configuration is abandoned. */
    int errorThreshold() default BenchmarkPlan.DEFAULT_ERROR_THRESHOLD;

    /** Whether the concurrency phase runs at all. */
    boolean includeConcurrency() default true;

    /** MaxConcurrency values of the concurrency phase. */
    int[] maxConcurrency() default {2, 4, 8};

    /** Client multipliers: each MaxConcurrency is driven by {@code ceil(maxConcurrency × multiplier)} clients. */
    double[] clientMultiplier() default {1, 1.5, 1.75, 2};

    /** Calls per concurrency configuration. */
    int concurrencyInvocations() default BenchmarkPlan.DEFAULT_CONCURRENCY_INVOCATIONS;

    /** Milliseconds waited after deployment before the first call, so that it is cold. */
    long coldStartDelayMillis() default 0;

    /**
     * Forced cold starts measured per memory size, each on a fresh endpoint, before the stability
     * phase; 0 (the default) runs no cold-start phase.
     */
    int coldStarts() default 0;

    /**
     * ProvisionedConcurrency values; 0 for none. With several, e.g. {@code {0, 1, 2}}, the
     * cold-start, stability and concurrency phases run their configurations at each; open-loop
     * phases and traffic shapes run at the first. SageMaker refuses ProvisionedConcurrency above
     * MaxConcurrency, so a value above a MaxConcurrency it would meet is a class problem.
     */
    int[] provisionedConcurrency() default 0;

    /**
     * Calls made before each stability and concurrency configuration's measured calls: kept in the
     * raw CSV, marked {@code warmup}, and counted in no statistic or SLA.
     */
    int warmupInvocations() default 0;

    /**
     * Whether latency statistics, the recommendation and latency SLAs include the calls judged
     * cold; by default they describe warm calls and cold calls get their own summary.
     */
    boolean includeColdStartsInLatency() default false;

    /**
     * Your traffic in calls per month: the report's cost section shows each configuration's month at it,
     * provisioned concurrency included; 0 for none.
     */
    long monthlyInvocations() default 0;

    /** Pins the concurrency phase's memory size in MB; 0 uses the recommended size. */
    int concurrencyMemory() default 0;

    /** How the recommended memory size is chosen. */
    RecommendationStrategy strategy() default RecommendationStrategy.TOOLKIT;

    /**
     * Which example each call sends: round-robin (each as often as its {@link Payload#weight()}),
     * random (in proportion to the weights, seeded) or once (each example exactly once per
     * configuration, in place of the invocation counts), as {@code --payload-order} chooses.
     */
    PayloadOrder payloadOrder() default PayloadOrder.ROUND_ROBIN;

    /**
     * The seed of {@code payloadOrder = RANDOM}, to repeat a run's picks: at most one value; none
     * draws a seed, which {@code results.json} records.
     */
    long[] payloadSeed() default {};

    /**
     * Stop a configuration when the p99 of its calls that ended in the last 5 s goes above this many
     * ms; stairs and ramps read their knee under it too. NaN (the default): never.
     */
    double stopP99Millis() default Double.NaN;

    /**
     * Stop a configuration when the fraction of failed calls (throttles not counted) among those that
     * ended in the last 5 s goes above this. NaN (the default): never.
     */
    double stopErrorRate() default Double.NaN;

    /** Stop a configuration (of any phase) that has run this long, e.g. {@code "2m"}; empty: no limit. */
    String maxDuration() default "";
}
