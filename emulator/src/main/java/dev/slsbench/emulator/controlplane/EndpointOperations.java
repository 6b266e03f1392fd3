package dev.slsbench.emulator.controlplane;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.controlplane.EndpointConfigResource.VariantConfig;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CreateEndpoint, DescribeEndpoint, UpdateEndpoint, DeleteEndpoint and ListEndpoints. The calls
 * return at once; {@link EndpointDeployer} completes the transition. The account's
 * {@link AccountQuotas} apply to CreateEndpoint and UpdateEndpoint (ResourceLimitExceeded), checked
 * by the {@link EndpointTable} in the step that adds or changes the endpoint.
 */
final class EndpointOperations {

    private final ControlPlaneState state;
    private final EndpointDeployer deployer;

    EndpointOperations(ControlPlaneState state, EndpointDeployer deployer) {
        this.state = state;
        this.deployer = deployer;
    }

    ObjectNode createEndpoint(JsonRequest request) {
        Violations violations = new Violations();
        String name = request.string("EndpointName");
        violations.name("endpointName", name, Violations.NAME);
        String configName = request.string("EndpointConfigName");
        violations.name("endpointConfigName", configName, Violations.NAME);
        Map<String, String> tags = TagOperations.readTags(request, violations);
        violations.throwIfAny();

        EndpointConfigResource config = state.requireEndpointConfig(configName);
        Map<String, ModelResource> models = models(config);
        EndpointTable.Transition created = state.endpoints.create(name, config);
        state.tags.set(created.endpoint().arn, tags);
        deployer.deploy(created, config.name(), config.variants(), models);
        return Json.object().put("EndpointArn", created.endpoint().arn);
    }

    ObjectNode describeEndpoint(JsonRequest request) {
        return state.endpoints.describe(endpointName(request));
    }

    ObjectNode updateEndpoint(JsonRequest request) {
        Violations violations = new Violations();
        String name = request.string("EndpointName");
        violations.name("endpointName", name, Violations.NAME);
        String configName = request.string("EndpointConfigName");
        violations.name("endpointConfigName", configName, Violations.NAME);
        violations.throwIfAny();
        state.endpoints.requireExists(name);
        EndpointConfigResource config = state.requireEndpointConfig(configName);
        Map<String, ModelResource> models = models(config);
        EndpointTable.Transition update = state.endpoints.beginUpdate(name, config);
        deployer.deploy(update, config.name(), config.variants(), models);
        return Json.object().put("EndpointArn", update.endpoint().arn);
    }

    ObjectNode deleteEndpoint(JsonRequest request) {
        EndpointTable.Transition deletion = state.endpoints.beginDelete(endpointName(request));
        if (deletion != null) {
            deployer.delete(deletion);
        }
        return Json.object();
    }

    ObjectNode listEndpoints(JsonRequest request) {
        Predicate<EndpointTable.Listed> nameAndCreation = Listing.nameAndCreationFilter(request, EndpointTable.Listed::name,
                EndpointTable.Listed::creationTime);
        String statusEquals = request.string("StatusEquals");
        Instant modifiedBefore = request.timestamp("LastModifiedTimeBefore");
        Instant modifiedAfter = request.timestamp("LastModifiedTimeAfter");
        if (statusEquals != null && Arrays.stream(EndpointStatus.values()).noneMatch(status -> status.name().equals(statusEquals))
                && !List.of("OutOfService", "SystemUpdating", "RollingBack", "UpdateRollbackFailed").contains(statusEquals)) {
            throw ControlPlaneException.validation("1 validation error detected: Value '" + statusEquals + "' at"
                    + " 'statusEquals' failed to satisfy constraint: Member must satisfy enum value set: [OutOfService,"
                    + " Creating, Updating, SystemUpdating, RollingBack, InService, Deleting, Failed, UpdateRollbackFailed]");
        }
        List<EndpointTable.Listed> matching = state.endpoints.list().stream()
                .filter(listed -> nameAndCreation.test(listed))
                .filter(listed -> statusEquals == null || listed.status().equals(statusEquals))
                .filter(listed -> modifiedBefore == null || listed.lastModifiedTime().isBefore(modifiedBefore))
                .filter(listed -> modifiedAfter == null || listed.lastModifiedTime().isAfter(modifiedAfter))
                .toList();
        Comparator<EndpointTable.Listed> byName = Comparator.comparing(EndpointTable.Listed::name);
        Map<String, Comparator<EndpointTable.Listed>> sortKeys = Map.of(
                "Name", byName,
                "CreationTime", Comparator.comparing(EndpointTable.Listed::creationTime).thenComparing(byName),
                "Status", Comparator.comparing(EndpointTable.Listed::status).thenComparing(byName));
        return Listing.page(request, matching, sortKeys, "Endpoints", EndpointTable.Listed::summary);
    }

    private String endpointName(JsonRequest request) {
        Violations violations = new Violations();
        String name = request.string("EndpointName");
        violations.name("endpointName", name, Violations.NAME);
        violations.throwIfAny();
        return name;
    }

    private Map<String, ModelResource> models(EndpointConfigResource config) {
        Map<String, ModelResource> models = new HashMap<>();
        for (VariantConfig variant : config.variants()) {
            ModelResource model = state.requireModel(variant.modelName());
            models.put(Arns.key(model.name()), model);
        }
        return models;
    }
}
