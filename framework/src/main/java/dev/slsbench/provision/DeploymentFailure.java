package dev.slsbench.provision;

import java.util.Objects;

/**
 * An endpoint that did not reach InService; whatever was created for it has been deleted.
 *
 * @param request what was asked for
 * @param endpointName the name it was (to be) created under
 * @param reason SageMaker's FailureReason when it gave one, else the error seen
 */
public record DeploymentFailure(EndpointRequest request, String endpointName, String reason) {

    public DeploymentFailure {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(endpointName, "endpointName");
        Objects.requireNonNull(reason, "reason");
    }

    /** The request's key. */
    public String key() {
        return request.key();
    }
}
