package dev.slsbench.plan;

import java.time.Duration;
import java.util.Objects;

/**
 * A stairs phase, like SageMaker Inference Recommender's STAIRS traffic: a closed loop that starts
 * with {@code usersPerStep} users and adds as many at each of its {@code steps} steps, each
 * lasting {@code stepDuration}; every user makes its next call as soon as its previous one ends.
 * Values are range-checked by {@link BenchmarkPlan.Builder#build()}.
 *
 * @param usersPerStep users added at each step, &ge; 1
 * @param steps the number of steps, &ge; 1
 * @param stepDuration how long each step lasts, &gt; 0
 * @param memoryMb the endpoint's memory size
 * @param maxConcurrency the endpoint's MaxConcurrency, 1..200
 */
public record StairsPhase(int usersPerStep, int steps, Duration stepDuration, int memoryMb, int maxConcurrency)
        implements TrafficShape {

    /** The most users a stairs phase may reach (each is a client thread). */
    public static final int MAX_USERS = 1000;

    public StairsPhase {
        Objects.requireNonNull(stepDuration, "stepDuration");
    }

    @Override
    public int stepCount() {
        return steps;
    }

    @Override
    public Duration stepLength() {
        return stepDuration;
    }

    /** The users calling during step {@code step}: {@code usersPerStep × (step + 1)}. */
    @Override
    public double offeredLoad(int step) {
        return (double) usersPerStep * (step + 1);
    }

    @Override
    public String loadUnit() {
        return "users";
    }
}
