package dev.slsbench;

import dev.slsbench.cost.InvalidPriceTableException;
import dev.slsbench.cost.PriceListSource;
import dev.slsbench.cost.PriceTable;
import dev.slsbench.cost.ProvisionedConcurrencyPriceCheck;
import dev.slsbench.cost.RunPrices;
import dev.slsbench.load.OpenLoopRunner;
import dev.slsbench.output.ReportRenderer;
import dev.slsbench.payload.InvalidPayloadException;
import dev.slsbench.payload.PayloadFile;
import dev.slsbench.payload.PayloadSummary;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.InvalidPlanException;
import dev.slsbench.plan.PayloadOrder;
import dev.slsbench.plan.PlanOption;
import dev.slsbench.plan.PlanProblem;
import dev.slsbench.provision.AccountLimits;
import dev.slsbench.provision.AwsClients;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.provision.Cleanup;
import dev.slsbench.provision.Leases;
import dev.slsbench.provision.SlsbenchTags;
import dev.slsbench.provision.Teardown;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.sla.SlaThresholds;
import org.apiguardian.api.API;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.Tag;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The programmatic entry point: runs a {@link BenchmarkPlan} with its {@link Payloads} against
 * SageMaker Serverless (AWS, or any SageMaker-compatible endpoint URL such as the slsbench
 * emulator) and returns the {@link BenchmarkResult}, with the toolkit's result files written
 * under the plan's output directory.
 *
 * <pre>{@code
 * BenchmarkResult result = ServerlessBenchmarks.create().run(plan, PayloadFile.read(path));
 * }</pre>
 *
 * <p>A run validates everything it can before creating anything (plan, payload file, price
 * table, that the model exists), so bad input fails with the offending value and leaves nothing
 * behind. Then: stability endpoints, stability phase, CloudWatch metrics, cost and
 * recommendation, concurrency endpoints at the pinned or recommended memory size (at a pinned size
 * they deploy while the stability metrics are read), concurrency phase, metrics, open-loop phases,
 * result files. Every endpoint and endpoint config it creates
 * is deleted when its phase ends and, whatever happens (exception, interrupt, Ctrl-C through a
 * JVM shutdown hook held for the run's lifetime), before {@code run} returns or throws.
 *
 * <p>For what nothing inside the process can clean up (kill -9, a lost machine) every resource
 * carries a lease tag ({@link Leases}), renewed while the run lives; every run first deletes, in
 * its account and region, the slsbench resources whose lease has ended
 * ({@link BenchmarkListener#expiredResourcesDeleted}), and renews the lease of a model slsbench
 * created while it uses it.
 *
 * <p>Endpoints are deployed in waves that fit the account's serverless quotas
 * ({@link Builder#accountLimits}, SageMaker's defaults unless set) next to what the account's
 * other endpoints use; a plan with an endpoint that could never fit is refused before anything is
 * created.
 *
 * <p>Credentials are explicit or the SDK's default chain; an emulator needs
 * {@code builder().credentialsProvider(AwsTarget.dummyCredentials())}. Instances are immutable
 * and may run several plans, one after another or at once.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ServerlessBenchmarks {

    /** Builds the SDK clients for a run; replaced in tests that need failing clients. */
    @FunctionalInterface
    interface ClientsFactory {
        AwsClients create(AwsTarget target, int maxConcurrentCalls);
    }

    /**
     * Work a front end does with a run's own SageMaker control-plane client once the run has deleted
     * the resources whose lease ended and before it looks for the plan's model: e.g. creating the model
     * from an image. Sharing the run's client saves a front end building a client set of its own.
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    @FunctionalInterface
    public interface ModelSetup {

        /** Nothing to do. */
        ModelSetup NONE = (sageMaker, plan) -> { };

        /**
         * Prepares {@code plan}'s model; an exception stops the run before it creates anything.
         *
         * @param sageMaker the run's control-plane client, open while the run lasts (do not close it)
         */
        void prepare(SageMakerClient sageMaker, BenchmarkPlan plan);
    }

    /** The report renderer registered through {@link ReportRenderer#registered()}, found once. */
    private static final Optional<ReportRenderer> REGISTERED_RENDERER = ReportRenderer.registered();

    private final AwsCredentialsProvider credentialsProvider;
    private final Duration deploymentTimeout;
    private final Duration deploymentPollInterval;
    private final Duration metricsSettleTimeout;
    private final Optional<ReportRenderer> reportRenderer;
    private final ClientsFactory clientsFactory;
    private final Duration lease;
    private final AccountLimits accountLimits;
    private final ModelSetup modelSetup;

    private ServerlessBenchmarks(Builder b) {
        modelSetup = b.modelSetup;
        lease = b.lease;
        accountLimits = b.accountLimits;
        credentialsProvider = b.credentialsProvider;
        deploymentTimeout = b.deploymentTimeout;
        deploymentPollInterval = b.deploymentPollInterval;
        metricsSettleTimeout = b.metricsSettleTimeout;
        reportRenderer = Optional.ofNullable(b.reportRenderer);
        clientsFactory = b.clientsFactory;
    }

    /**
     * Runs with the SDK's default credential chain and the HTML report of the
     * {@link ReportRenderer} registered with {@link ReportRenderer#registered()} (the framework registers its own).
     */
    public static ServerlessBenchmarks create() {
        return builder().build();
    }

    /** A builder for credentials, waiting limits and the report renderer. */
    public static Builder builder() {
        return new Builder();
    }

    /** Runs {@code plan} with {@code payloads}, no SLA and no listener. */
    public BenchmarkResult run(BenchmarkPlan plan, Payloads payloads) throws InterruptedException {
        return run(plan, payloads, List.of(), BenchmarkListener.NONE);
    }

    /**
     * Runs {@code plan} with {@code payloads}, telling {@code listener} what happens.
     *
     * @throws InvalidPlanException when the model does not exist, or an endpoint of the plan can never fit
     *         the account's limits (nothing is created)
     * @throws InvalidPriceTableException when the plan's price table file is bad (nothing is created)
     * @throws InterruptedException when the calling thread is interrupted; everything created is
     *         deleted before it propagates
     */
    public BenchmarkResult run(BenchmarkPlan plan, Payloads payloads, BenchmarkListener listener)
            throws InterruptedException {
        return run(plan, payloads, List.of(), listener);
    }

    /**
     * Runs {@code plan} with {@code payloads}, judging each phase's configurations against
     * {@code slas} as the phase ends: the result and its files carry the verdicts, and
     * {@code listener} hears them with {@link BenchmarkListener#phaseJudged}.
     *
     * @throws InvalidPlanException when the model does not exist (nothing is created)
     * @throws InterruptedException when the calling thread is interrupted; everything created is
     *         deleted before it propagates
     */
    public BenchmarkResult run(BenchmarkPlan plan, Payloads payloads, List<SlaThresholds> slas,
                               BenchmarkListener listener) throws InterruptedException {
        Payloads sent = asSent(plan, payloads);
        return run(plan, sent, sent.summary("programmatic"), slas, listener);
    }

    /**
     * Reads and validates {@code payloadFile} (JSON Lines), then runs {@code plan} with it.
     *
     * @throws InvalidPayloadException naming the file and line of a bad payload (nothing is created)
     */
    public BenchmarkResult run(BenchmarkPlan plan, Path payloadFile, BenchmarkListener listener)
            throws InterruptedException {
        return run(plan, payloadFile, List.of(), listener);
    }

    /**
     * Reads and validates {@code payloadFile} (JSON Lines), then runs {@code plan} with it, judging
     * it against {@code slas} as {@link #run(BenchmarkPlan, Payloads, List, BenchmarkListener)} does.
     *
     * @throws InvalidPayloadException naming the file and line of a bad payload (nothing is created)
     */
    public BenchmarkResult run(BenchmarkPlan plan, Path payloadFile, List<SlaThresholds> slas,
                               BenchmarkListener listener) throws InterruptedException {
        Payloads sent = asSent(plan, PayloadFile.read(payloadFile));
        return run(plan, sent, sent.summary(payloadFile.toString()), slas, listener);
    }

    /** The payloads as {@code plan}'s order sends them: once ignores weights, so its summary counts each example once. */
    private static Payloads asSent(BenchmarkPlan plan, Payloads payloads) {
        Objects.requireNonNull(plan, "plan");
        return plan.payloadOrder() == PayloadOrder.ONCE ? payloads.unweighted() : payloads;
    }

    /** Where and how the plan's calls go: its region and endpoint URL with this instance's settings. */
    public AwsTarget targetFor(BenchmarkPlan plan) {
        return AwsTarget.forPlan(plan).credentialsProvider(credentialsProvider).deploymentTimeout(deploymentTimeout)
                .deploymentPollInterval(deploymentPollInterval).metricsSettleTimeout(metricsSettleTimeout).build();
    }

    private BenchmarkResult run(BenchmarkPlan plan, Payloads payloads, PayloadSummary summary,
                                List<SlaThresholds> slas, BenchmarkListener listener) throws InterruptedException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(slas, "slas");
        Objects.requireNonNull(payloads, "payloads");
        Objects.requireNonNull(listener, "listener");
        plan.priceTableFile().ifPresent(PriceTable::load);
        List<PlanProblem> beyondQuotas = accountLimits.problems(plan);
        if (!beyondQuotas.isEmpty()) {
            throw new InvalidPlanException(beyondQuotas);
        }
        AwsTarget target = targetFor(plan);
        try (AwsClients clients = clientsFactory.create(target, maxConcurrentCalls(plan))) {
            listener.expiredResourcesDeleted(new Cleanup(clients.sageMaker()).deleteExpired(Instant.now()));
            modelSetup.prepare(clients.sageMaker(), plan);
            Optional<DescribeModelResponse> model = requireModel(clients, plan, target);
            String region = Optional.ofNullable(clients.sageMaker().serviceClientConfiguration().region())
                    .map(Region::id).orElse(AwsTarget.DEFAULT_LOCAL_REGION);
            List<String> priceNotes = new ArrayList<>();
            RunPrices prices = choosePrices(plan, target, region, priceNotes);
            listener.pricesChosen(prices.source() + ", region " + region + (prices.prices(region)
                    ? ", effective " + prices.effectiveDate() : ": not priced"), List.copyOf(priceNotes));
            Teardown teardown = new Teardown(clients.sageMaker(), listener).guardJvmShutdown();
            BenchmarkResult result;
            try (Leases leases = Leases.start(clients.sageMaker(), lease)) {
                model.ifPresent(described -> holdIfCreatedBySlsbench(clients, described, leases));
                result = new BenchmarkRun(plan, payloads, summary, clients, target, region, prices, priceNotes, teardown,
                        leases, accountLimits, listener, reportRenderer, slas).execute();
            } finally {
                teardown.close();
            }
            listener.runFinished(result);
            return result;
        }
    }

    /** The run's prices, chosen before anything is created; a malformed table or Price List answer stops the run. */
    private static RunPrices choosePrices(BenchmarkPlan plan, AwsTarget target, String region, List<String> notes) {
        String endpoint = target.endpointUrl().map(Object::toString).orElse("AWS (us-east-1)");
        RunPrices prices;
        try (PricingClient pricing = AwsClients.pricing(target)) {
            PriceListSource live = new PriceListSource(pricing, endpoint);
            if (target.endpointUrl().isEmpty()) {
                // AWS's prices change rarely: one GetProducts round per region and day
                live = live.cachedIn(PriceListSource.userCacheDirectory(), java.time.Clock.systemUTC());
            }
            String pricedRegion = plan.priceRegion().orElse(region);
            prices = RunPrices.choose(plan.priceTableFile(), pricedRegion, Optional.of(live), notes::add);
            if (!pricedRegion.equals(region) && prices.prices(pricedRegion)) {
                prices = prices.borrowedFor(pricedRegion, region);
                notes.add("prices of " + pricedRegion + " borrowed for a run in " + region + " (--price-region)");
            }
        }
        if (!prices.prices(region)) {
            notes.add("no prices for region " + region + " (" + prices.source() + "): the run recommends on latency"
                    + " alone; supply --price-table FILE with prices for " + region + ", or borrow another region's"
                    + " prices with --price-region REGION");
        } else {
            ProvisionedConcurrencyPriceCheck.missingPrices(plan, prices.table().region(region), region, prices.source())
                    .ifPresent(notes::add);
        }
        return prices;
    }

    /** The model's description; empty when it could not be described for another reason than absence. */
    private static Optional<DescribeModelResponse> requireModel(AwsClients clients, BenchmarkPlan plan, AwsTarget target) {
        try {
            return Optional.ofNullable(clients.sageMaker().describeModel(r -> r.modelName(plan.modelName())));
        } catch (AwsServiceException e) {
            String message = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("could not find model")) {
                throw new InvalidPlanException(List.of(new PlanProblem(PlanOption.MODEL_NAME, plan.modelName(),
                        "does not exist at " + target.endpointUrl().map(Object::toString).orElse("AWS")
                                + "; create the model first")));
            }
            return Optional.empty();
        }
    }

    /** A model slsbench created (any run) is kept alive by this run's lease while the run uses it. */
    private static void holdIfCreatedBySlsbench(AwsClients clients, DescribeModelResponse model, Leases leases) {
        if (model.modelArn() == null) {
            return;
        }
        try {
            List<Tag> tags = new ArrayList<>();
            clients.sageMaker().listTagsPaginator(r -> r.resourceArn(model.modelArn())).tags().forEach(tags::add);
            if (SlsbenchTags.isSlsbench(tags) && SlsbenchTags.leaseExpires(tags).isPresent()) {
                leases.hold(model.modelArn());
                leases.renew();
            }
        } catch (SdkException e) {
            // without its tags the model is not renewed; it was created with a lease of its own
        }
    }

    /**
     * The most InvokeEndpoint calls a plan has in flight at once, to size the connection pool:
     * one per stability endpoint; per concurrency MaxConcurrency its largest client count, summed
     * (those endpoints run at once); the open-loop bound of the largest phase or ramp; the users at
     * the last step of the largest stairs phase.
     */
    static int maxConcurrentCalls(BenchmarkPlan plan) {
        int stability = plan.stabilityConfigurations().size();
        Map<String, Integer> clientsByMaxConcurrency = new TreeMap<>();
        for (ConcurrencyConfiguration c : plan.concurrencyConfigurations(plan.memorySizesMb().getFirst())) {
            clientsByMaxConcurrency.merge(c.maxConcurrency() + "/" + c.provisionedConcurrency(), c.clients(), Math::max);
        }
        int concurrency = clientsByMaxConcurrency.values().stream().mapToInt(Integer::intValue).sum();
        int openLoop = plan.openLoopPhases().stream().mapToInt(OpenLoopRunner::maxInFlight).max().orElse(0);
        int stairs = plan.stairsPhases().stream().mapToInt(s -> s.usersPerStep() * s.steps()).max().orElse(0);
        int ramps = plan.rampPhases().stream().mapToInt(r -> OpenLoopRunner.maxInFlight(r.maxConcurrency())).max()
                .orElse(0);
        return Math.max(1, Math.max(Math.max(stability, concurrency), Math.max(openLoop, Math.max(stairs, ramps))));
    }

    /** Collects a {@link ServerlessBenchmarks}' settings. */
    public static final class Builder {
        private AwsCredentialsProvider credentialsProvider;
        private Duration deploymentTimeout;
        private Duration deploymentPollInterval;
        private Duration metricsSettleTimeout;
        private ReportRenderer reportRenderer = REGISTERED_RENDERER.orElse(null);
        private ClientsFactory clientsFactory = AwsClients::create;
        private Duration lease = Leases.DEFAULT_LEASE;
        private AccountLimits accountLimits = AccountLimits.defaults();
        private ModelSetup modelSetup = ModelSetup.NONE;

        private Builder() {
        }

        /**
         * What each run does with its own control-plane client before it looks for the model (default
         * {@link ModelSetup#NONE}): runs after expired resources are deleted, so a model whose lease
         * ended is deleted before it is created afresh.
         */
        public Builder modelSetup(ModelSetup setup) {
            this.modelSetup = Objects.requireNonNull(setup, "setup");
            return this;
        }

        /** Explicit credentials; {@code null} (default) for the SDK's default chain. */
        public Builder credentialsProvider(AwsCredentialsProvider provider) {
            this.credentialsProvider = provider;
            return this;
        }

        /** The longest wait for an endpoint to reach InService; {@code null} for the target's default. */
        public Builder deploymentTimeout(Duration timeout) {
            this.deploymentTimeout = timeout;
            return this;
        }

        /** How often a deploying endpoint is described; {@code null} for the target's default. */
        public Builder deploymentPollInterval(Duration interval) {
            this.deploymentPollInterval = interval;
            return this;
        }

        /** The longest wait for CloudWatch to show a phase's calls; {@code null} for the target's default. */
        public Builder metricsSettleTimeout(Duration timeout) {
            this.metricsSettleTimeout = timeout;
            return this;
        }

        /**
         * Renders {@code benchmarking_report/report.html}; {@code null} for no report. Defaults to
         * the first renderer registered with {@link ReportRenderer#registered()}, the framework's HTML report.
         */
        public Builder reportRenderer(ReportRenderer renderer) {
            this.reportRenderer = renderer;
            return this;
        }

        /**
         * How long the resources of a run that stopped renewing its lease tags (killed, machine
         * lost) live before another run deletes them; default {@link Leases#DEFAULT_LEASE}, at
         * least {@link Leases#MIN_LEASE}.
         */
        public Builder lease(Duration lease) {
            this.lease = lease;
            return this;
        }

        /**
         * The account's serverless quotas in the target region; default {@link AccountLimits#defaults()}
         * (SageMaker's documented defaults). Set the account's own figures when they differ.
         */
        public Builder accountLimits(AccountLimits limits) {
            this.accountLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        Builder clientsFactory(ClientsFactory factory) {
            this.clientsFactory = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /**
         * @throws IllegalArgumentException naming a negative or zero duration, or a lease that is too short
         */
        public ServerlessBenchmarks build() {
            Leases.requireValid(lease);
            AwsTarget.builder().deploymentTimeout(deploymentTimeout).deploymentPollInterval(deploymentPollInterval)
                    .metricsSettleTimeout(metricsSettleTimeout).build();
            return new ServerlessBenchmarks(this);
        }
    }
}
