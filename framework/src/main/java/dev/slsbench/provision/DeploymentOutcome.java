package dev.slsbench.provision;

import java.util.List;
import java.util.Optional;

/**
 * What a batch of deployments gave: the endpoints that are InService, the ones that failed, and
 * the ones deferred to a later batch because the account had no room for them next to the rest
 * of the batch (SageMaker answered ResourceLimitExceeded), each list in request order.
 *
 * @param ready endpoints InService
 * @param failed endpoints that did not deploy (and were deleted)
 * @param deferred requests not deployed yet (nothing of them is left), to deploy once there is room
 */
public record DeploymentOutcome(List<DeployedEndpoint> ready, List<DeploymentFailure> failed,
                                List<EndpointRequest> deferred) {

    public DeploymentOutcome {
        ready = List.copyOf(ready);
        failed = List.copyOf(failed);
        deferred = List.copyOf(deferred);
    }

    /** An outcome with nothing deferred. */
    public DeploymentOutcome(List<DeployedEndpoint> ready, List<DeploymentFailure> failed) {
        this(ready, failed, List.of());
    }

    /** The ready endpoint with that key. */
    public Optional<DeployedEndpoint> endpoint(String key) {
        return ready.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
