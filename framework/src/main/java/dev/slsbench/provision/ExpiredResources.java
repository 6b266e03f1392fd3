package dev.slsbench.provision;

import java.util.List;

/**
 * What {@link Cleanup#deleteExpired} deleted: slsbench resources whose lease had ended, and what
 * could not be listed or deleted.
 *
 * @param endpoints endpoints deleted
 * @param endpointConfigs endpoint configs deleted
 * @param models models deleted
 * @param failures one sentence per resource that could not be deleted (or listing that failed), naming it and the error
 */
public record ExpiredResources(List<String> endpoints, List<String> endpointConfigs, List<String> models,
                               List<String> failures) {

    public ExpiredResources {
        endpoints = List.copyOf(endpoints);
        endpointConfigs = List.copyOf(endpointConfigs);
        models = List.copyOf(models);
        failures = List.copyOf(failures);
    }

    /** Whether nothing was deleted and nothing failed. */
    public boolean isEmpty() {
        return endpoints.isEmpty() && endpointConfigs.isEmpty() && models.isEmpty() && failures.isEmpty();
    }

    /** One line per deleted resource, e.g. {@code deleted expired endpoint m-ep-...}. */
    public List<String> lines() {
        return java.util.stream.Stream.of(
                endpoints.stream().map(name -> "deleted expired endpoint " + name),
                endpointConfigs.stream().map(name -> "deleted expired endpoint config " + name),
                models.stream().map(name -> "deleted expired model " + name))
                .flatMap(s -> s).toList();
    }
}
