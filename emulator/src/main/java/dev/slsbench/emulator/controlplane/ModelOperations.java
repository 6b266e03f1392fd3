package dev.slsbench.emulator.controlplane;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** CreateModel, DescribeModel, DeleteModel and ListModels. */
final class ModelOperations {

    private static final Pattern IMAGE = Pattern.compile("[\\S]+");
    private static final Pattern ENVIRONMENT_KEY = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    private static final int MAX_ENVIRONMENT_ENTRIES = 100;
    private static final int MAX_ENVIRONMENT_TEXT = 1024;

    private final ControlPlaneState state;

    ModelOperations(ControlPlaneState state) {
        this.state = state;
    }

    ObjectNode createModel(JsonRequest request) {
        Violations violations = new Violations();
        String name = request.string("ModelName");
        violations.name("modelName", name, Violations.MODEL_NAME);
        JsonRequest container = primaryContainer(request, violations);
        String image = null;
        Map<String, String> environment = Map.of();
        if (container != null) {
            image = container.string("Image");
            violations.notNull(containerPath(request) + ".image", image);
            violations.length(containerPath(request) + ".image", image, 0, 255);
            if (image != null && !IMAGE.matcher(image).matches()) {
                violations.add("Value '" + image + "' at '" + containerPath(request) + ".image' failed to satisfy constraint:"
                        + " Member must satisfy regular expression pattern: " + IMAGE.pattern());
            }
            environment = environment(container, containerPath(request) + ".environment", violations);
        }
        String role = request.string("ExecutionRoleArn");
        if (role != null && !ROLE_ARN.matcher(role).matches()) {
            violations.add("Value '" + role + "' at 'executionRoleArn' failed to satisfy constraint: Member must satisfy"
                    + " regular expression pattern: " + ROLE_ARN.pattern());
        }
        Map<String, String> tags = TagOperations.readTags(request, violations);
        violations.throwIfAny();

        String arn = Arns.model(name);
        ObjectNode described = request.raw().deepCopy();
        described.remove("Tags");
        if (!state.models.add(name, new ModelResource(name, arn, state.now(), image, environment, described))) {
            throw ControlPlaneException.validation("Cannot create already existing model \"" + arn + "\".");
        }
        state.tags.set(arn, tags);
        return Json.object().put("ModelArn", arn);
    }

    ObjectNode describeModel(JsonRequest request) {
        ModelResource model = find(request);
        ObjectNode output = model.described().deepCopy();
        output.put("ModelArn", model.arn());
        Json.putTimestamp(output, "CreationTime", model.creationTime());
        return output;
    }

    ObjectNode deleteModel(JsonRequest request) {
        ModelResource model = find(request);
        state.models.remove(model.name(), model);
        state.tags.forget(model.arn());
        return Json.object();
    }

    ObjectNode listModels(JsonRequest request) {
        Predicate<ModelResource> filter = Listing.nameAndCreationFilter(request, ModelResource::name,
                ModelResource::creationTime);
        List<ModelResource> matching = state.models.matching(filter);
        Map<String, Comparator<ModelResource>> sortKeys = Map.of(
                "Name", Comparator.comparing(ModelResource::name),
                "CreationTime", Comparator.comparing(ModelResource::creationTime));
        return Listing.page(request, matching, sortKeys, "Models", model -> {
            ObjectNode summary = Json.object().put("ModelName", model.name()).put("ModelArn", model.arn());
            Json.putTimestamp(summary, "CreationTime", model.creationTime());
            return summary;
        });
    }

    private ModelResource find(JsonRequest request) {
        Violations violations = new Violations();
        String name = request.string("ModelName");
        violations.name("modelName", name, Violations.MODEL_NAME);
        violations.throwIfAny();
        return state.requireModel(name);
    }

    private static JsonRequest primaryContainer(JsonRequest request, Violations violations) {
        JsonRequest primary = request.object("PrimaryContainer");
        List<JsonRequest> containers = request.objects("Containers");
        if (primary != null && containers != null) {
            violations.add("Specify either PrimaryContainer or Containers, not both.");
            return null;
        }
        if (primary != null) {
            return primary;
        }
        if (containers == null || containers.isEmpty()) {
            violations.add("A model needs a PrimaryContainer (or Containers).");
            return null;
        }
        if (containers.size() > 1) {
            violations.add("The slsbench emulator runs single-container models only; Containers has " + containers.size()
                    + " entries.");
            return null;
        }
        return containers.getFirst();
    }

    private static String containerPath(JsonRequest request) {
        return request.has("PrimaryContainer") ? "primaryContainer" : "containers.1.member";
    }

    private static Map<String, String> environment(JsonRequest container, String path, Violations violations) {
        Map<String, String> environment = container.stringMap("Environment");
        if (environment == null) {
            return Map.of();
        }
        violations.size(path, environment.size(), 0, MAX_ENVIRONMENT_ENTRIES);
        environment.forEach((key, value) -> {
            if (key.length() > MAX_ENVIRONMENT_TEXT || !ENVIRONMENT_KEY.matcher(key).matches()) {
                violations.add("Value '" + key + "' at '" + path + "' failed to satisfy constraint: Map keys must satisfy"
                        + " constraint: [Member must have length less than or equal to " + MAX_ENVIRONMENT_TEXT
                        + ", Member must satisfy regular expression pattern: " + ENVIRONMENT_KEY.pattern() + "]");
            }
            if (value.length() > MAX_ENVIRONMENT_TEXT) {
                violations.add("Value at '" + path + "." + key + "' failed to satisfy constraint: Member must have length"
                        + " less than or equal to " + MAX_ENVIRONMENT_TEXT);
            }
        });
        return Map.copyOf(environment);
    }
}
