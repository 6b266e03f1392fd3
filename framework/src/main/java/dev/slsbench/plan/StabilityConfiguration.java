package dev.slsbench.plan;

/**
 * A stability configuration: sequential calls against an endpoint with {@code memoryMb} and
 * MaxConcurrency 1, as in the toolkit's stability benchmark, optionally with ProvisionedConcurrency.
 * SageMaker wants ProvisionedConcurrency at most MaxConcurrency, so with ProvisionedConcurrency
 * {@code n > 1} the endpoint's MaxConcurrency is {@code n}; sequential calls use one container
 * either way.
 *
 * @param memoryMb the endpoint's memory size
 * @param provisionedConcurrency the endpoint's ProvisionedConcurrency, 0 for none
 */
public record StabilityConfiguration(int memoryMb, int provisionedConcurrency) implements BenchmarkConfiguration {

    /** A stability configuration without ProvisionedConcurrency. */
    public StabilityConfiguration(int memoryMb) {
        this(memoryMb, 0);
    }

    /** {@code s2048}, or {@code s2048-p1} with ProvisionedConcurrency 1. */
    @Override
    public String id() {
        return "s" + memoryMb + ProvisionedConcurrencySuffix.of(provisionedConcurrency);
    }

    @Override
    public Phase phase() {
        return Phase.STABILITY;
    }

    @Override
    public EndpointShape endpointShape() {
        return new EndpointShape(memoryMb, Math.max(1, provisionedConcurrency));
    }
}
