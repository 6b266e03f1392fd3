package dev.slsbench.cli;

import dev.slsbench.provision.AccountLimits;
import dev.slsbench.provision.Leases;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code slsbench run} behaves in an account shared with other work: how long its resources
 * outlive it when it is killed before its teardown ({@code --lease}), and the account's serverless
 * quotas its deployments fit into ({@code --max-endpoints}, {@code --account-max-concurrency}).
 */
final class AccountOptions {

    @Option(names = "--lease", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5m",
            description = "How long the endpoints of a run killed before its teardown (kill -9) live before"
                    + " the next run or cleanup --expired deletes them; renewed while the run lives."
                    + " At least 3s. Default: ${DEFAULT-VALUE}.")
    Duration lease = Leases.DEFAULT_LEASE;

    @Option(names = "--max-endpoints", paramLabel = "N", defaultValue = "" + AccountLimits.DEFAULT_MAX_ENDPOINTS,
            description = "The account's quota of serverless endpoints in the region; endpoints are deployed in"
                    + " waves that fit next to the account's other endpoints. Default: ${DEFAULT-VALUE}.")
    int maxEndpoints = AccountLimits.DEFAULT_MAX_ENDPOINTS;

    @Option(names = "--account-max-concurrency", paramLabel = "N",
            defaultValue = "" + AccountLimits.DEFAULT_MAX_TOTAL_CONCURRENCY,
            description = "The account's quota of MaxConcurrency summed over all serverless endpoints in the"
                    + " region (500 in smaller regions). Default: ${DEFAULT-VALUE}.")
    int accountMaxConcurrency = AccountLimits.DEFAULT_MAX_TOTAL_CONCURRENCY;

    /** Why these options are bad; empty when they are fine. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        try {
            Leases.requireValid(lease);
        } catch (IllegalArgumentException e) {
            problems.add("--lease: " + lease + " is shorter than " + Leases.MIN_LEASE.toSeconds() + "s");
        }
        if (maxEndpoints < 1) {
            problems.add("--max-endpoints: " + maxEndpoints + " is not at least 1");
        }
        if (accountMaxConcurrency < 1) {
            problems.add("--account-max-concurrency: " + accountMaxConcurrency + " is not at least 1");
        }
        return problems;
    }

    /** The account limits; call only when {@link #problems()} is empty. */
    AccountLimits limits() {
        return new AccountLimits(maxEndpoints, accountMaxConcurrency);
    }
}
