package dev.slsbench.plan;

/**
 * A stability configuration: sequential calls against an endpoint with {@code memoryMb} and
 * MaxConcurrency 1, as in the toolkit's stability benchmark.
 *
 * @param memoryMb the endpoint's memory size
 */
public record StabilityConfiguration(int memoryMb) implements BenchmarkConfiguration {

    @Override
    public String id() {
        return "s" + memoryMb;
    }

    @Override
    public Phase phase() {
        return Phase.STABILITY;
    }

    @Override
    public EndpointShape endpointShape() {
        return new EndpointShape(memoryMb, 1);
    }
}
