package dev.slsbench.provision;

/**
 * Hears about endpoints as they are created, become ready, fail and are deleted. Methods are
 * called from worker threads, possibly concurrently, and must be quick; all default to doing
 * nothing.
 */
public interface ProvisioningListener {

    /** Creation of the endpoint {@code endpointName} for {@code request} begins. */
    default void deploymentStarted(EndpointRequest request, String endpointName) {
    }

    /** The endpoint is InService. */
    default void endpointReady(DeployedEndpoint endpoint) {
    }

    /** The endpoint did not deploy and was left out; the rest go on. */
    default void deploymentFailed(DeploymentFailure failure) {
    }

    /**
     * Before creating anything, the run deleted the slsbench resources whose lease had ended
     * ({@code deleted} may be empty, or hold only failures).
     */
    default void expiredResourcesDeleted(ExpiredResources deleted) {
    }

    /**
     * The deployment of {@code next} waits for room in the account's serverless quotas, for
     * {@code reason}; told once per wait.
     */
    default void waitingForQuota(EndpointRequest next, String reason) {
    }

    /** Teardown ended: what was deleted and what could not be. */
    default void teardownFinished(TeardownReport report) {
    }
}
