package dev.slsbench;

import dev.slsbench.cost.InvalidPriceTableException;
import dev.slsbench.cost.PriceTable;
import dev.slsbench.load.OpenLoopRunner;
import dev.slsbench.output.ReportRenderer;
import dev.slsbench.payload.InvalidPayloadException;
import dev.slsbench.payload.PayloadFile;
import dev.slsbench.payload.PayloadSummary;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.InvalidPlanException;
import dev.slsbench.plan.PlanOption;
import dev.slsbench.plan.PlanProblem;
import dev.slsbench.provision.AwsClients;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.provision.Teardown;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.sla.SlaThresholds;
import org.apiguardian.api.API;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;

import java.nio.file.Path;
import java.time.Duration;
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
 * recommendation, concurrency endpoints at the pinned or recommended memory size, concurrency
 * phase, metrics, open-loop phases, result files. Every endpoint and endpoint config it creates
 * is deleted when its phase ends and, whatever happens (exception, interrupt, Ctrl-C through a
 * JVM shutdown hook held for the run's lifetime), before {@code run} returns or throws.
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

    /** The report renderer registered through {@link ReportRenderer#registered()}, found once. */
    private static final Optional<ReportRenderer> REGISTERED_RENDERER = ReportRenderer.registered();

    private final AwsCredentialsProvider credentialsProvider;
    private final Duration deploymentTimeout;
    private final Duration deploymentPollInterval;
    private final Duration metricsSettleTimeout;
    private final Optional<ReportRenderer> reportRenderer;
    private final ClientsFactory clientsFactory;

    private ServerlessBenchmarks(Builder b) {
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
     * @throws InvalidPlanException when the model does not exist (nothing is created)
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
        return run(plan, payloads, new PayloadSummary(payloads.count(), payloads.meanBodyBytes(),
                payloads.maxBodyBytes(), "programmatic"), slas, listener);
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
        Payloads payloads = PayloadFile.read(payloadFile);
        return run(plan, payloads, new PayloadSummary(payloads.count(), payloads.meanBodyBytes(),
                payloads.maxBodyBytes(), payloadFile.toString()), slas, listener);
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
        PriceTable priceTable = plan.priceTableFile().map(file -> PriceTable.bundled().withOverrides(PriceTable.load(file)))
                .orElseGet(PriceTable::bundled);
        AwsTarget target = targetFor(plan);
        try (AwsClients clients = clientsFactory.create(target, maxConcurrentCalls(plan))) {
            requireModel(clients, plan, target);
            String region = Optional.ofNullable(clients.sageMaker().serviceClientConfiguration().region())
                    .map(Region::id).orElse(AwsTarget.DEFAULT_LOCAL_REGION);
            Teardown teardown = new Teardown(clients.sageMaker(), listener).guardJvmShutdown();
            BenchmarkResult result;
            try {
                result = new BenchmarkRun(plan, payloads, summary, clients, target, region, priceTable, teardown,
                        listener, reportRenderer, slas).execute();
            } finally {
                teardown.close();
            }
            listener.runFinished(result);
            return result;
        }
    }

    private static void requireModel(AwsClients clients, BenchmarkPlan plan, AwsTarget target) {
        try {
            clients.sageMaker().describeModel(r -> r.modelName(plan.modelName()));
        } catch (AwsServiceException e) {
            String message = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("could not find model")) {
                throw new InvalidPlanException(List.of(new PlanProblem(PlanOption.MODEL_NAME, plan.modelName(),
                        "does not exist at " + target.endpointUrl().map(Object::toString).orElse("AWS")
                                + "; create the model first")));
            }
        }
    }

    /**
     * The most InvokeEndpoint calls a plan has in flight at once, to size the connection pool:
     * one per stability endpoint; per concurrency MaxConcurrency its largest client count, summed
     * (those endpoints run at once); the open-loop bound of the largest phase.
     */
    static int maxConcurrentCalls(BenchmarkPlan plan) {
        int stability = plan.memorySizesMb().size();
        Map<Integer, Integer> clientsByMaxConcurrency = new TreeMap<>();
        for (ConcurrencyConfiguration c : plan.concurrencyConfigurations(plan.memorySizesMb().getFirst())) {
            clientsByMaxConcurrency.merge(c.maxConcurrency(), c.clients(), Math::max);
        }
        int concurrency = clientsByMaxConcurrency.values().stream().mapToInt(Integer::intValue).sum();
        int openLoop = plan.openLoopPhases().stream().mapToInt(OpenLoopRunner::maxInFlight).max().orElse(0);
        return Math.max(1, Math.max(stability, Math.max(concurrency, openLoop)));
    }

    /** Collects a {@link ServerlessBenchmarks}' settings. */
    public static final class Builder {
        private AwsCredentialsProvider credentialsProvider;
        private Duration deploymentTimeout;
        private Duration deploymentPollInterval;
        private Duration metricsSettleTimeout;
        private ReportRenderer reportRenderer = REGISTERED_RENDERER.orElse(null);
        private ClientsFactory clientsFactory = AwsClients::create;

        private Builder() {
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

        Builder clientsFactory(ClientsFactory factory) {
            this.clientsFactory = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /**
         * @throws IllegalArgumentException naming a negative or zero duration
         */
        public ServerlessBenchmarks build() {
            AwsTarget.builder().deploymentTimeout(deploymentTimeout).deploymentPollInterval(deploymentPollInterval)
                    .metricsSettleTimeout(metricsSettleTimeout).build();
            return new ServerlessBenchmarks(this);
        }
    }
}
