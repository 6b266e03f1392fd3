package dev.slsbench.plan;

/**
 * A concurrency configuration: {@code clients} concurrent closed-loop clients against an
 * endpoint with {@code memoryMb}, {@code maxConcurrency} and {@code provisionedConcurrency}, as in
 * the toolkit's concurrency benchmark ({@code clients = ceil(maxConcurrency × multiplier)}).
 *
 * @param memoryMb the endpoint's memory size
 * @param maxConcurrency the endpoint's MaxConcurrency
 * @param clients the number of concurrent clients (threads) issuing calls
 * @param provisionedConcurrency the endpoint's ProvisionedConcurrency, 0 for none, at most MaxConcurrency
 */
public record ConcurrencyConfiguration(int memoryMb, int maxConcurrency, int clients, int provisionedConcurrency)
        implements BenchmarkConfiguration {

    /** A concurrency configuration without ProvisionedConcurrency. */
    public ConcurrencyConfiguration(int memoryMb, int maxConcurrency, int clients) {
        this(memoryMb, maxConcurrency, clients, 0);
    }

    /** {@code c2048-4-8}, or {@code c2048-4-8-p1} with ProvisionedConcurrency 1. */
    @Override
    public String id() {
        return "c" + memoryMb + "-" + maxConcurrency + "-" + clients + ProvisionedConcurrencySuffix.of(provisionedConcurrency);
    }

    @Override
    public Phase phase() {
        return Phase.CONCURRENCY;
    }

    @Override
    public EndpointShape endpointShape() {
        return new EndpointShape(memoryMb, maxConcurrency);
    }
}
