package dev.slsbench.junit;

import dev.slsbench.plan.Phase;
import dev.slsbench.result.ConfigurationResult;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configurations of one phase of a run, what a {@link Verify @Verify} method with this
 * parameter type receives, to compare configurations with each other.
 *
 * @param phase {@link Phase#STABILITY} or {@link Phase#CONCURRENCY}
 * @param configurations the phase's configuration results, in planned order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PhaseResult(Phase phase, List<ConfigurationResult> configurations) {

    public PhaseResult {
        Objects.requireNonNull(phase, "phase");
        configurations = List.copyOf(configurations);
    }

    /** The first configuration of this phase with {@code memoryMb}, if any. */
    public Optional<ConfigurationResult> memory(int memoryMb) {
        return configurations.stream().filter(c -> c.configuration().memoryMb() == memoryMb).findFirst();
    }

    /** The configurations whose calls succeeded at least once. */
    public List<ConfigurationResult> measured() {
        return configurations.stream().filter(ConfigurationResult::hasSuccessfulCalls).toList();
    }
}
