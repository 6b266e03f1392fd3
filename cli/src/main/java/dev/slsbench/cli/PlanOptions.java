package dev.slsbench.cli;

import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.RampPhase;
import dev.slsbench.plan.StairsPhase;
import dev.slsbench.plan.PayloadOrder;
import dev.slsbench.plan.RecommendationStrategy;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The benchmark options of {@code slsbench run}: the Python toolkit's parameters under the flag
 * names DESIGN.md pins, then the options slsbench adds. A flag left out keeps the plan's default
 * (or the {@code --plan} file's value); list flags take values separated by spaces or commas.
 */
final class PlanOptions {

    @Option(names = "--memory-sizes", split = ",", arity = "1..*", paramLabel = "MB",
            description = "Memory sizes of the stability phase (1024..6144, steps of 1024). Default: all six.")
    List<Integer> memorySizesMb;

    @Option(names = "--stability-invocations", paramLabel = "N",
            description = "Sequential calls per memory size. Default: " + BenchmarkPlan.DEFAULT_STABILITY_INVOCATIONS + ".")
    Integer stabilityInvocations;

    @Option(names = "--error-threshold", paramLabel = "N",
            description = "Failed calls after which a configuration is abandoned. Default: "
                    + BenchmarkPlan.DEFAULT_ERROR_THRESHOLD + ".")
    Integer errorThreshold;

    @Option(names = "--toolkit-error-threshold",
            description = "Count throttled calls toward --error-threshold too, as the toolkit does."
                    + " Default: only other failures count.")
    Boolean toolkitErrorThreshold;

    @Option(names = "--concurrency-max", split = ",", arity = "1..*", paramLabel = "N",
            description = "MaxConcurrency values of the concurrency phase (1..200). Default: 2 4 8.")
    List<Integer> concurrencyMaxValues;

    @Option(names = "--client-multipliers", split = ",", arity = "1..*", paramLabel = "X",
            description = "Clients per MaxConcurrency in the concurrency phase: clients = ceil(max × X)."
                    + " Default: 1 1.5 1.75 2.")
    List<Double> clientMultipliers;

    @Option(names = "--concurrency-invocations", paramLabel = "N",
            description = "Calls per concurrency configuration. Default: " + BenchmarkPlan.DEFAULT_CONCURRENCY_INVOCATIONS + ".")
    Integer concurrencyInvocations;

    @Option(names = "--cold-start-delay", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Wait after deploying, before the first call, so that it is cold (e.g. 30s, 2m;"
                    + " a bare number is seconds). Default: 0.")
    Duration coldStartDelay;

    @Option(names = "--warmup-invocations", paramLabel = "N",
            description = "Calls made before each stability and concurrency configuration's measured calls: kept in"
                    + " the raw CSV, marked warmup, and counted in no statistic or SLA. Default: 0.")
    Integer warmupInvocations;

    @Option(names = "--include-cold-starts-in-latency",
            description = "Latency statistics, recommendation and latency SLAs include the calls judged cold."
                    + " Default: warm calls only; cold calls get their own summary.")
    Boolean includeColdStartsInLatency;

    @Option(names = "--no-concurrency", description = "Skip the concurrency phase.")
    Boolean noConcurrency;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Results folder. Default: slsbench-results/<run-id>.")
    Path output;

    @Option(names = "--concurrency-memory-size", paramLabel = "MB",
            description = "Pin the concurrency phase's memory size instead of using the recommended one.")
    Integer concurrencyMemoryMb;

    @Option(names = "--provisioned-concurrency", split = ",", arity = "1..*", paramLabel = "N",
            description = "ProvisionedConcurrency values: the cold-start, stability and concurrency phases run at "
                    + "each, open-loop phases and traffic shapes at the first; none may exceed a MaxConcurrency it "
                    + "meets (SageMaker refuses it). Default: 0.")
    List<Integer> provisionedConcurrency;

    @Option(names = "--cold-starts", paramLabel = "N",
            description = "Forced cold starts measured per memory size, each on a fresh endpoint (written to "
                    + "cold_start_benchmark_results/cold_starts.csv). Default: 0 (none).")
    Integer coldStarts;

    @Option(names = "--think-time", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Client pause before each closed-loop call, not counted in latency. Default: 0.")
    Duration thinkTime;

    @Option(names = "--strategy", paramLabel = "STRATEGY",
            description = "How the recommended memory size is chosen: toolkit (the Python toolkit's rule), cost,"
                    + " speed or balanced (the last three prefer a larger size only on a significant gain). Default: toolkit.")
    RecommendationStrategy strategy;

    @Option(names = "--open-loop", split = ",", paramLabel = "PHASE", converter = OpenLoopPhaseConverter.class,
            description = "An open-loop (Poisson arrivals) phase, " + OpenLoopPhaseConverter.FORMAT
                    + " (arrivals/s : duration : memory : MaxConcurrency). Repeatable.")
    List<OpenLoopPhase> openLoopPhases;

    @Option(names = "--stairs", split = ",", paramLabel = "PHASE", converter = StairsPhaseConverter.class,
            description = "A stairs phase: closed-loop users added step by step, " + StairsPhaseConverter.FORMAT
                    + ". Per-step results and the knee go to results.json, traffic_steps.csv and the report. Repeatable.")
    List<StairsPhase> stairsPhases;

    @Option(names = "--ramp", split = ",", paramLabel = "PHASE", converter = RampPhaseConverter.class,
            description = "A ramping arrival rate: Poisson arrivals whose rate changes linearly, "
                    + RampPhaseConverter.FORMAT + ", reported in 10 steps. Repeatable.")
    List<RampPhase> rampPhases;

    @Option(names = "--stop-p99-ms", paramLabel = "MS",
            description = "Stop a configuration when the p99 of its calls that ended in the last 5 s (at least 20)"
                    + " goes above MS; the knee of stairs and ramps is read under it too. Default: never.")
    Double stopP99Millis;

    @Option(names = "--stop-error-rate", paramLabel = "FRACTION",
            description = "Stop a configuration when the fraction of failed calls (throttles not counted) among those"
                    + " that ended in the last 5 s goes above FRACTION. Default: never.")
    Double stopErrorRate;

    @Option(names = "--max-duration", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop a configuration (of any phase) that has run this long. Default: no limit.")
    Duration maxDuration;

    @Option(names = "--payload-order", paramLabel = "ORDER", converter = PayloadOrderConverter.class,
            description = "round-robin (examples in turn, each as often as its Weight), random (as the toolkit"
                    + " picks, in proportion to the weights; seeded, the seed recorded in results.json) or once (each"
                    + " example exactly once per configuration, in place of the invocation counts; open-loop phases"
                    + " stop when the examples are used up). Default: round-robin.")
    PayloadOrder payloadOrder;

    @Option(names = "--payload-seed", paramLabel = "N",
            description = "The seed of --payload-order random, to repeat a run's picks. Default: drawn.")
    Long payloadSeed;

    @Option(names = "--monthly-invocations", paramLabel = "N",
            description = "Your traffic in calls per month: the cost per month at it (compute, data processing and"
                    + " provisioned concurrency) is shown for each configuration. Default: none.")
    Long monthlyInvocations;

    @Option(names = "--price-region", paramLabel = "REGION",
            description = "Borrow the prices of REGION for a run in a region that has none; results mark them as"
                    + " borrowed. Default: the run's region.")
    String priceRegion;

    @Option(names = "--price-table", paramLabel = "FILE",
            description = "A JSON price table overriding the bundled 2022 prices (see the framework's price table).")
    Path priceTable;

    @Option(names = "--run-id", paramLabel = "ID",
            description = "The run id tagging every resource (1..16 lower-case letters, digits, hyphens). Default: generated.")
    String runId;

    /** A plan builder for {@code model} with every flag that was given applied over the defaults. */
    BenchmarkPlan.Builder builder(String model) {
        BenchmarkPlan.Builder b = BenchmarkPlan.builder(model);
        if (memorySizesMb != null) {
            b.memorySizesMb(memorySizesMb);
        }
        if (stabilityInvocations != null) {
            b.stabilityInvocations(stabilityInvocations);
        }
        if (errorThreshold != null) {
            b.errorThreshold(errorThreshold);
        }
        if (toolkitErrorThreshold != null) {
            b.errorThresholdCountsThrottles(toolkitErrorThreshold);
        }
        if (warmupInvocations != null) {
            b.warmupInvocations(warmupInvocations);
        }
        if (includeColdStartsInLatency != null) {
            b.includeColdStartsInLatency(includeColdStartsInLatency);
        }
        if (concurrencyMaxValues != null) {
            b.concurrencyMaxValues(concurrencyMaxValues);
        }
        if (clientMultipliers != null) {
            b.clientMultipliers(clientMultipliers);
        }
        if (concurrencyInvocations != null) {
            b.concurrencyInvocations(concurrencyInvocations);
        }
        if (coldStartDelay != null) {
            b.coldStartDelay(coldStartDelay);
        }
        if (noConcurrency != null) {
            b.includeConcurrency(!noConcurrency);
        }
        if (output != null) {
            b.outputDirectory(output);
        }
        b.concurrencyMemoryMb(concurrencyMemoryMb);
        if (provisionedConcurrency != null) {
            b.provisionedConcurrency(provisionedConcurrency);
        }
        if (coldStarts != null) {
            b.coldStarts(coldStarts);
        }
        if (thinkTime != null) {
            b.thinkTime(thinkTime);
        }
        if (strategy != null) {
            b.recommendationStrategy(strategy);
        }
        if (openLoopPhases != null) {
            b.openLoopPhases(openLoopPhases);
        }
        if (stairsPhases != null) {
            b.stairsPhases(stairsPhases);
        }
        if (rampPhases != null) {
            b.rampPhases(rampPhases);
        }
        b.stopP99Millis(stopP99Millis);
        b.stopErrorRate(stopErrorRate);
        b.maxDuration(maxDuration);
        if (payloadOrder != null) {
            b.payloadOrder(payloadOrder);
        }
        b.payloadSeed(payloadSeed);
        b.monthlyInvocations(monthlyInvocations);
        b.priceRegion(priceRegion);
        b.priceTableFile(priceTable);
        b.runId(runId);
        return b;
    }
}
