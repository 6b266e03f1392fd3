package dev.slsbench.result;

import dev.slsbench.stats.LoadStep;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a stairs or ramp configuration measured per step, and its knee.
 *
 * @param loadUnit the unit of each step's offered load: {@code users} or {@code calls/s}
 * @param steps the steps that ran, in order
 * @param knee the highest load held, empty when the first step did not hold (or is yet to be judged)
 */
public record TrafficResult(String loadUnit, List<LoadStep> steps, Optional<Knee> knee) {

    public TrafficResult {
        Objects.requireNonNull(loadUnit, "loadUnit");
        steps = steps == null ? List.of() : List.copyOf(steps);
        knee = knee == null ? Optional.empty() : knee;
    }

    /** This result with {@code newKnee}. */
    public TrafficResult withKnee(Optional<Knee> newKnee) {
        return new TrafficResult(loadUnit, steps, newKnee);
    }

    /** The knee's sentence, or why there is none. */
    public String kneeSentence() {
        return knee.map(Knee::sentence).orElse(steps.isEmpty() ? "no step ran"
                : "this endpoint did not hold even the first step's load without throttles, errors or a p99 over the limit");
    }
}
