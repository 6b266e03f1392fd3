package dev.slsbench.report;

import dev.slsbench.output.ResultFilesWriter;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DegradedReportTest {

    @TempDir
    Path dir;

    private ReportPage render(BenchmarkResult result, String name) throws Exception {
        ResultsLayout layout = ResultFilesWriter.write(result, dir.resolve(name), Optional.of(new HtmlReportRenderer()));
        ReportPage page = new ReportPage(Files.readString(layout.reportHtml()));
        ReportAssertions.assertFiguresMatchResultsJson(page, layout.resultsJson());
        ReportAssertions.assertChartsAreValidSvgWithMarksPerSeries(page);
        assertThat(page.html()).doesNotContain("null", "NaN", "Infinity", "Optional", "{{");
        assertThat(page.sectionIds()).containsExactly("summary", "stability", "cost", "concurrency", "cold-starts",
                "run-details");
        return page;
    }

    @Test
    void saysWhatHappenedToAFailedDeploymentAnAbandonedConfigurationAndMissingCloudWatchData() throws Exception {
        ReportPage page = render(new SyntheticResultBuilder().deploymentFails(3072).abandonedAtErrorThreshold(2048)
                .withoutCloudWatch().build(), "degraded");

        assertThat(page.all("//div[@class='alert']//li").stream().map(Element::getTextContent)).containsExactly(
                "2048 MB (stability): abandoned at the error threshold: 3 calls failed, reaching the error threshold of 3"
                        + " (insufficient memory: 2, model error: 1).",
                "3072 MB (stability): deployment failed: Endpoint churn-xgboost-ep-s3072 failed: FailureReason: the"
                        + " container did not pass the ping health check.");
        assertThat(page.sectionText("summary")).contains("7 configurations: 5 completed, 1 abandoned at the error "
                + "threshold, 1 failed to deploy", "CloudWatch returned no data for any endpoint");

        List<List<Element>> stability = page.rows("stability-statistics");
        assertThat(texts(stability.get(1)).subList(0, 3)).containsExactly("2048 MB", "abandoned", "37");
        assertThat(texts(stability.get(1)).subList(11, 15)).containsExactly("0", "2", "1", "0");
        assertThat(stability.get(1).get(1).getAttribute("title")).startsWith("abandoned at the error threshold: 3 calls");
        assertThat(texts(stability.get(2)).subList(0, 2)).containsExactly("3072 MB", "not deployed");
        assertThat(texts(stability.get(2)).subList(2, 15)).containsOnly("—");
        assertThat(stability.get(2).get(3).getAttribute("title")).isEqualTo("the endpoint was never deployed");

        List<List<Element>> metrics = page.rows("stability-metrics");
        assertThat(texts(metrics.get(0)).subList(2, 6)).containsOnly("no data");
        assertThat(texts(metrics.get(1)).subList(2, 6)).containsOnly("no data");
        assertThat(texts(metrics.get(2)).subList(1, 6)).containsOnly("—");
        assertThat(page.sectionText("stability")).contains("CloudWatch returned no data for any of these endpoints",
                "No successful calls to draw for 3072 MB");
        assertThat(page.sectionText("cost")).contains("Not costed: 2048 MB (abandoned), 3072 MB (not deployed).",
                "client (no ModelLatency)");
        assertThat(texts(page.rows("cold-starts").get(0)).subList(5, 9)).containsOnly("no data");
    }

    @Test
    void saysNotCollectedWhenMetricsWereNeverQueried() throws Exception {
        BenchmarkResult result = new SyntheticResultBuilder().memorySizesMb(1024, 2048).build();
        List<ConfigurationResult> configurations = new ArrayList<>(result.configurations());
        ConfigurationResult first = configurations.getFirst();
        configurations.set(0, new ConfigurationResult(first.configuration(), first.endpointName(), first.status(),
                first.statusReason(), first.startedAt(), first.finishedAt(), first.outcomes(), first.latency(),
                first.latencyHistogram(), first.tps(), first.coldStarts(), Optional.empty(), first.tpsSeries()));
        BenchmarkResult withoutMetrics = new BenchmarkResult(result.plan(), result.environment(), result.startedAt(),
                result.finishedAt(), result.payloads(), configurations, result.costAnalysis(), result.recommendation(),
                result.warnings());

        ReportPage page = render(withoutMetrics, "not-collected");

        assertThat(texts(page.rows("stability-metrics").get(0)).subList(2, 6)).containsOnly("not collected");
        assertThat(texts(page.rows("stability-metrics").get(1)).subList(2, 6)).doesNotContain("not collected", "no data");
        assertThat(texts(page.rows("cold-starts").get(0)).subList(5, 9)).containsOnly("not collected");
    }

    @Test
    void rendersARunInWhichNothingSucceeded() throws Exception {
        ReportPage page = render(new SyntheticResultBuilder().memorySizesMb(1024, 2048).deploymentFails(1024)
                .deploymentFails(2048).withoutCloudWatch().build(), "nothing");

        assertThat(page.sectionText("summary")).contains("No recommendation: no stability configuration completed",
                "2 configurations: 2 failed to deploy");
        assertThat(page.all("//div[contains(@class,'card') and contains(@class,'missing')]")).hasSize(2);
        assertThat(page.sectionText("stability")).contains("No latency distribution to draw");
        assertThat(page.sectionText("cost")).contains("No cost analysis: no configuration completed");
        assertThat(page.sectionText("concurrency")).contains("The concurrency benchmark did not run");
        assertThat(page.sectionText("summary")).contains("No SLAs were evaluated for this run.");
        assertThat(page.all("//p[contains(@class,'sla-headline')]")).isEmpty();
        assertThat(page.svgDocuments()).isEmpty();
    }

    @Test
    void explainsThatTheConcurrencyBenchmarkWasTurnedOff() throws Exception {
        BenchmarkResult result = new SyntheticResultBuilder().memorySizesMb(1024).build();
        BenchmarkResult stabilityOnly = new BenchmarkResult(result.plan().toBuilder().includeConcurrency(false).build(),
                result.environment(), result.startedAt(), result.finishedAt(), result.payloads(),
                result.configurations(Phase.STABILITY), result.costAnalysis(),
                result.recommendation(), result.warnings());

        ReportPage page = render(stabilityOnly, "stability-only");

        assertThat(page.sectionText("concurrency")).contains("The concurrency benchmark was not run (turned off in the plan).");
        assertThat(page.sectionText("run-details")).contains("Concurrency benchmarknot run");
    }

    private static List<String> texts(List<Element> cells) {
        return cells.stream().map(Element::getTextContent).toList();
    }
}
