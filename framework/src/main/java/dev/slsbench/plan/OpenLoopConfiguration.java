package dev.slsbench.plan;

import java.util.Objects;

/**
 * The configuration of the {@code index}-th (0-based) open-loop phase of a plan.
 *
 * @param index the phase's position in {@link BenchmarkPlan#openLoopPhases()}
 * @param openLoopPhase the phase's arrival rate, duration and endpoint settings
 * @param provisionedConcurrency the endpoint's ProvisionedConcurrency: the plan's first value, 0 for none
 */
public record OpenLoopConfiguration(int index, OpenLoopPhase openLoopPhase, int provisionedConcurrency)
        implements BenchmarkConfiguration {

    public OpenLoopConfiguration {
        Objects.requireNonNull(openLoopPhase, "openLoopPhase");
    }

    /** An open-loop configuration without ProvisionedConcurrency. */
    public OpenLoopConfiguration(int index, OpenLoopPhase openLoopPhase) {
        this(index, openLoopPhase, 0);
    }

    /** {@code o0-2048-4}, or {@code o0-2048-4-p1} with ProvisionedConcurrency 1. */
    @Override
    public String id() {
        return "o" + index + "-" + openLoopPhase.memoryMb() + "-" + openLoopPhase.maxConcurrency()
                + ProvisionedConcurrencySuffix.of(provisionedConcurrency);
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
