package dev.slsbench.load;

import dev.slsbench.plan.BenchmarkConfiguration;

import java.util.Objects;

/**
 * A configuration and the InService endpoint its calls go to.
 *
 * @param configuration the configuration to run
 * @param endpointName the endpoint, deployed with the configuration's shape
 */
public record LoadTarget(BenchmarkConfiguration configuration, String endpointName) {

    public LoadTarget {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(endpointName, "endpointName");
    }
}
