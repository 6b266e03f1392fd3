package dev.slsbench.plan;

import java.util.Objects;

/**
 * The configuration of the {@code index}-th (0-based) open-loop phase of a plan.
 *
 * @param index the phase's position in {@link BenchmarkPlan#openLoopPhases()}
 * @param openLoopPhase the phase's arrival rate, duration and endpoint settings
 */
public record OpenLoopConfiguration(int index, OpenLoopPhase openLoopPhase) implements BenchmarkConfiguration {

    public OpenLoopConfiguration {
        Objects.requireNonNull(openLoopPhase, "openLoopPhase");
    }

    @Override
    public String id() {
        return "o" + index + "-" + openLoopPhase.memoryMb() + "-" + openLoopPhase.maxConcurrency();
    }

    @Override
    public Phase phase() {
        return Phase.OPEN_LOOP;
    }

    @Override
    public EndpointShape endpointShape() {
        return new EndpointShape(openLoopPhase.memoryMb(), openLoopPhase.maxConcurrency());
    }
}
