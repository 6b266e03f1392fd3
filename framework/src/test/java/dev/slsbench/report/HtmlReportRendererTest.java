package dev.slsbench.report;

import dev.slsbench.output.ResultFilesWriter;
import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportRendererTest {

    @TempDir
    static Path dir;

    static BenchmarkResult result;
    static ResultsLayout layout;
    static ReportPage page;

    @BeforeAll
    static void renderSyntheticRun() throws Exception {
        result = new SyntheticResultBuilder().memorySizesMb(1024, 2048, 3072, 4096).withSlas().build();
        layout = ResultFilesWriter.write(result, dir.resolve("run"), Optional.of(new HtmlReportRenderer()));
        page = new ReportPage(Files.readString(layout.reportHtml()));
    }

    @Test
    void writesTheReportWhereTheToolkitDoes() {
        assertThat(layout.reportHtml()).isEqualTo(dir.resolve("run/benchmarking_report/report.html"));
        assertThat(layout.reportHtml()).isRegularFile();
    }

    @Test
    void hasEverySectionInReadingOrder() {
        assertThat(page.sectionIds()).containsExactly("summary", "stability", "cost", "concurrency", "cold-starts",
                "run-details");
        assertThat(page.all("//section/h2").stream().map(Element::getTextContent))
                .containsExactly("Summary", "Stability", "Cost", "Concurrency", "Cold starts", "Run details");
    }

    @Test
    void showsTheRecommendationAndItsCostInTheSummaryCards() {
        int memory = result.recommendation().orElseThrow().memoryMb();
        String instance = result.costAnalysis().orElseThrow().savings().orElseThrow().breakEven().instanceType();
        int maxConcurrency = result.recommendation().orElseThrow().maxConcurrency().orElseThrow();
        List<String> labels = page.all("//section[@id='summary']//div[@class='card-label']").stream()
                .map(Element::getTextContent).toList();
        assertThat(labels).containsExactly("Memory size", "MaxConcurrency", "Cost per 1M invocations",
                "Median latency (p50)", "p99 latency", "Cold start (median)", "Throttle rate", "Overload throttle rate",
                "Savings vs " + instance, "Break-even, calls/month");
        assertThat(page.one("//div[@data-json='/recommendation/memoryMb']").getTextContent()).isEqualTo(memory + " MB");
        assertThat(page.one("//div[@data-json='/recommendation/maxConcurrency']").getTextContent())
                .isEqualTo(Integer.toString(maxConcurrency));
        assertThat(page.sectionText("summary")).contains(result.recommendation().orElseThrow().reason());
    }

    @Test
    void countsThrottlesWithinMaxConcurrencyApartFromTheOverloadThatIsMeantToThrottle() {
        int memory = result.recommendation().orElseThrow().memoryMb();
        int maxConcurrency = result.recommendation().orElseThrow().maxConcurrency().orElseThrow();
        List<dev.slsbench.result.ConfigurationResult> atRecommendation = result.configurations().stream()
                .filter(c -> c.configuration() instanceof dev.slsbench.plan.ConcurrencyConfiguration cc
                        && cc.memoryMb() == memory && cc.maxConcurrency() == maxConcurrency)
                .toList();
        List<dev.slsbench.result.ConfigurationResult> within = atRecommendation.stream()
                .filter(c -> ((dev.slsbench.plan.ConcurrencyConfiguration) c.configuration()).clients() <= maxConcurrency)
                .toList();
        List<dev.slsbench.result.ConfigurationResult> overload = atRecommendation.stream()
                .filter(c -> !within.contains(c)).toList();
        assertThat(within).isNotEmpty();
        assertThat(overload).isNotEmpty();

        assertThat(cardDetail("Throttle rate")).endsWith(": " + calls(within));
        assertThat(cardDetail("Overload throttle rate")).endsWith(": " + calls(overload));
    }

    private String cardDetail(String label) {
        return page.one("//div[@class='card-label'][text()='" + label + "']/following-sibling::div[@class='card-detail']")
                .getTextContent();
    }

    private static String calls(List<dev.slsbench.result.ConfigurationResult> configurations) {
        long throttled = configurations.stream().mapToLong(c -> c.outcomes().throttled()).sum();
        long issued = configurations.stream().mapToLong(c -> c.outcomes().issued()).sum();
        return Formats.count(throttled) + " of " + Formats.count(issued) + " calls";
    }

    @Test
    void showsEveryNumberWithTheValueResultsJsonHolds() throws Exception {
        int checked = ReportAssertions.assertFiguresMatchResultsJson(page, layout.resultsJson());

        assertThat(checked).isGreaterThan(150);
        for (List<Element> row : page.rows("stability-statistics")) {
            assertThat(row.stream().filter(td -> td.hasAttribute("data-json")).count())
                    .as("figures traced to results.json in stability row %s", row.getFirst().getTextContent())
                    .isEqualTo(12);
        }
        for (List<Element> row : page.rows("concurrency-statistics")) {
            assertThat(row.stream().filter(td -> td.hasAttribute("data-json")).count())
                    .as("figures traced to results.json in a concurrency row at one memory size").isEqualTo(13);
        }
        assertThat(page.rows("savings-table")).hasSize(result.costAnalysis().orElseThrow().savings().orElseThrow()
                .rows().size());
    }

    @Test
    void drawsEveryChartAsValidSvgWithAMarkPerSeries() throws Exception {
        int charts = ReportAssertions.assertChartsAreValidSvgWithMarksPerSeries(page);

        int shapes = (int) result.configurations().stream()
                .filter(c -> c.configuration().phase() == Phase.CONCURRENCY)
                .map(c -> c.configuration().endpointShape()).distinct().count();
        assertThat(charts).isEqualTo(3 + 2 * shapes);
        assertThat(page.values("//*[local-name()='svg']/@id"))
                .contains("stability-distribution", "cost-vs-latency", "monthly-cost").doesNotHaveDuplicates();
    }

    @Test
    void marksTheBreakEvenPointOnTheMonthlyCostChart() throws Exception {
        Element marker = page.one("//*[local-name()='svg'][@id='monthly-cost']//*[@data-series='Break-even']"
                + "[contains(@class,'mark')]");
        assertThat(marker.getLocalName() == null ? marker.getNodeName() : marker.getLocalName()).isEqualTo("circle");
        long breakEven = result.costAnalysis().orElseThrow().savings().orElseThrow().breakEven().invocationsPerMonth()
                .orElseThrow().setScale(0, RoundingMode.HALF_UP).longValueExact();
        assertThat(page.html()).contains("Break-even: " + Formats.count(breakEven) + " calls");
    }

    @Test
    void listsSlaVerdictsPerConfigurationAndSaysAtTheTopWhetherTheyHeld() {
        long failed = result.configurations().stream()
                .filter(c -> result.slaVerdicts(c.configuration().id()).stream().anyMatch(v -> !v.passed())).count();
        assertThat(failed).isPositive();
        assertThat(page.one("//p[contains(@class,'sla-headline')]").getTextContent())
                .startsWith("SLAs failed for " + failed + " of " + result.configurations().size() + " configurations: ");
        List<List<Element>> rows = page.rows("sla-verdicts");
        assertThat(rows).hasSize(result.configurations().size());
        for (List<Element> row : rows) {
            String verdict = row.get(1).getTextContent();
            assertThat(verdict).isIn("PASS", "FAIL");
            assertThat(row.get(2).getTextContent()).contains("p99").contains("throttle rate")
                    .contains(verdict.equals("PASS") ? "✓" : "✗");
        }
    }

    @Test
    void needsNoScriptsAndRequestsNothingFromElsewhere() {
        assertThat(page.all("//script")).isEmpty();
        assertThat(page.all("//link | //img | //iframe | //object | //embed")).isEmpty();
        assertThat(page.values("//@src")).isEmpty();
        assertThat(page.values("//@href")).isNotEmpty().allMatch(href -> href.startsWith("#"));
        assertThat(page.html()).doesNotContain("@import").doesNotContainPattern("url\\(");
        assertThat(page.one("//style").getTextContent()).contains("@media print");
    }

    @Test
    void rendersTheSamePageFromResultsJsonAlone() throws Exception {
        BenchmarkResult reread = ResultsJsonReader.read(layout.resultsJson());

        assertThat(new HtmlReportRenderer().renderToString(reread)).isEqualTo(page.html());
    }

    @Test
    void writesNumbersTheSameWayWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String german = new HtmlReportRenderer().renderToString(result);
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            String arabic = new HtmlReportRenderer().renderToString(result);

            assertThat(german).isEqualTo(page.html());
            assertThat(arabic).isEqualTo(page.html());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void describesTheTargetVersionsAndTimesInTheRunDetails() {
        String details = page.sectionText("run-details");
        assertThat(details).contains("the local emulator at http://127.0.0.1:45123", "Run id" + result.runId(),
                "2025-03-04 10:00:00 UTC", "slsbench0.1.0-SNAPSHOT", "Java21.0.5 (Eclipse Adoptium)",
                "Mean request body48.3 B", "Examples25", "payloads/churn.jsonl", "Memory sizes1024, 2048, 3072, 4096 MB");
    }

    @Test
    void saysWhereLatenciesCountFromAndThatNoCorrectionIsAdded() {
        assertThat(page.sectionText("run-details")).contains("Latency measuredstability and concurrency: from each"
                + " call's send until its response (closed loop: no schedule to fall behind, no correction)");
    }
}
