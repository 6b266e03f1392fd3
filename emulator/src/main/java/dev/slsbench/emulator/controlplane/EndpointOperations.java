package dev.slsbench.emulator.controlplane;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.controlplane.EndpointConfigResource.VariantConfig;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CreateEndpoint, DescribeEndpoint, UpdateEndpoint, DeleteEndpoint and ListEndpoints. The calls
 * return at once; {@link EndpointDeployer} completes the transition. The account's
 * {@link AccountQuotas} apply to CreateEndpoint and UpdateEndpoint (ResourceLimitExceeded).
 */
final class EndpointOperations {

    private final ControlPlaneState state;
    private final EndpointDeployer deployer;
    private final AccountQuotas quotas;

    EndpointOperations(ControlPlaneState state, EndpointDeployer deployer, AccountQuotas quotas) {
        this.state = state;
        this.deployer = deployer;
        this.quotas = quotas;
    }

    ObjectNode createEndpoint(JsonRequest request) {
        Violations violations = new Violations();
        String name = request.string("EndpointName");
        violations.name("endpointName", name, Violations.NAME);
        String configName = request.string("EndpointConfigName");
        violations.name("endpointConfigName", configName, Violations.NAME);
        Map<String, String> tags = TagOperations.readTags(request, violations);
        violations.throwIfAny();

        String arn = Arns.endpoint(name);
        synchronized (state) {
            if (state.endpoints.containsKey(Arns.key(name))) {
                throw ControlPlaneException.validation("Cannot create already existing endpoint \"" + arn + "\".");
            }
            EndpointConfigResource config = EndpointConfigOperations.require(state, configName);
            Map<String, ModelResource> models = models(config);
            checkQuotas(null, config);
            EndpointResource endpoint = new EndpointResource(name, arn, state.now(), config.name());
            endpoint.generation = 1;
            endpoint.pendingVariants = config.variants();
            state.endpoints.put(Arns.key(name), endpoint);
            if (!tags.isEmpty()) {
                state.tagsByArn.put(arn, new LinkedHashMap<>(tags));
            }
            EndpointDeployer.logStatus(endpoint, "config " + config.name());
            deployer.deploy(endpoint, endpoint.generation, config.name(), config.variants(), models);
        }
        return Json.object().put("EndpointArn", arn);
    }

    ObjectNode describeEndpoint(JsonRequest request) {
        String name = endpointName(request);
        synchronized (state) {
            return EndpointDescriptions.describe(require(name));
        }
    }

    ObjectNode updateEndpoint(JsonRequest request) {
        Violations violations = new Violations();
        String name = request.string("EndpointName");
        violations.name("endpointName", name, Violations.NAME);
        String configName = request.string("EndpointConfigName");
        violations.name("endpointConfigName", configName, Violations.NAME);
        violations.throwIfAny();
        synchronized (state) {
            EndpointResource endpoint = require(name);
            if (endpoint.status != EndpointStatus.InService) {
                throw ControlPlaneException.validation(endpoint.status == EndpointStatus.Failed
                        ? "Cannot update failed endpoint \"" + endpoint.arn + "\"."
                        : "Cannot update in-progress endpoint \"" + endpoint.arn + "\".");
            }
            EndpointConfigResource config = EndpointConfigOperations.require(state, configName);
            Map<String, ModelResource> models = models(config);
            checkQuotas(endpoint, config);
            endpoint.status = EndpointStatus.Updating;
            endpoint.failureReason = null;
            endpoint.generation++;
            endpoint.pendingConfigName = config.name();
            endpoint.pendingVariants = config.variants();
            endpoint.pendingSince = state.now();
            endpoint.lastModifiedTime = endpoint.pendingSince;
            EndpointDeployer.logStatus(endpoint, "to config " + config.name());
            deployer.deploy(endpoint, endpoint.generation, config.name(), config.variants(), models);
            return Json.object().put("EndpointArn", endpoint.arn);
        }
    }

    ObjectNode deleteEndpoint(JsonRequest request) {
        String name = endpointName(request);
        synchronized (state) {
            EndpointResource endpoint = require(name);
            if (endpoint.status != EndpointStatus.Deleting) {
                endpoint.status = EndpointStatus.Deleting;
                endpoint.generation++;
                endpoint.lastModifiedTime = state.now();
                EndpointDeployer.logStatus(endpoint, "");
                deployer.delete(endpoint, endpoint.generation);
            }
        }
        return Json.object();
    }

    ObjectNode listEndpoints(JsonRequest request) {
        Predicate<EndpointResource> nameAndCreation = Listing.nameAndCreationFilter(request, endpoint -> endpoint.name,
                endpoint -> endpoint.creationTime);
        String statusEquals = request.string("StatusEquals");
        Instant modifiedBefore = request.timestamp("LastModifiedTimeBefore");
        Instant modifiedAfter = request.timestamp("LastModifiedTimeAfter");
        if (statusEquals != null && Arrays.stream(EndpointStatus.values()).noneMatch(status -> status.name().equals(statusEquals))
                && !List.of("OutOfService", "SystemUpdating", "RollingBack", "UpdateRollbackFailed").contains(statusEquals)) {
            throw ControlPlaneException.validation("1 validation error detected: Value '" + statusEquals + "' at"
                    + " 'statusEquals' failed to satisfy constraint: Member must satisfy enum value set: [OutOfService,"
                    + " Creating, Updating, SystemUpdating, RollingBack, InService, Deleting, Failed, UpdateRollbackFailed]");
        }
        List<ObjectNode> summaries;
        List<EndpointResource> matching;
        synchronized (state) {
            matching = state.endpoints.values().stream()
                    .filter(nameAndCreation)
                    .filter(endpoint -> statusEquals == null || endpoint.status.name().equals(statusEquals))
                    .filter(endpoint -> modifiedBefore == null || endpoint.lastModifiedTime.isBefore(modifiedBefore))
                    .filter(endpoint -> modifiedAfter == null || endpoint.lastModifiedTime.isAfter(modifiedAfter))
                    .toList();
            summaries = matching.stream().map(EndpointDescriptions::summary).toList();
        }
        Map<EndpointResource, ObjectNode> summaryOf = new HashMap<>();
        for (int i = 0; i < matching.size(); i++) {
            summaryOf.put(matching.get(i), summaries.get(i));
        }
        Comparator<EndpointResource> byName = Comparator.comparing(endpoint -> endpoint.name);
        Map<String, Comparator<EndpointResource>> sortKeys = Map.of(
                "Name", byName,
                "CreationTime", Comparator.<EndpointResource, Instant>comparing(endpoint -> endpoint.creationTime).thenComparing(byName),
                "Status", Comparator.<EndpointResource, String>comparing(endpoint -> endpoint.status.name()).thenComparing(byName));
        return Listing.page(request, matching, sortKeys, "Endpoints", summaryOf::get);
    }

    private String endpointName(JsonRequest request) {
        Violations violations = new Violations();
        String name = request.string("EndpointName");
        violations.name("endpointName", name, Violations.NAME);
        violations.throwIfAny();
        return name;
    }

    private EndpointResource require(String name) {
        EndpointResource endpoint = state.endpoints.get(Arns.key(name));
        if (endpoint == null) {
            throw ControlPlaneException.validation("Could not find endpoint \"" + Arns.endpoint(name) + "\".");
        }
        return endpoint;
    }

    private Map<String, ModelResource> models(EndpointConfigResource config) {
        Map<String, ModelResource> models = new HashMap<>();
        for (VariantConfig variant : config.variants()) {
            ModelResource model = ModelOperations.require(state, variant.modelName());
            models.put(Arns.key(model.name()), model);
        }
        return models;
    }

    /**
     * The account's serverless quotas, counted over every endpoint not being deleted. An update is
     * refused only when it raises the total beyond the quota; its delta is the rise over what the
     * endpoint holds now.
     */
    private void checkQuotas(EndpointResource updating, EndpointConfigResource config) {
        List<EndpointResource> existing = state.endpoints.values().stream()
                .filter(endpoint -> endpoint.status != EndpointStatus.Deleting).toList();
        if (updating == null && existing.size() >= quotas.maxEndpoints()) {
            throw quotaExceeded("Maximum number of serverless endpoints", quotas.maxEndpoints(), existing.size(), 1, "Endpoints");
        }
        int inUse = existing.stream().mapToInt(EndpointOperations::allocatedConcurrency).sum();
        int requested = config.variants().stream().mapToInt(VariantConfig::maxConcurrency).sum();
        int delta = updating == null ? requested : requested - allocatedConcurrency(updating);
        if (delta > 0 && inUse + delta > quotas.maxTotalConcurrency()) {
            throw quotaExceeded("Total concurrency that can be allocated across all serverless endpoints",
                    quotas.maxTotalConcurrency(), inUse, delta, "Concurrent invocations");
        }
    }

    /** Worded as SageMaker words every account-level quota it enforces. */
    private static ControlPlaneException quotaExceeded(String quota, int limit, int utilization, int delta, String unit) {
        return ControlPlaneException.resourceLimitExceeded("The account-level service limit '" + quota + "' is " + limit
                + " " + unit + ", with current utilization of " + utilization + " " + unit + " and a request delta of "
                + delta + " " + unit + ". Please use AWS Service Quotas to request an increase for this quota. If AWS"
                + " Service Quotas is not available, contact AWS support to request an increase for this quota.");
    }

    private static int allocatedConcurrency(EndpointResource endpoint) {
        List<VariantConfig> variants = endpoint.status == EndpointStatus.Creating ? endpoint.pendingVariants
                : endpoint.variants.stream().map(EndpointResource.DeployedVariant::config).toList();
        int current = variants.stream().mapToInt(VariantConfig::maxConcurrency).sum();
        int pending = endpoint.status == EndpointStatus.Updating
                ? endpoint.pendingVariants.stream().mapToInt(VariantConfig::maxConcurrency).sum() : 0;
        return Math.max(current, pending);
    }
}
