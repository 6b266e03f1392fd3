package dev.slsbench.emulator.controlplane;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** AddTags, ListTags and DeleteTags, and the Tags member that the Create operations accept. */
final class TagOperations {

    static final int MAX_TAGS = 50;
    private static final Pattern TAG_TEXT = Pattern.compile("([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)");
    private static final Pattern RESOURCE_ARN = Pattern.compile("arn:aws[a-z-]*:sagemaker:[a-z0-9-]*:[0-9]{12}:.+");

    private final ControlPlaneState state;

    TagOperations(ControlPlaneState state) {
        this.state = state;
    }

    /** Reads and validates a Tags list; empty when the member is absent. */
    static Map<String, String> readTags(JsonRequest request, Violations violations) {
        List<JsonRequest> tags = request.objects("Tags");
        Map<String, String> result = new LinkedHashMap<>();
        if (tags == null) {
            return result;
        }
        violations.size("tags", tags.size(), 0, MAX_TAGS);
        for (int i = 0; i < tags.size(); i++) {
            String path = "tags." + (i + 1) + ".member.";
            String key = tags.get(i).string("Key");
            String value = tags.get(i).string("Value");
            violations.notNull(path + "key", key);
            violations.notNull(path + "value", value);
            violations.length(path + "key", key, 1, 128);
            violations.length(path + "value", value, 0, 256);
            if (key != null && !TAG_TEXT.matcher(key).matches()) {
                violations.add("Value '" + key + "' at '" + path + "key' failed to satisfy constraint: Member must satisfy"
                        + " regular expression pattern: " + TAG_TEXT.pattern());
            }
            if (key != null && value != null) {
                result.put(key, value);
            }
        }
        return result;
    }

    static ArrayNode render(Map<String, String> tags) {
        ArrayNode list = Json.array();
        tags.forEach((key, value) -> list.addObject().put("Key", key).put("Value", value));
        return list;
    }

    ObjectNode addTags(JsonRequest request) {
        Violations violations = new Violations();
        String arn = resourceArn(request, violations);
        if (!request.has("Tags")) {
            violations.notNull("tags", null);
        }
        Map<String, String> tags = readTags(request, violations);
        violations.throwIfAny();
        requireResource(arn);
        state.tags.add(arn, tags, MAX_TAGS);
        return Json.object().set("Tags", render(tags));
    }

    ObjectNode listTags(JsonRequest request) {
        Violations violations = new Violations();
        String arn = resourceArn(request, violations);
        Integer maxResults = request.integer("MaxResults");
        if (maxResults != null && maxResults < MAX_TAGS) {
            violations.add("Value '" + maxResults + "' at 'maxResults' failed to satisfy constraint: Member must have"
                    + " value greater than or equal to " + MAX_TAGS);
        }
        violations.throwIfAny();
        requireResource(arn);
        return Json.object().set("Tags", render(state.tags.of(arn)));
    }

    ObjectNode deleteTags(JsonRequest request) {
        Violations violations = new Violations();
        String arn = resourceArn(request, violations);
        List<String> keys = request.strings("TagKeys");
        violations.notNull("tagKeys", keys);
        if (keys != null) {
            violations.size("tagKeys", keys.size(), 1, MAX_TAGS);
        }
        violations.throwIfAny();
        requireResource(arn);
        state.tags.remove(arn, keys);
        return Json.object();
    }

    private static String resourceArn(JsonRequest request, Violations violations) {
        String arn = request.string("ResourceArn");
        violations.notNull("resourceArn", arn);
        violations.length("resourceArn", arn, 0, 256);
        if (arn != null && !RESOURCE_ARN.matcher(arn).matches()) {
            violations.add("Value '" + arn + "' at 'resourceArn' failed to satisfy constraint: Member must satisfy regular"
                    + " expression pattern: " + RESOURCE_ARN.pattern());
        }
        return arn;
    }

    private void requireResource(String arn) {
        if (!state.resourceExists(arn)) {
            throw ControlPlaneException.validation("Resource " + arn + " does not exist.");
        }
    }
}
