package dev.slsbench.emulator.controlplane;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Immutable resources (models, endpoint configurations) by case-insensitive name. The map is
 * concurrent, so each call is atomic on its own and no caller holds a lock.
 */
final class ResourceTable<R> {

    private final ConcurrentHashMap<String, R> byKey = new ConcurrentHashMap<>();
    private final Function<R, String> arnOf;

    ResourceTable(Function<R, String> arnOf) {
        this.arnOf = arnOf;
    }

    /** Adds the resource unless one of that name exists; false when it does. */
    boolean add(String name, R resource) {
        return byKey.putIfAbsent(Arns.key(name), resource) == null;
    }

    Optional<R> find(String name) {
        return Optional.ofNullable(byKey.get(Arns.key(name)));
    }

    /** Removes exactly this resource (not one created again under its name meanwhile). */
    void remove(String name, R resource) {
        byKey.remove(Arns.key(name), resource);
    }

    List<R> matching(Predicate<R> filter) {
        return byKey.values().stream().filter(filter).toList();
    }

    boolean hasArn(String arn) {
        return byKey.values().stream().anyMatch(resource -> arnOf.apply(resource).equals(arn));
    }
}
