package dev.slsbench.plan;

import java.util.Objects;

/**
 * The configuration of the {@code index}-th traffic shape of a plan: its stairs phases first, then
 * its ramps ({@link BenchmarkPlan#trafficConfigurations()}).
 *
 * @param index the shape's position among the plan's traffic shapes
 * @param shape the stairs or ramp and its endpoint settings
 * @param provisionedConcurrency the endpoint's ProvisionedConcurrency: the plan's first value, 0 for none
 */
public record TrafficConfiguration(int index, TrafficShape shape, int provisionedConcurrency)
        implements BenchmarkConfiguration {

    public TrafficConfiguration {
        Objects.requireNonNull(shape, "shape");
    }

    /** A traffic configuration without ProvisionedConcurrency. */
    public TrafficConfiguration(int index, TrafficShape shape) {
        this(index, shape, 0);
    }

    /** {@code st0-2048-8} or {@code rp1-2048-8}, with {@code -p1} for ProvisionedConcurrency 1. */
    @Override
    public String id() {
        String kind = shape instanceof StairsPhase ? "st" : "rp";
        return kind + index + "-" + shape.memoryMb() + "-" + shape.maxConcurrency()
                + ProvisionedConcurrencySuffix.of(provisionedConcurrency);
    }

    @Override
    public Phase phase() {
        return Phase.TRAFFIC;
    }

    /** A ramp's latencies count from each arrival's intended start, as the open loop's do; stairs are closed loops. */
    @Override
    public LatencyMeasurement latencyMeasurement() {
        return shape instanceof RampPhase ? LatencyMeasurement.INTENDED_START : LatencyMeasurement.CALL_START;
    }

    @Override
    public EndpointShape endpointShape() {
        return new EndpointShape(shape.memoryMb(), shape.maxConcurrency());
    }
}
