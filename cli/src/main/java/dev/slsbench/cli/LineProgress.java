package dev.slsbench.cli;

import dev.slsbench.BenchmarkListener;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.Phase;
import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.DeploymentFailure;
import dev.slsbench.provision.EndpointRequest;
import dev.slsbench.provision.ExpiredResources;
import dev.slsbench.provision.TeardownReport;
import dev.slsbench.record.RecordedConfiguration;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.stats.OutcomeCounts;
import org.HdrHistogram.Histogram;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress as plain log lines, for logs and CI: one line per deployment, start, tenth of the
 * calls, end and teardown. Also tallies what teardown deleted, so that the command can say so
 * at the end whichever display is used. Thread-safe: lines are written whole, under a lock.
 */
class LineProgress implements BenchmarkListener {

    private final PrintWriter out;
    private final boolean quiet;
    private final Map<String, Integer> lastTenth = new ConcurrentHashMap<>();
    private final AtomicInteger deletedEndpoints = new AtomicInteger();
    private final AtomicInteger deletedEndpointConfigs = new AtomicInteger();
    private final List<String> teardownFailures = Collections.synchronizedList(new ArrayList<>());

    /** Lines to {@code out}; {@code quiet} keeps only failures. */
    LineProgress(PrintWriter out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    @Override
    public void runStarted(BenchmarkPlan plan) {
        emit("run " + plan.runId() + ": model " + plan.modelName() + ", results in " + plan.outputDirectory());
    }

    @Override
    public void pricesChosen(String source, List<String> notes) {
        emit("prices: " + source);
        notes.forEach(note -> emit("prices: " + note));
    }

    @Override
    public void phaseStarted(Phase phase, List<BenchmarkConfiguration> configurations) {
        emit(ConfigurationLabels.phase(phase) + ": " + configurations.size() + " configuration"
                + (configurations.size() == 1 ? "" : "s") + ": "
                + String.join(", ", configurations.stream().map(BenchmarkConfiguration::id).toList()));
    }

    @Override
    public void deploymentStarted(EndpointRequest request, String endpointName) {
        emit("  deploying " + endpointName + " (" + request.shape().memoryMb() + " MB, MaxConcurrency "
                + request.shape().maxConcurrency()
                + (request.provisionedConcurrency() > 0 ? ", ProvisionedConcurrency " + request.provisionedConcurrency() : "")
                + ")");
    }

    @Override
    public void endpointReady(DeployedEndpoint endpoint) {
        emit("  ready: " + endpoint.endpointName() + " after " + ConfigurationLabels.duration(endpoint.deploymentDuration()));
    }

    @Override
    public void deploymentFailed(DeploymentFailure failure) {
        alert("  deployment failed: " + failure.endpointName() + " (" + failure.request().shape().memoryMb() + " MB): "
                + failure.reason());
    }

    @Override
    public void configurationStarted(BenchmarkConfiguration configuration, String endpointName, long plannedCalls) {
        lastTenth.put(configuration.id(), 0);
        // a stairs phase runs for its steps' time, not for a number of calls
        emit("  " + ConfigurationLabels.describe(configuration) + ": "
                + (plannedCalls > 0 ? plannedCalls + " calls to " : "calls to ") + endpointName);
    }

    @Override
    public void progress(BenchmarkConfiguration configuration, long done, long planned) {
        if (planned <= 0) {
            return;
        }
        int tenth = (int) Math.min(10, done * 10 / planned);
        Integer previous = lastTenth.get(configuration.id());
        if (tenth > 0 && tenth < 10 && previous != null && tenth > previous
                && lastTenth.replace(configuration.id(), previous, tenth)) {
            emit("  " + configuration.id() + ": " + done + "/" + planned + " calls (" + tenth * 10 + "%)");
        }
    }

    @Override
    public void configurationAbandoned(BenchmarkConfiguration configuration, String reason) {
        // a stopping condition's reason says "stopped at ..." itself; the error threshold's says what it counted
        alert("  " + configuration.id() + ": " + (reason.startsWith("stopped") ? "" : "abandoned: ") + reason);
    }

    @Override
    public void configurationFinished(RecordedConfiguration recorded) {
        emit("  " + recorded.configuration().id() + ": done: " + outcomes(recorded.outcomes())
                + latency(recorded.successLatencies()));
    }

    @Override
    public void phaseSkipped(Phase phase, String reason) {
        alert(ConfigurationLabels.phase(phase) + ": skipped: " + reason);
    }

    @Override
    public void phaseFinished(Phase phase, List<ConfigurationResult> results) {
        emit(ConfigurationLabels.phase(phase) + ": finished; its endpoints are deleted");
    }

    @Override
    public void teardownFinished(TeardownReport report) {
        deletedEndpoints.addAndGet(report.deletedEndpoints().size());
        deletedEndpointConfigs.addAndGet(report.deletedEndpointConfigs().size());
        teardownFailures.addAll(report.failures());
        report.failures().forEach(failure -> alert("  could not delete " + failure));
    }

    @Override
    public void waitingForQuota(EndpointRequest next, String reason) {
        emit("  waiting for room in the account's serverless quotas before deploying " + next.key() + " (" + reason + ")");
    }

    @Override
    public void expiredResourcesDeleted(ExpiredResources deleted) {
        deleted.lines().forEach(line -> emit("lease: " + line));
        deleted.failures().forEach(failure -> alert("lease: " + failure));
    }

    /** Endpoints deleted by the run's final teardown (phases delete their own as they end). */
    int deletedEndpoints() {
        return deletedEndpoints.get();
    }

    /** Endpoint configs deleted by the run's final teardown. */
    int deletedEndpointConfigs() {
        return deletedEndpointConfigs.get();
    }

    /** Resources teardown could not delete, one message each. */
    List<String> teardownFailures() {
        synchronized (teardownFailures) {
            return List.copyOf(teardownFailures);
        }
    }

    /** Stops any drawing and leaves the cursor on a fresh line. */
    void finish() {
    }

    /** Writes one line of progress, unless quiet. */
    void emit(String line) {
        if (!quiet) {
            write(line);
        }
    }

    /** Writes one line even when quiet: something went wrong. */
    void alert(String line) {
        write(line);
    }

    /** Writes a whole line; subclasses that draw on the terminal wrap this. */
    void write(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    static String outcomes(OutcomeCounts o) {
        return o.ok() + " ok, " + o.throttled() + " throttled, " + o.errors() + " failed";
    }

    private static String latency(Histogram latenciesNanos) {
        if (latenciesNanos.getTotalCount() == 0) {
            return "";
        }
        return "; p50 " + ConfigurationLabels.millis(latenciesNanos.getValueAtPercentile(50) / 1e6)
                + ", p99 " + ConfigurationLabels.millis(latenciesNanos.getValueAtPercentile(99) / 1e6);
    }
}
