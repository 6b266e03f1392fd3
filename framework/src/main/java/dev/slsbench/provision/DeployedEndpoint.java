package dev.slsbench.provision;

import dev.slsbench.plan.EndpointShape;

import java.time.Duration;
import java.util.Objects;

/**
 * An endpoint that reached InService and can take calls.
 *
 * @param request what was asked for
 * @param endpointName the endpoint's name
 * @param endpointConfigName its endpoint config's name
 * @param variantName its single production variant
 * @param deploymentDuration from CreateEndpointConfig to InService as the client saw it
 */
public record DeployedEndpoint(EndpointRequest request, String endpointName, String endpointConfigName,
                               String variantName, Duration deploymentDuration) {

    public DeployedEndpoint {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(endpointName, "endpointName");
        Objects.requireNonNull(endpointConfigName, "endpointConfigName");
        Objects.requireNonNull(variantName, "variantName");
        Objects.requireNonNull(deploymentDuration, "deploymentDuration");
    }

    /** The request's key. */
    public String key() {
        return request.key();
    }

    /** The endpoint's ServerlessConfig. */
    public EndpointShape shape() {
        return request.shape();
    }
}
