package dev.slsbench.stats;

import java.util.OptionalDouble;

/**
 * One step of a traffic shape, as reported: the load offered and what the endpoint answered to
 * the calls that started during the step.
 *
 * @param index the step, 0-based
 * @param offeredLoad the load offered, in the shape's unit (users for stairs, calls/s for ramps)
 * @param spanSeconds how long the step ran
 * @param outcomes how its calls ended
 * @param p50Millis median latency of its successful calls (warm ones, unless cold starts are included)
 * @param p90Millis p90 latency
 * @param p99Millis p99 latency
 * @param coldCalls its calls judged cold, left out of the percentiles unless cold starts are included
 */
public record LoadStep(int index, double offeredLoad, double spanSeconds, OutcomeCounts outcomes,
                       OptionalDouble p50Millis, OptionalDouble p90Millis, OptionalDouble p99Millis, long coldCalls) {

    /** Successful calls per second of the step. */
    public double throughputPerSecond() {
        return spanSeconds <= 0 ? 0 : outcomes.ok() / spanSeconds;
    }

    /** Calls issued per second of the step, whatever their outcome. */
    public double issuedPerSecond() {
        return spanSeconds <= 0 ? 0 : outcomes.issued() / spanSeconds;
    }
}
