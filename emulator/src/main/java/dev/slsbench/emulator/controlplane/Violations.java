package dev.slsbench.emulator.controlplane;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects constraint violations of one request and reports them the way SageMaker's request
 * validation does: {@code "2 validation errors detected: Value null at 'endpointName' failed to
 * satisfy constraint: Member must not be null; ..."}, with member paths in lower camel case and list
 * members as {@code productionVariants.1.member.variantName}.
 */
final class Violations {

    /** SageMaker's resource name pattern (endpoints, endpoint configurations, variants). */
    static final Pattern NAME = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}");
    /** SageMaker's model name pattern. */
    static final Pattern MODEL_NAME = Pattern.compile("[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?");
    static final int NAME_MAX_LENGTH = 63;

    private final List<String> messages = new ArrayList<>();

    void notNull(String path, Object value) {
        if (value == null) {
            messages.add("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
        }
    }

    void name(String path, String value, Pattern pattern) {
        if (value == null) {
            notNull(path, null);
            return;
        }
        if (value.length() > NAME_MAX_LENGTH) {
            messages.add("Value '" + value + "' at '" + path + "' failed to satisfy constraint: Member must have length"
                    + " less than or equal to " + NAME_MAX_LENGTH);
        }
        if (!pattern.matcher(value).matches()) {
            messages.add("Value '" + value + "' at '" + path + "' failed to satisfy constraint: Member must satisfy"
                    + " regular expression pattern: " + pattern.pattern());
        }
    }

    void length(String path, String value, int min, int max) {
        if (value != null && (value.length() < min || value.length() > max)) {
            messages.add("Value '" + value + "' at '" + path + "' failed to satisfy constraint: Member must have length "
                    + (value.length() < min ? "greater than or equal to " + min : "less than or equal to " + max));
        }
    }

    void range(String path, Integer value, int min, int max) {
        if (value == null) {
            return;
        }
        if (value < min) {
            messages.add("Value '" + value + "' at '" + path + "' failed to satisfy constraint: Member must have value"
                    + " greater than or equal to " + min);
        } else if (value > max) {
            messages.add("Value '" + value + "' at '" + path + "' failed to satisfy constraint: Member must have value"
                    + " less than or equal to " + max);
        }
    }

    void size(String path, int size, int min, int max) {
        if (size < min || size > max) {
            messages.add("Value at '" + path + "' failed to satisfy constraint: Member must have length "
                    + (size < min ? "greater than or equal to " + min : "less than or equal to " + max));
        }
    }

    void add(String message) {
        messages.add(message);
    }

    /** @throws ControlPlaneException a ValidationException listing every violation, when there is one */
    void throwIfAny() {
        if (messages.isEmpty()) {
            return;
        }
        String count = messages.size() == 1 ? "1 validation error" : messages.size() + " validation errors";
        throw ControlPlaneException.validation(count + " detected: " + String.join("; ", messages));
    }
}
