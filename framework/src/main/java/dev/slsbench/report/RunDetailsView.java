package dev.slsbench.report;

import dev.slsbench.payload.PayloadSummary;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.PayloadOrder;
import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.RunEnvironment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The run details: the plan as run, the example payloads, the target, versions and times — what
 * someone needs to repeat the run or to judge whether two reports are comparable.
 *
 * @param plan the plan's options
 * @param payloads the payload summary
 * @param environment target, versions and times
 */
record RunDetailsView(List<Definition> plan, List<Definition> payloads, List<Definition> environment) {

    /**
     * One term and its value.
     *
     * @param term the name
     * @param value the value
     */
    record Definition(String term, String value) {
    }

    static RunDetailsView of(BenchmarkResult result) {
        BenchmarkPlan p = result.plan();
        List<Definition> plan = new ArrayList<>();
        plan.add(new Definition("Model", p.modelName()));
        plan.add(new Definition("Run id", p.runId()));
        plan.add(new Definition("Memory sizes", join(p.memorySizesMb()) + " MB"));
        boolean once = p.payloadOrder() == PayloadOrder.ONCE;
        String onePerExample = "one per example (" + Formats.count(result.payloads().count()) + "), payload order once";
        plan.add(new Definition("Stability invocations", once ? onePerExample
                : Formats.count(p.stabilityInvocations()) + " per memory size"));
        plan.add(new Definition("Error threshold", p.errorThreshold() + " failed calls"
                + (p.errorThresholdCountsThrottles() ? ", throttles included" : "")));
        if (p.includeConcurrency()) {
            plan.add(new Definition("MaxConcurrency values", join(p.concurrencyMaxValues())));
            plan.add(new Definition("Client multipliers", p.clientMultipliers().stream().map(Formats::exact)
                    .collect(Collectors.joining(", "))));
            plan.add(new Definition("Concurrency invocations", once ? onePerExample
                    : Formats.count(p.concurrencyInvocations()) + " per configuration"));
            plan.add(new Definition("Concurrency memory size", p.concurrencyMemoryMb().map(m -> m + " MB (pinned)")
                    .orElse("the recommended one")));
        } else {
            plan.add(new Definition("Concurrency benchmark", "not run"));
        }
        plan.add(new Definition("Cold-start delay", Formats.duration(p.coldStartDelay())));
        plan.add(new Definition("Warm-up invocations", p.warmupInvocations() == 0 ? "none"
                : Formats.count(p.warmupInvocations()) + " per configuration, in the raw CSV only"));
        plan.add(new Definition("Latency statistics", p.includeColdStartsInLatency()
                ? "every successful call, cold starts included" : "warm calls only; cold calls summarised apart"));
        plan.add(new Definition("Think time", Formats.duration(p.thinkTime())));
        plan.add(new Definition("Latency measured", "stability and concurrency: "
                + Phase.STABILITY.latencyMeasurement().description()
                + (p.openLoopPhases().isEmpty() ? ""
                        : "; open loop: " + Phase.OPEN_LOOP.latencyMeasurement().description())));
        plan.add(new Definition("Payload order", p.payloadOrder().flagValue()
                + p.payloadSeed().map(seed -> " (seed " + seed + ")").orElse("")));
        plan.add(new Definition("Provisioned concurrency", !p.measuresProvisionedConcurrency() ? "none"
                : p.provisionedConcurrencyValues().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", "))));
        for (int i = 0; i < p.openLoopPhases().size(); i++) {
            OpenLoopPhase phase = p.openLoopPhases().get(i);
            plan.add(new Definition("Open-loop phase " + (i + 1), Formats.exact(phase.arrivalsPerSecond())
                    + " calls/s for " + Formats.duration(phase.duration()) + " at " + phase.memoryMb()
                    + " MB, MaxConcurrency " + phase.maxConcurrency()));
        }
        for (var traffic : p.trafficConfigurations()) {
            plan.add(new Definition("Traffic shape " + (traffic.index() + 1), IndexedConfiguration.label(traffic)));
        }
        List<String> stops = new ArrayList<>();
        p.stopP99Millis().ifPresent(ms -> stops.add("its rolling p99 goes above " + Formats.millis(ms)));
        p.stopErrorRate().ifPresent(rate -> stops.add("its rolling error rate goes above " + Formats.percentOfFraction(rate)));
        p.maxDuration().ifPresent(d -> stops.add("it has run " + Formats.duration(d)));
        plan.add(new Definition("Stopping conditions", stops.isEmpty() ? "none"
                : "a configuration stops when " + String.join(", or when ", stops)));
        plan.add(new Definition("Recommendation strategy", p.recommendationStrategy().name()));
        plan.add(new Definition("Price table", p.priceTableFile().map(Object::toString).orElse("bundled")
                + result.costAnalysis().map(c -> " (version " + c.priceTableVersion() + ")").orElse("")));

        PayloadSummary s = result.payloads();
        List<Definition> payloads = List.of(new Definition("Examples", Formats.count(s.count())),
                new Definition("Mean request body", Formats.bytes(s.meanBodyBytes())),
                new Definition("Largest request body", Formats.bytes(s.maxBodyBytes())),
                new Definition("Source", s.source()));

        RunEnvironment e = result.environment();
        List<Definition> environment = List.of(
                new Definition("Target", RunTarget.describe(e)),
                new Definition("Region", e.region()),
                new Definition("Started", Formats.timestamp(result.startedAt())),
                new Definition("Finished", Formats.timestamp(result.finishedAt())),
                new Definition("Duration", Formats.duration(Duration.between(result.startedAt(), result.finishedAt()))),
                new Definition("slsbench", String.valueOf(e.slsbenchVersion())),
                new Definition("Java", e.javaVersion() + " (" + e.javaVendor() + ")"),
                new Definition("Operating system", e.osName() + " " + e.osArch() + ", " + e.availableProcessors()
                        + " processors"));
        return new RunDetailsView(plan, payloads, environment);
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
