package dev.slsbench;

import dev.slsbench.plan.TrafficConfiguration;
import dev.slsbench.record.InvocationRecord;
import dev.slsbench.record.RecordedConfiguration;
import dev.slsbench.record.RecordedStep;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.Knee;
import dev.slsbench.result.TrafficResult;
import dev.slsbench.stats.LatencyHistograms;
import dev.slsbench.stats.LoadStep;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a traffic shape's recorded steps into {@link LoadStep}s (their percentiles of warm calls,
 * like every other latency figure, unless cold starts are included) and finds each
 * configuration's {@link Knee}: the last step of the run of steps, from the first, that each had
 * no throttle, no error and a p99 under the limit (a step without calls, as a ramp's first may be,
 * neither holds nor breaks the run). "Held up to here" rather than "the best step":
 * a load the endpoint held only after failing a lower one is not a load it holds.
 */
final class TrafficAnalysis {

    private TrafficAnalysis() {
    }

    /**
     * The steps of {@code recorded}, empty for configurations that are not traffic shapes.
     *
     * @param coldCalls the calls judged cold, taken out of each step's percentiles unless {@code includeColdStarts}
     */
    static Optional<TrafficResult> steps(RecordedConfiguration recorded, List<InvocationRecord> coldCalls,
                                         boolean includeColdStarts) {
        if (!(recorded.configuration() instanceof TrafficConfiguration traffic) || recorded.steps().isEmpty()) {
            return Optional.empty();
        }
        List<LoadStep> steps = new ArrayList<>();
        for (RecordedStep step : recorded.steps()) {
            Histogram all = step.successLatencies();
            Histogram warm = all.copy();
            long cold = 0;
            for (InvocationRecord call : coldCalls) {
                if (stepOf(call, recorded.steps()) == step.index()) {
                    cold++;
                    Histogram one = LatencyHistograms.newHistogram();
                    one.recordValue(call.latencyNanos());
                    warm.subtract(one);
                }
            }
            // as for a whole configuration: a step whose successful calls were all cold is described by them
            Histogram latencies = includeColdStarts || warm.getTotalCount() == 0 ? all : warm;
            steps.add(new LoadStep(step.index(), step.offeredLoad(), step.span().toNanos() / 1e9, step.outcomes(),
                    millis(latencies, 50), millis(latencies, 90), millis(latencies, 99), cold));
        }
        return Optional.of(new TrafficResult(traffic.shape().loadUnit(), steps, Optional.empty()));
    }

    /** The step a call counts in, as the step recorder sorted it: the last one that began by its start, else the first. */
    private static int stepOf(InvocationRecord call, List<RecordedStep> steps) {
        int index = steps.getFirst().index();
        for (RecordedStep step : steps) {
            if (call.startEpochNanos() >= step.startEpochNanos()) {
                index = step.index();
            }
        }
        return index;
    }

    /** {@code result} with its knee judged against {@code p99LimitMillis}; results without steps unchanged. */
    static ConfigurationResult withKnee(ConfigurationResult result, OptionalDouble p99LimitMillis) {
        if (result.traffic().isEmpty()) {
            return result;
        }
        TrafficResult traffic = result.traffic().get();
        LoadStep held = null;
        for (LoadStep step : traffic.steps()) {
            if (step.outcomes().issued() == 0) {
                continue;
            }
            boolean holds = step.outcomes().failures() == 0 && step.p99Millis().isPresent()
                    && (p99LimitMillis.isEmpty() || step.p99Millis().getAsDouble() <= p99LimitMillis.getAsDouble());
            if (!holds) {
                break;
            }
            held = step;
        }
        Optional<Knee> knee = Optional.ofNullable(held).map(step -> new Knee(step.index(), step.offeredLoad(),
                traffic.loadUnit(), step.throughputPerSecond(), result.configuration().maxConcurrency(),
                result.configuration().memoryMb(), step.p99Millis().getAsDouble(), p99LimitMillis));
        return result.withStopAndTraffic(result.stop(), Optional.of(traffic.withKnee(knee)));
    }

    private static OptionalDouble millis(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(h.getValueAtPercentile(percentile) / 1e6);
    }
}
