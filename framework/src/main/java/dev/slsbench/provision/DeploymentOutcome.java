package dev.slsbench.provision;

import java.util.List;
import java.util.Optional;

/**
 * What a batch of deployments gave: the endpoints that are InService and the ones that failed,
 * each list in request order.
 *
 * @param ready endpoints InService
 * @param failed endpoints that did not deploy (and were deleted)
 */
public record DeploymentOutcome(List<DeployedEndpoint> ready, List<DeploymentFailure> failed) {

    public DeploymentOutcome {
        ready = List.copyOf(ready);
        failed = List.copyOf(failed);
    }

    /** The ready endpoint with that key. */
    public Optional<DeployedEndpoint> endpoint(String key) {
        return ready.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
