package dev.slsbench;

import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.cost.RunPrices;
import dev.slsbench.load.ClosedLoopSettings;
import dev.slsbench.load.ColdStartProbe;
import dev.slsbench.load.ConcurrencyRunner;
import dev.slsbench.load.ExampleOrder;
import dev.slsbench.load.OpenLoopRunner;
import dev.slsbench.load.StabilityRunner;
import dev.slsbench.load.TrafficRunner;
import dev.slsbench.metrics.MetricsCollector;
import dev.slsbench.output.ReportRenderer;
import dev.slsbench.output.ResultFilesWriter;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.payload.PayloadSummary;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.Phase;
import dev.slsbench.plan.ProvisionedConcurrencySuffix;
import dev.slsbench.provision.AccountLimits;
import dev.slsbench.provision.AwsClients;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.provision.EndpointProvisioner;
import dev.slsbench.provision.EndpointRequest;
import dev.slsbench.provision.Leases;
import dev.slsbench.provision.ResourceNames;
import dev.slsbench.provision.Teardown;
import dev.slsbench.recommend.Recommendation;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ColdStartSample;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.RunEnvironment;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.sla.SlaCriterion;
import dev.slsbench.sla.SlaEvaluator;
import dev.slsbench.sla.SlaThresholds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One run of a plan, phase after phase: the cold-start phase when asked for, stability, then cost and recommendation, then
 * concurrency at the pinned or recommended memory size, then any open-loop phases; then the
 * result files, written once with the SLA verdicts (each phase is judged as it ends). Each phase deletes its endpoints when it ends; the caller's {@link Teardown}
 * catches whatever an exception or interrupt leaves. At a pinned memory size the concurrency
 * phase's first wave deploys while the stability phase reads CloudWatch ({@link EarlyWave}).
 */
final class BenchmarkRun {

    private final BenchmarkPlan plan;
    private final Payloads payloads;
    private final PayloadSummary payloadSummary;
    private final AwsClients clients;
    private final AwsTarget target;
    private final String region;
    private final RunPrices prices;
    private final Teardown teardown;
    private final Leases leases;
    private final AccountLimits accountLimits;
    private final BenchmarkListener listener;
    private final Optional<ReportRenderer> renderer;
    private final List<SlaThresholds> slas;
    private final List<SlaVerdict> verdicts = new ArrayList<>();
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    BenchmarkRun(BenchmarkPlan plan, Payloads payloads, PayloadSummary payloadSummary, AwsClients clients,
                 AwsTarget target, String region, RunPrices prices, List<String> priceNotes, Teardown teardown,
                 Leases leases, AccountLimits accountLimits, BenchmarkListener listener,
                 Optional<ReportRenderer> renderer, List<SlaThresholds> slas) {
        this.plan = plan;
        this.payloads = payloads;
        this.payloadSummary = payloadSummary;
        this.clients = clients;
        this.target = target;
        this.region = region;
        this.prices = prices;
        this.warnings.addAll(priceNotes);
        this.teardown = teardown;
        this.leases = leases;
        this.accountLimits = accountLimits;
        this.listener = listener;
        this.renderer = renderer;
        this.slas = List.copyOf(slas);
    }

    BenchmarkResult execute() throws InterruptedException {
        Instant startedAt = Instant.now();
        listener.runStarted(plan);
        ResultsLayout layout = new ResultsLayout(plan.outputDirectory());
        EndpointProvisioner provisioner = new EndpointProvisioner(clients.sageMaker(), target, teardown,
                new ResourceNames(plan.modelName(), plan.runId()), plan.runId(), listener, leases,
                accountLimits);
        MetricsCollector metrics = new MetricsCollector(clients.cloudWatch(), target.metricsSettleTimeout(),
                target.isLocal() ? Duration.ofMillis(100) : Duration.ofSeconds(15), target.metricsResolution());
        PhaseExecution phases = new PhaseExecution(provisioner, teardown, metrics, layout, listener, warnings,
                plan.includeColdStartsInLatency(), plan.warmupInvocations());
        List<ColdStartSample> coldStarts = plan.coldStarts() == 0 ? List.of()
                : new ColdStartPhase(plan, provisioner, teardown, metrics,
                        new ColdStartProbe(clients.runtime(), payloads), warnings).run();

        Function<ConcurrencyConfiguration, EndpointRequest> concurrencyEndpoint = c -> endpoint("c" + c.memoryMb()
                + "-" + c.maxConcurrency() + ProvisionedConcurrencySuffix.of(c.provisionedConcurrency()), c.endpointShape(),
                c.provisionedConcurrency());
        // at a pinned memory size the concurrency endpoints are known before the stability phase ends: they
        // deploy while its CloudWatch metrics are read (the recommendation needs those, so otherwise they wait)
        Optional<Integer> pinnedMemoryMb = plan.includeConcurrency() ? plan.concurrencyMemoryMb() : Optional.empty();
        AtomicReference<EarlyWave> earlyConcurrency = new AtomicReference<>();
        try {
            return execute(startedAt, layout, phases, coldStarts, concurrencyEndpoint, earlyConcurrency,
                    () -> pinnedMemoryMb.ifPresent(mb -> earlyConcurrency.set(
                            phases.deployEarly(plan.concurrencyConfigurations(mb), concurrencyEndpoint))));
        } finally {
            EarlyWave early = earlyConcurrency.get();
            if (early != null) {
                early.close();
            }
        }
    }

    private BenchmarkResult execute(Instant startedAt, ResultsLayout layout, PhaseExecution phases,
                                    List<ColdStartSample> coldStarts,
                                    Function<ConcurrencyConfiguration, EndpointRequest> concurrencyEndpoint,
                                    AtomicReference<EarlyWave> earlyConcurrency, Runnable afterStabilityCalls)
            throws InterruptedException {
        PhaseExecution.Outcome stability = phases.run(Phase.STABILITY, plan.stabilityConfigurations(),
                c -> endpoint(c.id(), c.endpointShape(), c.provisionedConcurrency()),
                new StabilityRunner(clients.runtime(), payloads, ClosedLoopSettings.stability(plan),
                        target.metricsResolution(), listener)::run,
                null, afterStabilityCalls);
        StabilityAnalysis.Analysis analysis = StabilityAnalysis.analyse(plan, prices, region, stability.results(),
                stability.recorded(), warnings);
        Function<BenchmarkConfiguration, Optional<ConfigurationCost>> costs = c -> analysis.cost().flatMap(a ->
                a.forConfiguration(c.memoryMb(), c.provisionedConcurrency()));
        judge(Phase.STABILITY, stability.results(), costs);
        List<ConfigurationResult> results = new ArrayList<>(stability.results());
        Optional<Recommendation> recommendation = analysis.recommendation();

        if (plan.includeConcurrency()) {
            Optional<Integer> memoryMb = plan.concurrencyMemoryMb()
                    .or(() -> analysis.recommendation().map(Recommendation::memoryMb));
            if (memoryMb.isPresent()) {
                List<ConfigurationResult> concurrency = phases.run(Phase.CONCURRENCY,
                        plan.concurrencyConfigurations(memoryMb.get()), concurrencyEndpoint,
                        new ConcurrencyRunner(clients.runtime(), payloads, ClosedLoopSettings.concurrency(plan),
                                target.metricsResolution(), listener)::run, earlyConcurrency.get(), () -> { }).results();
                judge(Phase.CONCURRENCY, concurrency, costs);
                results.addAll(concurrency);
                // MaxConcurrency is chosen among the configurations at the recommended ProvisionedConcurrency
                int provisioned = recommendation.flatMap(Recommendation::provisionedConcurrency)
                        .orElse(plan.provisionedConcurrency());
                recommendation = ConcurrencyAnalysis.withMaxConcurrency(recommendation, memoryMb.get(),
                        concurrency.stream().filter(r -> r.configuration().provisionedConcurrency() == provisioned)
                                .toList(), warnings);
            } else {
                String reason = "no memory size was pinned or recommended";
                warnings.add("concurrency phase skipped: " + reason);
                listener.phaseSkipped(Phase.CONCURRENCY, reason);
            }
        }
        if (!plan.openLoopPhases().isEmpty()) {
            List<ConfigurationResult> openLoop = phases.run(Phase.OPEN_LOOP, plan.openLoopConfigurations(),
                    c -> endpoint(c.id(), c.endpointShape(), c.provisionedConcurrency()),
                    new OpenLoopRunner(clients.runtime(), payloads, ExampleOrder.of(plan), plan.coldStartDelay(),
                            OpenLoopRunner.DEFAULT_SEED, plan.stopConditions(), listener, warnings::add)::run).results();
            judge(Phase.OPEN_LOOP, openLoop, costs);
            results.addAll(openLoop);
        }
        if (!plan.trafficConfigurations().isEmpty()) {
            List<ConfigurationResult> traffic = phases.run(Phase.TRAFFIC, plan.trafficConfigurations(),
                    c -> endpoint(c.id(), c.endpointShape(), c.provisionedConcurrency()),
                    new TrafficRunner(clients.runtime(), payloads, ClosedLoopSettings.traffic(plan),
                            OpenLoopRunner.DEFAULT_SEED, plan.stopConditions(), target.metricsResolution(), listener,
                            warnings::add)::run).results()
                    .stream().map(r -> TrafficAnalysis.withKnee(r, kneeP99LimitMillis(r.configuration()))).toList();
            judge(Phase.TRAFFIC, traffic, costs);
            results.addAll(traffic);
        }

        RunEnvironment environment = RunEnvironment.current(
                target.endpointUrl().map(Object::toString).orElse("aws"), region);
        BenchmarkResult result = new BenchmarkResult(plan, environment, startedAt, Instant.now(), payloadSummary,
                results, analysis.cost(), recommendation, List.copyOf(warnings), verdicts, coldStarts);
        try {
            ResultFilesWriter.write(result, layout.root(), renderer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results under " + layout.root(), e);
        }
        return result;
    }

    /**
     * The p99 a traffic step of {@code configuration} must stay under to count toward its knee: the
     * plan's stop limit, else the strictest p99 SLA that applies to it, else none (throttles and
     * errors only).
     */
    private OptionalDouble kneeP99LimitMillis(BenchmarkConfiguration configuration) {
        if (plan.stopP99Millis().isPresent()) {
            return OptionalDouble.of(plan.stopP99Millis().get());
        }
        return slas.stream().filter(sla -> sla.appliesTo(configuration))
                .map(sla -> sla.limit(SlaCriterion.P99_MILLIS)).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).min();
    }

    /** Judges a phase's results against the run's SLAs, once, and tells the listener. */
    private void judge(Phase phase, List<ConfigurationResult> results,
                       Function<BenchmarkConfiguration, Optional<ConfigurationCost>> costs) {
        List<SlaVerdict> judged = SlaEvaluator.evaluate(results, costs, slas);
        verdicts.addAll(judged);
        listener.phaseJudged(phase, results, judged);
    }

    private EndpointRequest endpoint(String key, dev.slsbench.plan.EndpointShape shape, int provisionedConcurrency) {
        return new EndpointRequest(key, plan.modelName(), shape, provisionedConcurrency);
    }
}
