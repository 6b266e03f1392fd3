package dev.slsbench.emulator.controlplane;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tags of every resource, by ARN, in the order they were added; guarded by its own monitor. */
final class TagTable {

    private final Map<String, LinkedHashMap<String, String>> byArn = new HashMap<>();

    /** The tags a Create call gave: they replace any left from an earlier resource of the same ARN. */
    synchronized void set(String arn, Map<String, String> tags) {
        if (tags.isEmpty()) {
            byArn.remove(arn);
        } else {
            byArn.put(arn, new LinkedHashMap<>(tags));
        }
    }

    /**
     * Adds or overwrites tags, unless the resource would then carry more than {@code maxTags}.
     *
     * @throws ControlPlaneException naming the resource and the count it would reach
     */
    synchronized void add(String arn, Map<String, String> tags, int maxTags) {
        LinkedHashMap<String, String> merged = new LinkedHashMap<>(byArn.getOrDefault(arn, new LinkedHashMap<>()));
        merged.putAll(tags);
        if (merged.size() > maxTags) {
            throw ControlPlaneException.validation("A resource may have at most " + maxTags + " tags; " + arn
                    + " would have " + merged.size() + ".");
        }
        byArn.put(arn, merged);
    }

    /** A copy of the resource's tags; empty when it has none. */
    synchronized Map<String, String> of(String arn) {
        return new LinkedHashMap<>(byArn.getOrDefault(arn, new LinkedHashMap<>()));
    }

    synchronized void remove(String arn, Collection<String> keys) {
        Map<String, String> tags = byArn.get(arn);
        if (tags != null) {
            keys.forEach(tags::remove);
        }
    }

    /** Drops every tag of a deleted resource. */
    synchronized void forget(String arn) {
        byArn.remove(arn);
    }
}
