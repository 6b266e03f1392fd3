package dev.slsbench.record;

import dev.slsbench.plan.TrafficShape;
import dev.slsbench.stats.LatencyHistograms;
import dev.slsbench.stats.OutcomeCounter;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sorts a traffic shape's calls into its steps by their (intended) start, so each step's latency,
 * outcomes and throughput can be read against the load offered then. A call belongs to the step it
 * started in, even when it ends in the next.
 */
public final class StepRecorder implements CallObserver {

    private final TrafficShape shape;
    private final long originEpochNanos;
    private final long stepNanos;
    private final Histogram[] latencies;
    private final OutcomeCounter[] outcomes;

    /**
     * @param shape the shape whose steps are recorded
     * @param originEpochNanos when step 0 began, nanoseconds since the epoch
     */
    public StepRecorder(TrafficShape shape, long originEpochNanos) {
        this.shape = Objects.requireNonNull(shape, "shape");
        this.originEpochNanos = originEpochNanos;
        this.stepNanos = shape.stepLength().toNanos();
        this.latencies = new Histogram[shape.stepCount()];
        this.outcomes = new OutcomeCounter[shape.stepCount()];
        for (int i = 0; i < latencies.length; i++) {
            latencies[i] = LatencyHistograms.newHistogram();
            outcomes[i] = new OutcomeCounter();
        }
    }

    /** The step a call starting at {@code startEpochNanos} belongs to. */
    public int stepOf(long startEpochNanos) {
        long step = Math.floorDiv(startEpochNanos - originEpochNanos, stepNanos);
        return (int) Math.max(0, Math.min(latencies.length - 1, step));
    }

    @Override
    public void observe(InvocationRecord call) {
        int step = stepOf(call.startEpochNanos());
        outcomes[step].record(call.outcome());
        if (call.isSuccess()) {
            synchronized (latencies[step]) {
                latencies[step].recordValue(call.latencyNanos());
            }
        }
    }

    /**
     * The steps that began before {@code ranFor} had passed, the last one's span cut at it.
     *
     * @param ranFor how long the configuration ran
     */
    public List<RecordedStep> steps(Duration ranFor) {
        List<RecordedStep> steps = new ArrayList<>();
        long ran = ranFor.toNanos();
        for (int i = 0; i < latencies.length && (long) i * stepNanos < Math.max(ran, 1); i++) {
            long span = Math.min(stepNanos, ran - (long) i * stepNanos);
            Histogram copy;
            synchronized (latencies[i]) {
                copy = latencies[i].copy();
            }
            steps.add(new RecordedStep(i, shape.offeredLoad(i), originEpochNanos + i * stepNanos, Duration.ofNanos(Math.max(1, span)), copy,
                    outcomes[i].snapshot()));
        }
        return steps;
    }
}
