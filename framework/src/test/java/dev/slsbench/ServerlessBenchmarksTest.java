package dev.slsbench;

import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.metrics.SageMakerMetric;
import dev.slsbench.output.RawResultsCsvWriter;
import dev.slsbench.output.ReportRenderer;
import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.output.SummaryCsvWriter;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.Phase;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.DeploymentFailure;
import dev.slsbench.provision.TeardownReport;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.report.HtmlReportRenderer;
import dev.slsbench.sla.SlaThresholds;
import dev.slsbench.testing.EmulatorUnderTest;
import dev.slsbench.testing.PickyEchoImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole runs against the real emulator through the real SDK clients. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ServerlessBenchmarksTest {

    private static final String PICKY_IMAGE = "slsbench-test/picky-echo";

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest
            .perClass(options -> options.image(PICKY_IMAGE, EmulatorUnderTest.javaCommand(PickyEchoImage.class)))
            .withModel("echo", "slsbench/echo")
            .withModel("slow-echo", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "100"))
            .withModel("memory-hungry", "slsbench/memory")
            .withModel("picky", PICKY_IMAGE, Map.of("SLSBENCH_FAIL_WHEN_CONTAINER_ID_CONTAINS", "-s2048-"));

    @TempDir
    Path output;

    @AfterEach
    void nothingIsLeftBehind() {
        emulator.awaitNothingLeft();
    }

    private static Payloads csvRows() {
        return Payloads.of(Invocation.of("1,2,3", "text/csv"), Invocation.of("4,5,6,7", "text/csv"));
    }

    private static double sum(EndpointMetrics metrics, SageMakerMetric metric) {
        return metrics.get(metric).map(s -> s.average() * s.sampleCount().orElseThrow()).orElse(0.0);
    }

    private static List<String> header(Path csv) throws IOException {
        return List.of(Files.readAllLines(csv).getFirst().split(",", -1));
    }

    @Test
    void aDefaultShapedRunWritesTheToolkitsFilesRecommendsAndDeletesWhatItMade() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024, 2048).stabilityInvocations(20)
                .concurrencyMaxValues(2, 4).clientMultipliers(1, 2).concurrencyInvocations(20)
                .build();
        List<TeardownReport> teardowns = new CopyOnWriteArrayList<>();

        BenchmarkResult result = emulator.benchmarks().run(plan, csvRows(), new BenchmarkListener() {
            @Override
            public void teardownFinished(TeardownReport report) {
                teardowns.add(report);
            }
        });

        assertThat(result.configurations(Phase.STABILITY)).extracting(c -> c.configuration().id())
                .containsExactly("s1024", "s2048");
        assertThat(result.configurations(Phase.STABILITY)).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(ConfigurationStatus.COMPLETED);
            assertThat(c.outcomes().issued()).isEqualTo(20);
            assertThat(c.metrics()).hasValueSatisfying(metrics -> {
                assertThat(metrics.get(SageMakerMetric.INVOCATIONS)).hasValueSatisfying(invocations ->
                        assertThat(invocations.average() * invocations.sampleCount().orElseThrow()).isEqualTo(20));
                assertThat(metrics.get(SageMakerMetric.MODEL_LATENCY)).isPresent();
                assertThat(metrics.get(SageMakerMetric.MODEL_SETUP_TIME)).isPresent();
            });
            assertThat(c.coldStarts().coldCalls()).isEqualTo(1);
            assertThat(c.coldStarts().warmCalls()).isEqualTo(19);
        });
        assertThat(result.warnings()).isEmpty();
        assertThat(result.recommendation()).isPresent();
        int recommended = result.recommendation().get().memoryMb();
        assertThat(result.configurations(Phase.CONCURRENCY)).extracting(c -> c.configuration().id())
                .containsExactly("c" + recommended + "-2-2", "c" + recommended + "-2-4",
                        "c" + recommended + "-4-4", "c" + recommended + "-4-8");
        assertThat(result.configurations(Phase.CONCURRENCY)).allSatisfy(c -> {
            assertThat(c.outcomes().issued()).isEqualTo(20);
            assertThat(c.metrics()).as("CloudWatch figures of %s's own calls", c.configuration().id())
                    .hasValueSatisfying(metrics -> {
                        assertThat(sum(metrics, SageMakerMetric.INVOCATIONS)).isEqualTo(20);
                        assertThat(sum(metrics, SageMakerMetric.INVOCATION_4XX_ERRORS))
                                .isEqualTo(c.outcomes().throttled());
                    });
        });
        assertThat(result.recommendation().get().maxConcurrency()).hasValueSatisfying(maxConcurrency ->
                assertThat(maxConcurrency).isIn(2, 4));
        assertThat(result.recommendation().get().reason()).contains("MaxConcurrency "
                + result.recommendation().get().maxConcurrency().orElseThrow() + ": ", "calls/s",
                "Throttled with no more clients than MaxConcurrency: 2: 0.0%, 4: 0.0%.");
        assertThat(result.costAnalysis()).hasValueSatisfying(cost ->
                assertThat(cost.configurations()).hasSize(2));

        ResultsLayout layout = new ResultsLayout(output);
        assertThat(header(layout.stabilityRawResultsCsv())).isEqualTo(RawResultsCsvWriter.STABILITY_COLUMNS);
        assertThat(Files.readAllLines(layout.stabilityRawResultsCsv())).hasSize(1 + 40);
        assertThat(header(layout.stabilitySummaryCsv())).isEqualTo(SummaryCsvWriter.STABILITY_SUMMARY_COLUMNS);
        assertThat(header(layout.concurrencyRawResultsCsv())).isEqualTo(RawResultsCsvWriter.CONCURRENCY_COLUMNS);
        assertThat(Files.readAllLines(layout.concurrencyRawResultsCsv())).hasSize(1 + 80);
        assertThat(header(layout.concurrencySummaryCsv())).isEqualTo(SummaryCsvWriter.CONCURRENCY_SUMMARY_COLUMNS);
        assertThat(header(layout.costSavingsSummaryCsv())).isEqualTo(SummaryCsvWriter.COST_SAVINGS_COLUMNS);
        assertThat(header(layout.metricsWithCostCsv())).startsWith("memory_size")
                .endsWith("average_latency", "cost_per_invocation", "cost_per_1M_invocations");
        assertThat(layout.stabilityEndpointMetricsCsv()).exists();
        assertThat(layout.stabilityMetricsSummaryCsv()).exists();
        assertThat(layout.concurrencyEndpointMetricsCsv()).exists();
        assertThat(layout.concurrencyMetricsSummaryCsv()).exists();
        assertThat(ResultsJsonReader.read(layout.resultsJson())).isEqualTo(result);

        assertThat(teardowns).singleElement().satisfies(report -> assertThat(report.isComplete()).isTrue());
        assertThat(emulator.endpointNames()).allSatisfy(name -> assertThat(name).contains(plan.runId()));
    }

    @Test
    void judgesTheSlasAsEachPhaseEndsAndWritesTheResultFilesOnceWithTheVerdicts() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024).stabilityInvocations(4).concurrencyMaxValues(2).clientMultipliers(1)
                .concurrencyInvocations(4).build();
        ResultsLayout layout = new ResultsLayout(output);
        List<List<SlaVerdict>> writtenVerdicts = new CopyOnWriteArrayList<>();
        ReportRenderer counting = (result, reportHtml) -> {
            writtenVerdicts.add(ResultsJsonReader.read(layout.resultsJson()).slaVerdicts());
            new HtmlReportRenderer().render(result, reportHtml);
        };
        Map<Phase, List<SlaVerdict>> heard = new java.util.concurrent.ConcurrentHashMap<>();
        List<SlaThresholds> slas = List.of(SlaThresholds.builder().p99Millis(60_000).build(),
                SlaThresholds.builder().maxThrottleRate(0).phases(java.util.Set.of(Phase.CONCURRENCY)).build());

        BenchmarkResult result = ServerlessBenchmarks.builder().credentialsProvider(AwsTarget.dummyCredentials())
                .reportRenderer(counting).build().run(plan, csvRows(), slas, new BenchmarkListener() {
                    @Override
                    public void phaseJudged(Phase phase, List<ConfigurationResult> results, List<SlaVerdict> verdicts) {
                        heard.put(phase, verdicts);
                    }
                });

        assertThat(result.slaVerdicts()).extracting(SlaVerdict::configurationId, SlaVerdict::criterion).containsExactly(
                org.assertj.core.groups.Tuple.tuple("s1024", "p99Millis"),
                org.assertj.core.groups.Tuple.tuple("c1024-2-2", "p99Millis"),
                org.assertj.core.groups.Tuple.tuple("c1024-2-2", "maxThrottleRate"));
        assertThat(writtenVerdicts).as("result files written once per run, with the verdicts")
                .containsExactly(result.slaVerdicts());
        assertThat(heard.get(Phase.STABILITY)).isEqualTo(result.slaVerdicts().subList(0, 1));
        assertThat(heard.get(Phase.CONCURRENCY)).isEqualTo(result.slaVerdicts().subList(1, 3));
        assertThat(layout.reportHtml()).exists();
    }

    @Test
    void theModelSetupCreatesTheModelWithTheRunsOwnClientBeforeTheRunLooksForIt() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("made-by-setup").endpointUrl(emulator.endpointUrl())
                .outputDirectory(output).memorySizesMb(1024).stabilityInvocations(2).includeConcurrency(false).build();
        List<String> prepared = new CopyOnWriteArrayList<>();

        BenchmarkResult result = ServerlessBenchmarks.builder().credentialsProvider(AwsTarget.dummyCredentials())
                .modelSetup((sageMaker, runPlan) -> {
                    sageMaker.createModel(m -> m.modelName(runPlan.modelName())
                            .executionRoleArn("arn:aws:iam::000000000000:role/slsbench-test")
                            .primaryContainer(c -> c.image("slsbench/echo")));
                    prepared.add(runPlan.modelName());
                })
                .build().run(plan, csvRows());

        assertThat(prepared).containsExactly("made-by-setup");
        assertThat(result.configurations()).singleElement()
                .satisfies(c -> assertThat(c.hasSuccessfulCalls()).isTrue());
    }

    @Test
    void writesTheHtmlReportOfTheRegisteredRendererByDefault() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024).stabilityInvocations(2).includeConcurrency(false).build();

        emulator.benchmarks().run(plan, csvRows());

        assertThat(Files.readString(new ResultsLayout(output).reportHtml())).contains("<html");
    }

    @Test
    void aPhaseIsHeardFinishedOnlyOnceItsEndpointsAreDeleted() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024).stabilityInvocations(2).concurrencyMaxValues(2).clientMultipliers(1)
                .concurrencyInvocations(2).build();
        Map<String, String> phaseOfEndpoint = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> heard = new CopyOnWriteArrayList<>();

        emulator.benchmarks().run(plan, csvRows(), new BenchmarkListener() {
            @Override
            public void endpointReady(DeployedEndpoint endpoint) {
                phaseOfEndpoint.put(endpoint.endpointName(), endpoint.key().startsWith("s") ? "STABILITY" : "CONCURRENCY");
            }

            @Override
            public void phaseFinished(Phase phase, List<ConfigurationResult> results) {
                phaseOfEndpoint.forEach((name, endpointPhase) -> {
                    if (endpointPhase.equals(phase.name())) {
                        heard.add(phase + " " + status(name));
                    }
                });
            }
        });

        assertThat(heard).containsExactly("STABILITY deleted", "CONCURRENCY deleted");
    }

    /** "deleted" when the endpoint is Deleting or gone, else its status. */
    private static String status(String endpointName) {
        try {
            EndpointStatus status = emulator.clients().sageMaker()
                    .describeEndpoint(r -> r.endpointName(endpointName)).endpointStatus();
            return status == EndpointStatus.DELETING ? "deleted" : status.toString();
        } catch (SageMakerException e) {
            return e.awsErrorDetails().errorMessage().startsWith("Could not find") ? "deleted" : e.getMessage();
        }
    }

    @Test
    void aFailedDeploymentIsReportedAndSkippedWhileTheRestFinish() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("picky").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024, 2048).stabilityInvocations(10).includeConcurrency(false).build();
        List<DeploymentFailure> failures = new CopyOnWriteArrayList<>();

        BenchmarkResult result = emulator.benchmarks().run(plan, csvRows(), new BenchmarkListener() {
            @Override
            public void deploymentFailed(DeploymentFailure failure) {
                failures.add(failure);
            }
        });

        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure.key()).isEqualTo("s2048");
            assertThat(failure.reason()).contains("ping");
        });
        ConfigurationResult failed = result.configuration("s2048").orElseThrow();
        assertThat(failed.status()).isEqualTo(ConfigurationStatus.DEPLOYMENT_FAILED);
        assertThat(failed.statusReason()).hasValueSatisfying(reason -> assertThat(reason).contains("ping"));
        assertThat(failed.outcomes().issued()).isZero();
        ConfigurationResult completed = result.configuration("s1024").orElseThrow();
        assertThat(completed.status()).isEqualTo(ConfigurationStatus.COMPLETED);
        assertThat(completed.outcomes().ok()).isEqualTo(10);
        assertThat(result.recommendation()).hasValueSatisfying(r -> assertThat(r.memoryMb()).isEqualTo(1024));
    }

    @Test
    void theErrorThresholdAbandonsAConfigurationWhoseCallsRunOutOfMemory() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("memory-hungry").endpointUrl(emulator.endpointUrl())
                .outputDirectory(output).memorySizesMb(1024, 6144).stabilityInvocations(4).errorThreshold(3)
                .includeConcurrency(false).build();

        BenchmarkResult result = emulator.benchmarks().run(plan, Payloads.of(Invocation.of("1200", "text/plain")),
                BenchmarkListener.NONE);

        ConfigurationResult starved = result.configuration("s1024").orElseThrow();
        assertThat(starved.status()).isEqualTo(ConfigurationStatus.ABANDONED);
        assertThat(starved.outcomes().issued()).isEqualTo(3);
        assertThat(starved.outcomes().insufficientMemory()).isEqualTo(3);
        assertThat(starved.statusReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("error threshold of 3", "insufficient memory"));
        ConfigurationResult fed = result.configuration("s6144").orElseThrow();
        assertThat(fed.status()).isEqualTo(ConfigurationStatus.COMPLETED);
        assertThat(fed.outcomes().ok()).isEqualTo(4);
        assertThat(result.recommendation()).hasValueSatisfying(r -> assertThat(r.memoryMb()).isEqualTo(6144));
    }

    @Test
    void callsBeyondMaxConcurrencyAreCountedAsThrottles() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("slow-echo").endpointUrl(emulator.endpointUrl())
                .outputDirectory(output).memorySizesMb(1024).stabilityInvocations(2)
                .concurrencyMemoryMb(1024).concurrencyMaxValues(2).clientMultipliers(2).concurrencyInvocations(40)
                .build();

        BenchmarkResult result = emulator.benchmarks().run(plan, csvRows(), BenchmarkListener.NONE);

        ConfigurationResult overloaded = result.configuration("c1024-2-4").orElseThrow();
        assertThat(overloaded.outcomes().issued()).isEqualTo(40);
        assertThat(overloaded.outcomes().throttled()).isPositive();
        assertThat(overloaded.outcomes().ok() + overloaded.outcomes().throttled()).isEqualTo(40);
        List<String> rows = Files.readAllLines(new ResultsLayout(output).concurrencyRawResultsCsv());
        int throttleColumn = RawResultsCsvWriter.CONCURRENCY_COLUMNS.indexOf("throttle_exception");
        assertThat(rows.stream().skip(1).filter(row -> row.split(",", -1)[throttleColumn].equals("1")).count())
                .isEqualTo(overloaded.outcomes().throttled());
    }

    @Test
    void anOpenLoopPhaseRecordsItsArrivalsInItsOwnFiles() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024).stabilityInvocations(2).includeConcurrency(false)
                .addOpenLoopPhase(new OpenLoopPhase(40, Duration.ofSeconds(1), 1024, 2))
                .build();

        BenchmarkResult result = emulator.benchmarks().run(plan, csvRows(), BenchmarkListener.NONE);

        ConfigurationResult openLoop = result.configurations(Phase.OPEN_LOOP).getFirst();
        assertThat(openLoop.configuration().id()).isEqualTo("o0-1024-2");
        assertThat(openLoop.outcomes().issued()).isPositive();
        assertThat(openLoop.outcomes().clientError()).isZero();
        ResultsLayout layout = new ResultsLayout(output);
        assertThat(header(layout.openLoopRawResultsCsv())).isEqualTo(RawResultsCsvWriter.OPEN_LOOP_COLUMNS);
        assertThat(Files.readAllLines(layout.openLoopRawResultsCsv())).hasSize(1 + (int) openLoop.outcomes().issued());
        assertThat(header(layout.openLoopSummaryCsv())).isEqualTo(SummaryCsvWriter.OPEN_LOOP_SUMMARY_COLUMNS);
    }
}
