package dev.slsbench;

import dev.slsbench.load.LoadListener;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.Phase;
import dev.slsbench.provision.ProvisioningListener;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.SlaVerdict;
import org.apiguardian.api.API;

import java.util.List;

/**
 * Hears what a run does, as it does it: phases, deployments (ready, failed), each
 * configuration's start, progress ({@code done} of {@code planned} calls) and end, and teardown.
 * The CLI draws progress bars from it and the JUnit engine publishes reporting entries.
 *
 * <p>Methods are called from the run's worker threads, concurrently, and {@link #progress} once
 * per call: implementations must be thread-safe and quick. Every method defaults to nothing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface BenchmarkListener extends ProvisioningListener, LoadListener {

    /** A listener that ignores everything. */
    BenchmarkListener NONE = new BenchmarkListener() { };

    /** The plan and payloads are valid; resources are about to be created. */
    default void runStarted(BenchmarkPlan plan) {
    }

    /**
     * The run's prices were chosen, before any resource is created: {@code source} names where they
     * come from (with region and effective date), {@code notes} each source that could not be used and
     * a missing region with its fix.
     */
    default void pricesChosen(String source, List<String> notes) {
    }

    /** A phase begins with these configurations (their endpoints are about to be deployed). */
    default void phaseStarted(Phase phase, List<BenchmarkConfiguration> configurations) {
    }

    /** A phase will not run, for {@code reason} (e.g. nothing to recommend a memory size from). */
    default void phaseSkipped(Phase phase, String reason) {
    }

    /** A phase has ended; its endpoints are deleted. */
    default void phaseFinished(Phase phase, List<ConfigurationResult> results) {
    }

    /**
     * A phase's results have been judged against the run's SLAs: {@code verdicts} are this phase's
     * part of {@link BenchmarkResult#slaVerdicts()} (empty when the run has no SLA). Follows
     * {@link #phaseFinished} once the figures the SLAs need (the stability phase's cost) are known.
     */
    default void phaseJudged(Phase phase, List<ConfigurationResult> results, List<SlaVerdict> verdicts) {
    }

    /** The run has ended, its files are written and everything it created is deleted. */
    default void runFinished(BenchmarkResult result) {
    }
}
