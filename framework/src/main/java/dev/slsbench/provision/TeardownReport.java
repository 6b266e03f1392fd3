package dev.slsbench.provision;

import java.util.List;

/**
 * What one teardown (or cleanup) deleted and what it could not delete.
 *
 * @param deletedEndpoints endpoints deleted (or found already gone)
 * @param deletedEndpointConfigs endpoint configs deleted (or found already gone)
 * @param failures one message per resource that could not be deleted, naming it and the error
 */
public record TeardownReport(List<String> deletedEndpoints, List<String> deletedEndpointConfigs,
                             List<String> failures) {

    /** Nothing to do. */
    public static final TeardownReport EMPTY = new TeardownReport(List.of(), List.of(), List.of());

    public TeardownReport {
        deletedEndpoints = List.copyOf(deletedEndpoints);
        deletedEndpointConfigs = List.copyOf(deletedEndpointConfigs);
        failures = List.copyOf(failures);
    }

    /** Whether every resource was deleted. */
    public boolean isComplete() {
        return failures.isEmpty();
    }

    /** Both reports together. */
    public TeardownReport plus(TeardownReport other) {
        return new TeardownReport(concat(deletedEndpoints, other.deletedEndpoints),
                concat(deletedEndpointConfigs, other.deletedEndpointConfigs), concat(failures, other.failures));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
