package dev.slsbench.plan;

/**
 * A concurrency configuration: {@code clients} concurrent closed-loop clients against an
 * endpoint with {@code memoryMb} and {@code maxConcurrency}, as in the toolkit's concurrency
 * benchmark ({@code clients = ceil(maxConcurrency × multiplier)}).
 *
 * @param memoryMb the endpoint's memory size
 * @param maxConcurrency the endpoint's MaxConcurrency
 * @param clients the number of concurrent clients (threads) issuing calls
 */
public record ConcurrencyConfiguration(int memoryMb, int maxConcurrency, int clients)
        implements BenchmarkConfiguration {

    @Override
    public String id() {
        return "c" + memoryMb + "-" + maxConcurrency + "-" + clients;
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
