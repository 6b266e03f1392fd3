package dev.slsbench.load;

import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.StopConditions;

import java.time.Duration;
import java.util.Objects;

/**
 * How a closed-loop phase calls its endpoints.
 *
 * @param invocations calls per configuration, &ge; 1
 * @param errorThreshold failed calls (throttles not counted) at which a configuration is
 *        abandoned; 0 never abandons
 * @param coldStartDelay waited once per endpoint before its first call, so that call finds no
 *        warm container (the toolkit's {@code cold_start_delay})
 * @param thinkTime waited before every call, not counted in latency
 * @param exampleOrder which example each call sends
 * @param thresholdCountsThrottles whether throttles count toward {@code errorThreshold} too, as
 *        the Python toolkit counts them
 * @param warmupInvocations calls made one after another before each configuration's measured calls,
 *        streamed to the sink as warm-up and counted nowhere else, &ge; 0
 * @param stopConditions when a configuration stops before its planned calls
 */
public record ClosedLoopSettings(int invocations, int errorThreshold, Duration coldStartDelay, Duration thinkTime,
                                 ExampleOrder exampleOrder, boolean thresholdCountsThrottles,
                                 int warmupInvocations, StopConditions stopConditions) {

    public ClosedLoopSettings {
        Objects.requireNonNull(exampleOrder, "exampleOrder");
        Objects.requireNonNull(stopConditions, "stopConditions");
        Objects.requireNonNull(coldStartDelay, "coldStartDelay");
        Objects.requireNonNull(thinkTime, "thinkTime");
        if (invocations < 1) {
            throw new IllegalArgumentException("invocations: " + invocations + " is not at least 1");
        }
        if (warmupInvocations < 0) {
            throw new IllegalArgumentException("warmupInvocations: " + warmupInvocations + " is negative");
        }
        if (errorThreshold < 0) {
            throw new IllegalArgumentException("errorThreshold: " + errorThreshold + " is negative");
        }
        if (coldStartDelay.isNegative() || thinkTime.isNegative()) {
            throw new IllegalArgumentException("coldStartDelay/thinkTime: " + coldStartDelay + "/" + thinkTime
                    + " is negative");
        }
    }

    /** Settings without stopping conditions. */
    public ClosedLoopSettings(int invocations, int errorThreshold, Duration coldStartDelay, Duration thinkTime,
                              ExampleOrder exampleOrder, boolean thresholdCountsThrottles, int warmupInvocations) {
        this(invocations, errorThreshold, coldStartDelay, thinkTime, exampleOrder, thresholdCountsThrottles,
                warmupInvocations, StopConditions.NONE);
    }

    /** Settings sending examples round-robin. */
    public ClosedLoopSettings(int invocations, int errorThreshold, Duration coldStartDelay, Duration thinkTime) {
        this(invocations, errorThreshold, coldStartDelay, thinkTime, ExampleOrder.ROUND_ROBIN, false);
    }

    /** Settings without warm-up calls. */
    public ClosedLoopSettings(int invocations, int errorThreshold, Duration coldStartDelay, Duration thinkTime,
                              ExampleOrder exampleOrder, boolean thresholdCountsThrottles) {
        this(invocations, errorThreshold, coldStartDelay, thinkTime, exampleOrder, thresholdCountsThrottles, 0);
    }

    /**
     * These settings for {@code examples} payload examples: under {@link dev.slsbench.plan.PayloadOrder#ONCE}
     * one call per example replaces the planned invocations, else they stay as they are.
     */
    public ClosedLoopSettings forExamples(int examples) {
        return new ClosedLoopSettings((int) exampleOrder.calls(invocations, examples), errorThreshold, coldStartDelay,
                thinkTime, exampleOrder, thresholdCountsThrottles, warmupInvocations, stopConditions);
    }

    /** The stability phase of {@code plan}: its invocations, error threshold, delays. */
    public static ClosedLoopSettings stability(BenchmarkPlan plan) {
        return new ClosedLoopSettings(plan.stabilityInvocations(), plan.errorThreshold(), plan.coldStartDelay(),
                plan.thinkTime(), ExampleOrder.of(plan), plan.errorThresholdCountsThrottles(), plan.warmupInvocations(),
                plan.stopConditions());
    }

    /**
     * The stairs phases of {@code plan}: delays, think time, example order and warm-up calls; the
     * invocation count is not used (stairs run for their steps' time) and there is no error
     * threshold (the stopping conditions apply instead).
     */
    public static ClosedLoopSettings traffic(BenchmarkPlan plan) {
        return new ClosedLoopSettings(1, 0, plan.coldStartDelay(), plan.thinkTime(), ExampleOrder.of(plan), false,
                plan.warmupInvocations(), plan.stopConditions());
    }

    /**
     * The concurrency phase of {@code plan}: its invocations and delays, no error threshold (the
     * toolkit applies its threshold to the stability phase only).
     */
    public static ClosedLoopSettings concurrency(BenchmarkPlan plan) {
        return new ClosedLoopSettings(plan.concurrencyInvocations(), 0, plan.coldStartDelay(), plan.thinkTime(),
                ExampleOrder.of(plan), false, plan.warmupInvocations(), plan.stopConditions());
    }
}
