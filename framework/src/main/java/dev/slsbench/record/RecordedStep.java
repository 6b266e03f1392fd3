package dev.slsbench.record;

import dev.slsbench.stats.OutcomeCounts;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Objects;

/**
 * What one step of a traffic shape saw: the calls that started during it.
 *
 * @param index the step, 0-based
 * @param offeredLoad the load offered during the step, in the shape's unit
 * @param startEpochNanos when the step began, nanoseconds since the epoch
 * @param span how long the step ran (shorter than planned when the configuration stopped in it)
 * @param successLatencies latencies of the step's successful calls, nanoseconds
 * @param outcomes how the step's calls ended
 */
public record RecordedStep(int index, double offeredLoad, long startEpochNanos, Duration span, Histogram successLatencies,
                           OutcomeCounts outcomes) {

    public RecordedStep {
        Objects.requireNonNull(span, "span");
        successLatencies = successLatencies.copy();
        Objects.requireNonNull(outcomes, "outcomes");
    }

    /** A copy of the successful latencies. */
    @Override
    public Histogram successLatencies() {
        return successLatencies.copy();
    }
}
