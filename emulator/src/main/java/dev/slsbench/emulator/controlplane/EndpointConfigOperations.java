package dev.slsbench.emulator.controlplane;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.controlplane.EndpointConfigResource.VariantConfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CreateEndpointConfig, DescribeEndpointConfig, DeleteEndpointConfig and ListEndpointConfigs, with
 * the serverless limits SageMaker documents: MemorySizeInMB 1024–6144 in steps of 1024,
 * MaxConcurrency 1–200, ProvisionedConcurrency 1–200 and at most MaxConcurrency.
 */
final class EndpointConfigOperations {

    static final int MIN_MEMORY_MB = 1024;
    static final int MAX_MEMORY_MB = 6144;
    static final int MEMORY_STEP_MB = 1024;
    static final int MAX_CONCURRENCY = 200;
    private static final int MAX_VARIANTS = 10;

    private final ControlPlaneState state;

    EndpointConfigOperations(ControlPlaneState state) {
        this.state = state;
    }

    ObjectNode createEndpointConfig(JsonRequest request) {
        Violations violations = new Violations();
        String name = request.string("EndpointConfigName");
        violations.name("endpointConfigName", name, Violations.NAME);
        List<JsonRequest> variantRequests = request.objects("ProductionVariants");
        violations.notNull("productionVariants", variantRequests);
        List<VariantConfig> variants = new ArrayList<>();
        if (variantRequests != null) {
            violations.size("productionVariants", variantRequests.size(), 1, MAX_VARIANTS);
            Set<String> variantNames = new HashSet<>();
            for (int i = 0; i < variantRequests.size(); i++) {
                VariantConfig variant = variant(variantRequests.get(i), "productionVariants." + (i + 1) + ".member", violations);
                if (variant != null && !variantNames.add(variant.variantName())) {
                    violations.add("The production variant name " + variant.variantName() + " is used more than once.");
                }
                if (variant != null) {
                    variants.add(variant);
                }
            }
        }
        Map<String, String> tags = TagOperations.readTags(request, violations);
        violations.throwIfAny();

        String arn = Arns.endpointConfig(name);
        if (state.endpointConfigs.find(name).isPresent()) {
            throw ControlPlaneException.validation("Cannot create already existing endpoint configuration \"" + arn + "\".");
        }
        variants.forEach(variant -> state.requireModel(variant.modelName()));
        ObjectNode described = request.raw().deepCopy();
        described.remove("Tags");
        described.withArray("ProductionVariants").forEach(variant -> {
            if (!variant.has("InitialVariantWeight")) {
                ((ObjectNode) variant).put("InitialVariantWeight", 1.0);
            }
        });
        if (!state.endpointConfigs.add(name, new EndpointConfigResource(name, arn, state.now(), variants, described))) {
            throw ControlPlaneException.validation("Cannot create already existing endpoint configuration \"" + arn + "\".");
        }
        state.tags.set(arn, tags);
        return Json.object().put("EndpointConfigArn", arn);
    }

    ObjectNode describeEndpointConfig(JsonRequest request) {
        EndpointConfigResource config = find(request);
        ObjectNode output = config.described().deepCopy();
        output.put("EndpointConfigArn", config.arn());
        Json.putTimestamp(output, "CreationTime", config.creationTime());
        return output;
    }

    ObjectNode deleteEndpointConfig(JsonRequest request) {
        EndpointConfigResource config = find(request);
        state.endpointConfigs.remove(config.name(), config);
        state.tags.forget(config.arn());
        return Json.object();
    }

    ObjectNode listEndpointConfigs(JsonRequest request) {
        Predicate<EndpointConfigResource> filter = Listing.nameAndCreationFilter(request, EndpointConfigResource::name,
                EndpointConfigResource::creationTime);
        List<EndpointConfigResource> matching = state.endpointConfigs.matching(filter);
        Map<String, Comparator<EndpointConfigResource>> sortKeys = Map.of(
                "Name", Comparator.comparing(EndpointConfigResource::name),
                "CreationTime", Comparator.comparing(EndpointConfigResource::creationTime));
        return Listing.page(request, matching, sortKeys, "EndpointConfigs", config -> {
            ObjectNode summary = Json.object().put("EndpointConfigName", config.name()).put("EndpointConfigArn", config.arn());
            Json.putTimestamp(summary, "CreationTime", config.creationTime());
            return summary;
        });
    }

    private EndpointConfigResource find(JsonRequest request) {
        Violations violations = new Violations();
        String name = request.string("EndpointConfigName");
        violations.name("endpointConfigName", name, Violations.NAME);
        violations.throwIfAny();
        return state.requireEndpointConfig(name);
    }

    private static VariantConfig variant(JsonRequest variant, String path, Violations violations) {
        String variantName = variant.string("VariantName");
        violations.name(path + ".variantName", variantName, Violations.NAME);
        String modelName = variant.string("ModelName");
        violations.name(path + ".modelName", modelName, Violations.MODEL_NAME);
        Double weight = variant.number("InitialVariantWeight");
        if (weight != null && weight < 0) {
            violations.add("Value '" + weight + "' at '" + path + ".initialVariantWeight' failed to satisfy constraint:"
                    + " Member must have value greater than or equal to 0");
        }
        JsonRequest serverless = variant.object("ServerlessConfig");
        if (serverless == null) {
            String instanceType = variant.string("InstanceType");
            violations.add(instanceType != null
                    ? "The slsbench emulator serves serverless production variants only: variant " + variantName
                            + " has InstanceType " + instanceType + " and no ServerlessConfig."
                    : "Value null at '" + path + ".serverlessConfig' failed to satisfy constraint: Member must not be null");
            return null;
        }
        String serverlessPath = path + ".serverlessConfig";
        Integer memory = serverless.integer("MemorySizeInMB");
        Integer maxConcurrency = serverless.integer("MaxConcurrency");
        Integer provisioned = serverless.integer("ProvisionedConcurrency");
        violations.notNull(serverlessPath + ".memorySizeInMB", memory);
        violations.notNull(serverlessPath + ".maxConcurrency", maxConcurrency);
        violations.range(serverlessPath + ".memorySizeInMB", memory, MIN_MEMORY_MB, MAX_MEMORY_MB);
        if (memory != null && memory >= MIN_MEMORY_MB && memory <= MAX_MEMORY_MB && memory % MEMORY_STEP_MB != 0) {
            violations.add("Value '" + memory + "' at '" + serverlessPath + ".memorySizeInMB' failed to satisfy constraint:"
                    + " Member must be a multiple of " + MEMORY_STEP_MB + " (1024, 2048, 3072, 4096, 5120 or 6144)");
        }
        violations.range(serverlessPath + ".maxConcurrency", maxConcurrency, 1, MAX_CONCURRENCY);
        violations.range(serverlessPath + ".provisionedConcurrency", provisioned, 1, MAX_CONCURRENCY);
        if (provisioned != null && maxConcurrency != null && provisioned > maxConcurrency) {
            violations.add("ProvisionedConcurrency (" + provisioned + ") of production variant " + variantName
                    + " must be less than or equal to its MaxConcurrency (" + maxConcurrency + ").");
        }
        if (variantName == null || modelName == null || memory == null || maxConcurrency == null) {
            return null;
        }
        return new VariantConfig(variantName, modelName, weight == null ? 1.0 : weight, memory, maxConcurrency,
                provisioned == null ? 0 : provisioned);
    }
}
