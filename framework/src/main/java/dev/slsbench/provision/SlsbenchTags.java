package dev.slsbench.provision;

import software.amazon.awssdk.services.sagemaker.model.Tag;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tags slsbench puts on every endpoint config and endpoint it creates, so that teardown
 * and {@link Cleanup} can tell its resources from anyone else's: {@code slsbench:created-by =
 * slsbench}, {@code slsbench:run-id = <runId>} and {@code slsbench:endpoint-key = <key>}; and,
 * on endpoints, configs and models created under a {@link Leases lease}, {@code
 * slsbench:lease-expires = <ISO-8601 instant>}, after which the next run may delete them.
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

    /** When the resource's lease ends, an ISO-8601 instant such as {@code 2026-12-04T20:30:00Z}. */
    public static final String LEASE_EXPIRES_KEY = "slsbench:lease-expires";

    private SlsbenchTags() {
    }

    /** The tags for a resource of run {@code runId} serving endpoint {@code key}, leased until {@code leaseExpires}. */
    public static List<Tag> forResource(String runId, String key, Instant leaseExpires) {
        List<Tag> tags = new ArrayList<>(forResource(runId, key));
        tags.add(lease(leaseExpires));
        return List.copyOf(tags);
    }

    /** The tags for a model run {@code runId} created, leased until {@code leaseExpires}. */
    public static List<Tag> forModel(String runId, Instant leaseExpires) {
        return List.of(tag(CREATED_BY_KEY, CREATED_BY_VALUE), tag(RUN_ID_KEY, runId), lease(leaseExpires));
    }

    /** The lease tag, ending at {@code leaseExpires}. */
    public static Tag lease(Instant leaseExpires) {
        return tag(LEASE_EXPIRES_KEY, leaseExpires.toString());
    }

    /** When the lease among {@code tags} ends; empty without a lease tag or with one that is not an instant. */
    public static Optional<Instant> leaseExpires(List<Tag> tags) {
        return value(tags, LEASE_EXPIRES_KEY).flatMap(text -> {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        });
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
