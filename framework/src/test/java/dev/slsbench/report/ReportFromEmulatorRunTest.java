package dev.slsbench.report;

import dev.slsbench.ServerlessBenchmarks;
import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.result.BenchmarkResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the report of a real, small run: {@link ServerlessBenchmarks} against the embedded
 * emulator with the built-in {@code slsbench/echo} image (two memory sizes, MaxConcurrency 2 with
 * 2 and 4 clients), through the real AWS SDK clients over HTTP, and checks the page against the
 * run's results.json.
 */
class ReportFromEmulatorRunTest {

    @TempDir
    static Path dir;

    static LocalSageMaker emulator;
    static BenchmarkResult result;
    static ResultsLayout layout;
    static ReportPage page;

    @BeforeAll
    static void runASmallBenchmarkAgainstTheEmulator() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder().port(0).build());
        try (SageMakerClient sageMaker = SageMakerClient.builder().endpointOverride(emulator.endpointUrl())
                .region(Region.US_EAST_1).credentialsProvider(AwsTarget.dummyCredentials()).build()) {
            sageMaker.createModel(model -> model.modelName("echo-report").primaryContainer(container -> container
                    .image("slsbench/echo").environment(Map.of("SLSBENCH_DELAY_MS", "3"))));
        }
        BenchmarkPlan plan = BenchmarkPlan.builder("echo-report").runId("rpt01").memorySizesMb(1024, 2048)
                .stabilityInvocations(40).concurrencyMaxValues(2).clientMultipliers(1, 2).concurrencyInvocations(40)
                .endpointUrl(emulator.endpointUrl()).region("us-east-1").outputDirectory(dir.resolve("rpt01")).build();
        Payloads payloads = Payloads.of(Invocation.of("1,2,3,4,5", "text/csv"), Invocation.of("6,7,8,9,10,11", "text/csv"));
        result = ServerlessBenchmarks.builder().credentialsProvider(AwsTarget.dummyCredentials())
                .deploymentPollInterval(Duration.ofMillis(100)).reportRenderer(new HtmlReportRenderer()).build()
                .run(plan, payloads);
        layout = new ResultsLayout(plan.outputDirectory());
        page = new ReportPage(Files.readString(layout.reportHtml()));
    }

    @AfterAll
    static void stopEmulator() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void writesTheReportOfARealRunWithEverySection() {
        assertThat(layout.reportHtml()).isRegularFile();
        assertThat(page.sectionIds()).containsExactly("summary", "stability", "cost", "concurrency", "cold-starts",
                "run-details");
        assertThat(page.sectionText("run-details")).contains("the local emulator at " + emulator.endpointUrl(),
                "Run idrpt01", "Examples2");
    }

    @Test
    void showsTheNumbersOfTheRunsResultsJson() throws Exception {
        int figures = ReportAssertions.assertFiguresMatchResultsJson(page, layout.resultsJson());

        assertThat(result.configurations()).hasSize(4);
        assertThat(page.rows("stability-statistics")).hasSize(2).allSatisfy(row ->
                assertThat(row.stream().filter(td -> td.hasAttribute("data-json"))).hasSize(12));
        assertThat(page.rows("concurrency-statistics")).hasSize(2);
        assertThat(figures).isGreaterThan(60);
        int memory = result.recommendation().orElseThrow().memoryMb();
        assertThat(page.one("//div[@data-json='/recommendation/memoryMb']").getTextContent()).isEqualTo(memory + " MB");
        assertThat(result.recommendation().orElseThrow().maxConcurrency()).as("the only MaxConcurrency tested")
                .contains(2);
        assertThat(page.one("//div[@data-json='/recommendation/maxConcurrency']").getTextContent()).isEqualTo("2");
    }

    @Test
    void drawsEveryChartOfTheRunAsValidSvg() throws Exception {
        int charts = ReportAssertions.assertChartsAreValidSvgWithMarksPerSeries(page);

        assertThat(charts).as("stability ECDF, cost against latency, monthly cost, concurrency ECDF and TPS over time")
                .isEqualTo(5);
        List<String> stabilitySeries = page.values("//*[local-name()='svg'][@id='stability-distribution']"
                + "//*[@class='legend-item']/@data-series");
        assertThat(stabilitySeries).containsExactly("1024 MB", "2048 MB");
        assertThat(page.values("//*[local-name()='svg'][@id='tps-m" + result.recommendation().orElseThrow().memoryMb()
                + "-c2']//*[@class='legend-item']/@data-series")).containsExactly("2 clients", "4 clients");
    }

    @Test
    void rendersTheSamePageAgainFromResultsJsonAlone() throws Exception {
        BenchmarkResult reread = ResultsJsonReader.read(layout.resultsJson());

        assertThat(new HtmlReportRenderer().renderToString(reread)).isEqualTo(page.html());
    }

    @Test
    void reportsTheCloudWatchMetricsTheEmulatorPublished() {
        List<List<Element>> metrics = page.rows("stability-metrics");
        assertThat(metrics).hasSize(2).allSatisfy(row ->
                assertThat(row.get(3).getAttribute("data-json")).endsWith("/metrics/metrics/ModelLatency/average"));
    }
}
