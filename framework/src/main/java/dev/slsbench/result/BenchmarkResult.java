package dev.slsbench.result;

import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.cost.CostAnalysis;
import dev.slsbench.payload.PayloadSummary;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.Phase;
import dev.slsbench.recommend.Recommendation;
import org.apiguardian.api.API;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable outcome of a whole run: what was planned, where it ran, every configuration's
 * measurements, cost and recommendation. Reports and SLA checks read only this (it round-trips
 * through {@code results.json}), never the runtime.
 *
 * @param plan the plan that was run
 * @param environment where it ran
 * @param startedAt when the run started
 * @param finishedAt when it finished
 * @param payloads the example invocations used
 * @param configurations every configuration, in the order they were planned
 * @param costAnalysis costs and savings, empty when the region is not priced or nothing succeeded
 * @param recommendation the recommended configuration, empty when nothing succeeded
 * @param warnings things the reader should know (unpriced region, missing metrics, fallbacks)
 * @param slaVerdicts verdicts of the service-level criteria evaluated on this run, empty when none were set
 *        (a results.json written without them reads as empty)
 * @param coldStarts the samples of the cold-start phase, empty when it did not run
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BenchmarkResult(BenchmarkPlan plan, RunEnvironment environment, Instant startedAt, Instant finishedAt,
                              PayloadSummary payloads, List<ConfigurationResult> configurations,
                              Optional<CostAnalysis> costAnalysis, Optional<Recommendation> recommendation,
                              List<String> warnings, List<SlaVerdict> slaVerdicts, List<ColdStartSample> coldStarts) {

    public BenchmarkResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(payloads, "payloads");
        configurations = List.copyOf(configurations);
        costAnalysis = costAnalysis == null ? Optional.empty() : costAnalysis;
        recommendation = recommendation == null ? Optional.empty() : recommendation;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        slaVerdicts = slaVerdicts == null ? List.of() : List.copyOf(slaVerdicts);
        coldStarts = coldStarts == null ? List.of() : List.copyOf(coldStarts);
    }

    /** A result without a cold-start phase. */
    public BenchmarkResult(BenchmarkPlan plan, RunEnvironment environment, Instant startedAt, Instant finishedAt,
                           PayloadSummary payloads, List<ConfigurationResult> configurations,
                           Optional<CostAnalysis> costAnalysis, Optional<Recommendation> recommendation,
                           List<String> warnings, List<SlaVerdict> slaVerdicts) {
        this(plan, environment, startedAt, finishedAt, payloads, configurations, costAnalysis, recommendation,
                warnings, slaVerdicts, List.of());
    }

    /** A result without SLA verdicts. */
    public BenchmarkResult(BenchmarkPlan plan, RunEnvironment environment, Instant startedAt, Instant finishedAt,
                           PayloadSummary payloads, List<ConfigurationResult> configurations,
                           Optional<CostAnalysis> costAnalysis, Optional<Recommendation> recommendation,
                           List<String> warnings) {
        this(plan, environment, startedAt, finishedAt, payloads, configurations, costAnalysis, recommendation,
                warnings, List.of());
    }

    /** This result with {@code verdicts} as its SLA verdicts. */
    public BenchmarkResult withSlaVerdicts(List<SlaVerdict> verdicts) {
        return new BenchmarkResult(plan, environment, startedAt, finishedAt, payloads, configurations, costAnalysis,
                recommendation, warnings, verdicts, coldStarts);
    }

    /** The SLA verdicts on the configuration with {@code id}, in the order evaluated. */
    public List<SlaVerdict> slaVerdicts(String id) {
        return slaVerdicts.stream().filter(v -> v.configurationId().equals(id)).toList();
    }

    /** The run id. */
    public String runId() {
        return plan.runId();
    }

    /** The configurations of one phase, in planned order. */
    public List<ConfigurationResult> configurations(Phase phase) {
        return configurations.stream().filter(c -> c.configuration().phase() == phase).toList();
    }

    /** The configuration with {@code id}, if it was part of the run. */
    public Optional<ConfigurationResult> configuration(String id) {
        return configurations.stream().filter(c -> c.configuration().id().equals(id)).findFirst();
    }

    /**
     * The cost of the stability configuration with {@code memoryMb} at the plan's first
     * ProvisionedConcurrency value, if it was costed.
     */
    public Optional<ConfigurationCost> cost(int memoryMb) {
        return costAnalysis.flatMap(c -> c.forMemory(memoryMb));
    }

    /** The cost of {@code configuration}'s memory size and ProvisionedConcurrency, if it was costed. */
    public Optional<ConfigurationCost> cost(BenchmarkConfiguration configuration) {
        return costAnalysis.flatMap(c -> c.forConfiguration(configuration.memoryMb(),
                configuration.provisionedConcurrency()));
    }
}
