package dev.slsbench.load;

import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.RampPhase;
import dev.slsbench.plan.StairsPhase;
import dev.slsbench.plan.StopConditions;
import dev.slsbench.plan.TrafficConfiguration;
import dev.slsbench.record.InvocationSink;
import dev.slsbench.record.RecordedConfiguration;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The traffic phase: each {@link TrafficConfiguration} in turn, a stairs phase as a growing closed
 * loop ({@link StairsRunner}), a ramp on the open-loop runner's schedule ({@link OpenLoopRunner}),
 * each recorded per step and stopped early by the plan's {@link StopConditions}. Each shape warms
 * its fresh endpoint up at its first step's load before the measured steps, so that the first step
 * measures running containers rather than containers starting.
 */
public final class TrafficRunner {

    private final StairsRunner stairs;
    private final OpenLoopRunner ramps;

    /**
     * @param runtime the runtime client (retries off), pooled for the most users or calls in flight
     * @param payloads the examples calls draw from
     * @param settings delays, think time (stairs only), example order and warm-up calls (stairs only)
     * @param seed the ramps' schedule seed
     * @param stopConditions when a configuration stops early
     * @param listener told about progress
     * @param warnings told when a ramp's client fell behind its schedule
     */
    public TrafficRunner(SageMakerRuntimeClient runtime, Payloads payloads, ClosedLoopSettings settings, long seed,
                         StopConditions stopConditions, LoadListener listener, Consumer<String> warnings) {
        this(runtime, payloads, settings, seed, stopConditions, Duration.ZERO, listener, warnings);
    }

    /**
     * @param runtime the runtime client (retries off), pooled for the most users or calls in flight
     * @param payloads the examples calls draw from
     * @param settings delays, think time (stairs only), example order and warm-up calls (stairs only)
     * @param seed the ramps' schedule seed
     * @param stopConditions when a configuration stops early
     * @param metricsResolution CloudWatch's period for the endpoints' metrics: each shape's measured steps
     *        start in the next one after its warm-up, so its metrics count none of the warm-up; zero not to wait
     * @param listener told about progress
     * @param warnings told when a ramp's client fell behind its schedule
     */
    public TrafficRunner(SageMakerRuntimeClient runtime, Payloads payloads, ClosedLoopSettings settings, long seed,
                         StopConditions stopConditions, Duration metricsResolution, LoadListener listener,
                         Consumer<String> warnings) {
        this.stairs = new StairsRunner(runtime, payloads, settings, stopConditions, metricsResolution, listener);
        this.ramps = new OpenLoopRunner(runtime, payloads, settings.exampleOrder(), settings.coldStartDelay(), seed,
                stopConditions, listener, warnings, metricsResolution);
    }

    /**
     * Runs the targets one after another.
     *
     * @throws InterruptedException when the calling thread is interrupted
     */
    public List<RecordedConfiguration> run(List<LoadTarget> targets, InvocationSink sink) throws InterruptedException {
        List<RecordedConfiguration> results = new ArrayList<>();
        for (LoadTarget target : targets) {
            if (!(target.configuration() instanceof TrafficConfiguration configuration)) {
                throw new IllegalArgumentException("configuration " + target.configuration().id()
                        + " is not a traffic configuration");
            }
            results.add(switch (configuration.shape()) {
                case StairsPhase s -> stairs.run(target, configuration, s, sink);
                case RampPhase r -> ramps.run(List.of(target), sink).getFirst();
            });
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
        }
        return results.stream().filter(Objects::nonNull).toList();
    }
}
