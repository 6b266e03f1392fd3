package dev.slsbench.provision;

import software.amazon.awssdk.services.sagemaker.model.Tag;

import java.util.List;
import java.util.Optional;

/**
 * The tags slsbench puts on every endpoint config and endpoint it creates, so that teardown
 * and {@link Cleanup} can tell its resources from anyone else's: {@code slsbench:created-by =
 * slsbench}, {@code slsbench:run-id = <runId>} and {@code slsbench:endpoint-key = <key>}.
 */
public final class SlsbenchTags {

    /** Marks a resource as created by slsbench. */
    public static final String CREATED_BY_KEY = "slsbench:created-by";
    /** The value of {@link #CREATED_BY_KEY}. */
    public static final String CREATED_BY_VALUE = "slsbench";
    /** The run that created the resource. */
    public static final String RUN_ID_KEY = "slsbench:run-id";
    /** Which endpoint of the run the resource belongs to, e.g. {@code s2048}. */
    public static final String ENDPOINT_KEY = "slsbench:endpoint-key";

    private SlsbenchTags() {
    }

    /** The tags for a resource of run {@code runId} serving endpoint {@code key}. */
    public static List<Tag> forResource(String runId, String key) {
        return List.of(tag(CREATED_BY_KEY, CREATED_BY_VALUE), tag(RUN_ID_KEY, runId), tag(ENDPOINT_KEY, key));
    }

    /** Whether {@code tags} mark a resource created by slsbench. */
    public static boolean isSlsbench(List<Tag> tags) {
        return value(tags, CREATED_BY_KEY).filter(CREATED_BY_VALUE::equals).isPresent();
    }

    /** The run id among {@code tags}, if any. */
    public static Optional<String> runId(List<Tag> tags) {
        return value(tags, RUN_ID_KEY);
    }

    private static Optional<String> value(List<Tag> tags, String key) {
        return tags.stream().filter(t -> key.equals(t.key())).map(Tag::value).findFirst();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
