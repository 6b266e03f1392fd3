package dev.slsbench.emulator.controlplane;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.controlplane.EndpointConfigResource.VariantConfig;
import dev.slsbench.emulator.controlplane.EndpointResource.DeployedVariant;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The endpoints by case-insensitive name, and every change of course of one: each method is one
 * atomic step under this table's own monitor, the only lock that guards an {@link EndpointResource}.
 * The account quotas are checked in the same step that adds or changes an endpoint, so concurrent
 * calls cannot together pass them.
 */
final class EndpointTable {

    private static final Logger LOG = Logger.getLogger(EndpointTable.class.getName());

    private final Map<String, EndpointResource> byKey = new HashMap<>();
    private final AccountQuotas quotas;
    private final Supplier<Instant> clock;

    EndpointTable(AccountQuotas quotas, Supplier<Instant> clock) {
        this.quotas = quotas;
        this.clock = clock;
    }

    /**
     * A change of course under way: deploy or delete {@code endpoint} at {@code generation}; a task
     * that finds the endpoint at another generation has been overtaken and drops its result.
     */
    record Transition(EndpointResource endpoint, long generation) {
    }

    /** A consistent copy of an endpoint's listed members, for ListEndpoints to filter and sort without the lock. */
    record Listed(String name, Instant creationTime, Instant lastModifiedTime, String status, ObjectNode summary) {
    }

    /** CreateEndpoint: adds the endpoint as Creating, unless the name is taken or the quotas are full. */
    synchronized Transition create(String name, EndpointConfigResource config) {
        String arn = Arns.endpoint(name);
        if (byKey.containsKey(Arns.key(name))) {
            throw ControlPlaneException.validation("Cannot create already existing endpoint \"" + arn + "\".");
        }
        quotas.check(live(), null, config.variants());
        EndpointResource endpoint = new EndpointResource(name, arn, clock.get(), config.name());
        endpoint.generation = 1;
        endpoint.pendingVariants = config.variants();
        byKey.put(Arns.key(name), endpoint);
        logStatus(endpoint, "config " + config.name());
        return new Transition(endpoint, endpoint.generation);
    }

    /** @throws ControlPlaneException when there is no endpoint of that name */
    synchronized void requireExists(String name) {
        require(name);
    }

    synchronized ObjectNode describe(String name) {
        return EndpointDescriptions.describe(require(name));
    }

    /** UpdateEndpoint: an InService endpoint goes Updating to {@code config}, within the quotas. */
    synchronized Transition beginUpdate(String name, EndpointConfigResource config) {
        EndpointResource endpoint = require(name);
        if (endpoint.status != EndpointStatus.InService) {
            throw ControlPlaneException.validation(endpoint.status == EndpointStatus.Failed
                    ? "Cannot update failed endpoint \"" + endpoint.arn + "\"."
                    : "Cannot update in-progress endpoint \"" + endpoint.arn + "\".");
        }
        quotas.check(live(), endpoint, config.variants());
        endpoint.status = EndpointStatus.Updating;
        endpoint.failureReason = null;
        endpoint.generation++;
        endpoint.pendingConfigName = config.name();
        endpoint.pendingVariants = config.variants();
        endpoint.pendingSince = clock.get();
        endpoint.lastModifiedTime = endpoint.pendingSince;
        logStatus(endpoint, "to config " + config.name());
        return new Transition(endpoint, endpoint.generation);
    }

    /** DeleteEndpoint: the endpoint goes Deleting; null when it already is. */
    synchronized Transition beginDelete(String name) {
        EndpointResource endpoint = require(name);
        if (endpoint.status == EndpointStatus.Deleting) {
            return null;
        }
        endpoint.status = EndpointStatus.Deleting;
        endpoint.generation++;
        endpoint.lastModifiedTime = clock.get();
        logStatus(endpoint, "");
        return new Transition(endpoint, endpoint.generation);
    }

    /**
     * A deployment succeeded: unless overtaken, {@code activate} routes traffic to it and the endpoint
     * goes InService on {@code configName}, in one step.
     *
     * @return false when the endpoint moved on and the deployment is to be discarded
     */
    synchronized boolean completeDeployment(Transition transition, String configName, List<DeployedVariant> deployed,
            Runnable activate) {
        EndpointResource endpoint = transition.endpoint();
        if (endpoint.generation != transition.generation()) {
            return false;
        }
        activate.run();
        endpoint.status = EndpointStatus.InService;
        endpoint.failureReason = null;
        endpoint.configName = configName;
        endpoint.variants = deployed;
        endpoint.pendingConfigName = null;
        endpoint.pendingVariants = List.of();
        endpoint.lastModifiedTime = clock.get();
        logStatus(endpoint, "config " + configName);
        return true;
    }

    /** A deployment failed: a creation ends Failed, an update rolls back to InService; both keep the reason. */
    synchronized void failDeployment(Transition transition, String reason) {
        EndpointResource endpoint = transition.endpoint();
        if (endpoint.generation != transition.generation()) {
            return;
        }
        boolean update = endpoint.status == EndpointStatus.Updating;
        endpoint.status = update ? EndpointStatus.InService : EndpointStatus.Failed;
        endpoint.failureReason = reason;
        endpoint.pendingConfigName = null;
        endpoint.pendingVariants = List.of();
        endpoint.lastModifiedTime = clock.get();
        logStatus(endpoint, (update ? "update rolled back: " : "") + reason);
    }

    /** The containers of a deleted endpoint are gone: forget it, unless it was created again meanwhile. */
    synchronized boolean removeDeleted(Transition transition) {
        EndpointResource endpoint = transition.endpoint();
        if (endpoint.generation != transition.generation() || byKey.get(Arns.key(endpoint.name)) != endpoint) {
            return false;
        }
        byKey.remove(Arns.key(endpoint.name));
        LOG.info(() -> "endpoint " + endpoint.name + ": deleted");
        return true;
    }

    synchronized List<Listed> list() {
        return byKey.values().stream().map(endpoint -> new Listed(endpoint.name, endpoint.creationTime,
                endpoint.lastModifiedTime, endpoint.status.name(), EndpointDescriptions.summary(endpoint))).toList();
    }

    synchronized boolean hasArn(String arn) {
        return byKey.values().stream().anyMatch(endpoint -> endpoint.arn.equals(arn));
    }

    private List<EndpointResource> live() {
        return byKey.values().stream().filter(endpoint -> endpoint.status != EndpointStatus.Deleting).toList();
    }

    private EndpointResource require(String name) {
        EndpointResource endpoint = byKey.get(Arns.key(name));
        if (endpoint == null) {
            throw ControlPlaneException.validation("Could not find endpoint \"" + Arns.endpoint(name) + "\".");
        }
        return endpoint;
    }

    private static void logStatus(EndpointResource endpoint, String detail) {
        LOG.info(() -> "endpoint " + endpoint.name + ": " + endpoint.status + (detail.isEmpty() ? "" : " (" + detail + ")"));
    }

    /** What an endpoint holds against the concurrency quota: the larger of its deployed and its pending variants. */
    static int allocatedConcurrency(EndpointResource endpoint) {
        List<VariantConfig> variants = endpoint.status == EndpointStatus.Creating ? endpoint.pendingVariants
                : endpoint.variants.stream().map(DeployedVariant::config).toList();
        int current = variants.stream().mapToInt(VariantConfig::maxConcurrency).sum();
        int pending = endpoint.status == EndpointStatus.Updating
                ? endpoint.pendingVariants.stream().mapToInt(VariantConfig::maxConcurrency).sum() : 0;
        return Math.max(current, pending);
    }
}
