package dev.slsbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slsbench.output.ResultFilesWriter;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.result.BenchmarkResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens reports in headless Chromium through the DevTools protocol: the page must load without
 * console errors or exceptions, request nothing but itself, draw every chart with a size, fit
 * its tables in a 1280-pixel window, and print (with the print stylesheet). Saves a full-page
 * screenshot, a PDF and a screenshot with print media of each under {@code target/report-screenshots/}. Skipped when Chromium is not installed.
 */
class ReportInBrowserTest {

    static final int WINDOW_WIDTH = 1280;
    /** The height of a laptop's browser window: the summary must fit in it. */
    static final int FIRST_SCREEN_HEIGHT = 800;
    /** The printable width of a landscape A4 page with 10 mm margins (277 mm), in CSS pixels. */
    static final int A4_WIDTH_PX = 1046;
    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "report-screenshots");

    @TempDir
    static Path dir;

    static HeadlessChromium chromium;
    static DevToolsSession devTools;

    @BeforeAll
    static void startChromium() throws Exception {
        Optional<Path> binary = HeadlessChromium.binary();
        assumeTrue(binary.isPresent(), "Chromium is not installed at " + HeadlessChromium.DEFAULT_BINARY
                + " (Debian package chromium; .ci/run installs it)");
        chromium = HeadlessChromium.launch(binary.get(), Files.createDirectories(dir.resolve("profile")));
        devTools = DevToolsSession.connect(chromium.browserWebSocket());
    }

    @AfterAll
    static void stopChromium() {
        if (devTools != null) {
            devTools.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("complete", new SyntheticResultBuilder().memorySizesMb(1024, 2048, 3072, 4096)
                        .maxConcurrency(2, 4, 8).multipliers(1.0, 1.5, 2.0).withSlas().build()),
                Arguments.of("degraded", new SyntheticResultBuilder().deploymentFails(3072).abandonedAtErrorThreshold(2048)
                        .withoutCloudWatch().build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void opensWithoutConsoleErrorsOrExternalRequestsAndSavesAScreenshot(String name, BenchmarkResult result)
            throws Exception {
        ResultsLayout layout = ResultFilesWriter.write(result, dir.resolve(name), Optional.of(new HtmlReportRenderer()));
        String pageUrl = layout.reportHtml().toUri().toString();
        int charts = new ReportPage(Files.readString(layout.reportHtml())).svgDocuments().size();

        String targetId = devTools.send("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        String session = devTools.send("Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
                .get("sessionId").asText();
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            devTools.send(session, domain + ".enable", Map.of());
        }
        devTools.send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", WINDOW_WIDTH,
                "height", FIRST_SCREEN_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        var loaded = devTools.next("Page.loadEventFired");
        devTools.send(session, "Page.navigate", Map.of("url", pageUrl));
        loaded.get(60, TimeUnit.SECONDS);

        JsonNode page = evaluate(session, """
                ({
                  scripts: document.scripts.length,
                  sections: Array.from(document.querySelectorAll('main > section')).map(s => s.id),
                  drawnCharts: Array.from(document.querySelectorAll('svg.chart'))
                      .filter(s => s.getBoundingClientRect().width > 300 && s.getBoundingClientRect().height > 150).length,
                  overflowingTables: Array.from(document.querySelectorAll('.table-wrap'))
                      .filter(w => w.scrollWidth > w.clientWidth + 1).map(w => w.id),
                  resources: performance.getEntriesByType('resource').map(r => r.name),
                  summaryBottom: Math.max(...['.cards', '.reason', '.sla-headline']
                      .map(selector => document.querySelector(selector))
                      .filter(element => element !== null)
                      .map(element => element.getBoundingClientRect().bottom)),
                  height: Math.ceil(document.documentElement.scrollHeight)
                })""");
        Files.createDirectories(SCREENSHOTS);
        Path screenshot = SCREENSHOTS.resolve("report-" + name + ".png");
        int height = page.get("height").asInt();
        devTools.send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", WINDOW_WIDTH, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
        Files.write(screenshot, Base64.getDecoder().decode(devTools.send(session, "Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true)).get("data").asText()));
        byte[] pdf = Base64.getDecoder().decode(devTools.send(session, "Page.printToPDF",
                Map.of("printBackground", false, "preferCSSPageSize", true)).get("data").asText());
        Files.write(SCREENSHOTS.resolve("report-" + name + ".pdf"), pdf);
        devTools.send(session, "Emulation.setEmulatedMedia", Map.of("media", "print"));
        devTools.send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", A4_WIDTH_PX, "height", 900,
                "deviceScaleFactor", 1, "mobile", false));
        JsonNode printed = evaluate(session, """
                ({
                  navigation: getComputedStyle(document.querySelector('nav')).display,
                  width: Math.ceil(document.documentElement.scrollWidth),
                  height: Math.ceil(document.documentElement.scrollHeight)
                })""");
        devTools.send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", A4_WIDTH_PX,
                "height", printed.get("height").asInt(), "deviceScaleFactor", 1, "mobile", false));
        Files.write(SCREENSHOTS.resolve("report-" + name + "-print.png"), Base64.getDecoder().decode(devTools.send(
                session, "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
                .get("data").asText()));
        devTools.send("Target.closeTarget", Map.of("targetId", targetId));

        List<JsonNode> events = devTools.events().stream()
                .filter(e -> session.equals(e.path("sessionId").asText())).toList();
        assertThat(events.stream().filter(e -> e.get("method").asText().equals("Network.requestWillBeSent"))
                .map(e -> e.at("/params/request/url").asText()))
                .as("requests the page made").containsExactly(pageUrl);
        assertThat(events.stream().filter(ReportInBrowserTest::isConsoleError).map(JsonNode::toString))
                .as("console errors and exceptions").isEmpty();
        assertThat(page.get("scripts").asInt()).isZero();
        assertThat(page.get("resources")).isEmpty();
        assertThat(page.get("sections")).extracting(JsonNode::asText).containsExactly("summary", "stability", "cost",
                "concurrency", "cold-starts", "run-details");
        assertThat(page.get("drawnCharts").asInt()).as("charts drawn with a size").isEqualTo(charts).isPositive();
        assertThat(page.get("overflowingTables")).as("tables wider than a %d px window", WINDOW_WIDTH).isEmpty();
        assertThat(page.get("summaryBottom").asDouble()).as("bottom of the headline figures, recommendation and SLA"
                + " verdict").isLessThanOrEqualTo(FIRST_SCREEN_HEIGHT);
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(printed.get("navigation").asText()).as("navigation when printed").isEqualTo("none");
        assertThat(printed.get("width").asInt()).as("printed width").isLessThanOrEqualTo(A4_WIDTH_PX);
    }

    private static boolean isConsoleError(JsonNode event) {
        String method = event.get("method").asText();
        return switch (method) {
            case "Runtime.exceptionThrown" -> true;
            case "Runtime.consoleAPICalled" -> List.of("error", "assert").contains(event.at("/params/type").asText());
            case "Log.entryAdded" -> "error".equals(event.at("/params/entry/level").asText());
            default -> false;
        };
    }

    private static JsonNode evaluate(String session, String expression) throws Exception {
        JsonNode result = devTools.send(session, "Runtime.evaluate", Map.of("expression", expression,
                "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("evaluation failed: " + result.get("exceptionDetails"));
        }
        return result.at("/result/value");
    }
}
