package dev.slsbench.cli;

import dev.slsbench.provision.Leases;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code slsbench run} behaves in an account shared with other work: how long its resources
 * outlive it when it is killed before its teardown ({@code --lease}).
 */
final class AccountOptions {

    @Option(names = "--lease", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5m",
            description = "How long the endpoints of a run killed before its teardown (kill -9) live before"
                    + " the next run or cleanup --expired deletes them; renewed while the run lives."
                    + " At least 3s. Default: ${DEFAULT-VALUE}.")
    Duration lease = Leases.DEFAULT_LEASE;

    /** Why these options are bad; empty when they are fine. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        try {
            Leases.requireValid(lease);
        } catch (IllegalArgumentException e) {
            problems.add("--lease: " + lease + " is shorter than " + Leases.MIN_LEASE.toSeconds() + "s");
        }
        return problems;
    }
}
