package dev.slsbench.junit.engine;

import dev.slsbench.junit.BenchmarkPhase;
import dev.slsbench.junit.Payload;
import dev.slsbench.junit.PayloadFile;
import dev.slsbench.junit.PhaseResult;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Sla;
import dev.slsbench.junit.Verify;
import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.payload.Invocation;
import dev.slsbench.plan.PayloadOrder;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.SlaVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static dev.slsbench.junit.SlsbenchAssertions.assertThat;
import static dev.slsbench.junit.SlsbenchAssertions.assertThatThrownBy;
import static dev.slsbench.junit.SlsbenchAssertions.ms;
import static dev.slsbench.junit.SlsbenchAssertions.tuple;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** Benchmark classes run end to end on the engine's embedded emulator, with tiny call counts. */
class ExecutionTests extends AbstractSlsbenchEngineTests {

    @TempDir
    Path output;

    @ServerlessBenchmark(model = "echo-pass", image = "slsbench/echo", memory = {1024, 2048}, maxConcurrency = 2,
            clientMultiplier = 1, stabilityInvocations = 4, concurrencyInvocations = 4)
    @Sla(p99Millis = 30_000, maxErrorRate = 0, maxThrottleRate = 0)
    static class PassingTestCase {
        static final AtomicInteger PAYLOAD_CALLS = new AtomicInteger();

        @Payload(contentType = "text/plain")
        static String body() {
            PAYLOAD_CALLS.incrementAndGet();
            return "ping";
        }

        @Payload
        Stream<Invocation> moreBodies() {
            return Stream.of(Invocation.of("{\"a\":1}", "application/json"));
        }
    }

    @ServerlessBenchmark(model = "echo-pc", image = "slsbench/echo", memory = 1024, maxConcurrency = 2,
            clientMultiplier = 1, provisionedConcurrency = {0, 1}, stabilityInvocations = 4, concurrencyInvocations = 4)
    @Sla(maxErrorRate = 0)
    static class ProvisionedConcurrencyTestCase {
        @Payload(contentType = "text/plain")
        static String body() {
            return "ping";
        }
    }

    @ServerlessBenchmark(model = "echo-slow", image = "slsbench/echo", environment = "SLSBENCH_DELAY_MS=25",
            memory = {1024, 2048}, includeConcurrency = false, stabilityInvocations = 3)
    @Sla(phase = BenchmarkPhase.STABILITY, memory = 2048, p50Millis = 5, maxErrorRate = 0)
    static class FailingSlaTestCase {
        @Payload(contentType = "text/plain")
        static List<String> bodies() {
            return List.of("a", "b");
        }
    }

    @ServerlessBenchmark(model = "echo-verify", image = "slsbench/echo", environment = "SLSBENCH_DELAY_MS=20",
            memory = 1024, includeConcurrency = false, stabilityInvocations = 3)
    static class FailingVerifyTestCase {
        @Payload
        byte[] body() {
            return new byte[] {1, 2, 3};
        }

        @Verify
        void medianUnderOneMillisecond(ConfigurationResult result) {
            assertThat(result).latency().percentile(50).isLessThan(ms(1));
        }

        @Verify
        static void everyCallSucceeded(PhaseResult phase) {
            assertThat(phase).allConfigurationsSatisfy(c -> c.hasNoErrors().isCompleted());
        }

        @Verify
        static void recommendsTheLargestSize(BenchmarkResult result) {
            assertThat(result).recommendsMemory(6144);
        }
    }

    @ServerlessBenchmark(model = "echo-file", image = "slsbench/echo", memory = 1024, includeConcurrency = false,
            stabilityInvocations = 4)
    @PayloadFile("payloads/echo.jsonl")
    @Sla(maxErrorRate = 0)
    static class PayloadFileTestCase {
    }

    @ServerlessBenchmark(model = "echo-weighted", image = "slsbench/echo", memory = 1024, includeConcurrency = false,
            stabilityInvocations = 8)
    static class WeightedPayloadTestCase {
        @Payload(contentType = "text/plain", weight = 3)
        static String frequent() {
            return "aaaa";
        }

        @Payload(contentType = "text/plain")
        static String rare() {
            return "b";
        }
    }

    @ServerlessBenchmark(model = "echo-once", image = "slsbench/echo", memory = 1024, maxConcurrency = 2,
            clientMultiplier = 1, concurrencyMemory = 1024, stabilityInvocations = 10, concurrencyInvocations = 10,
            payloadOrder = PayloadOrder.ONCE)
    static class OncePayloadTestCase {
        @Payload(contentType = "text/plain", weight = 5)
        static List<String> rows() {
            return List.of("a", "bb", "ccc");
        }
    }

    @ServerlessBenchmark(model = "echo-random", image = "slsbench/echo", memory = 1024, includeConcurrency = false,
            stabilityInvocations = 3, payloadOrder = PayloadOrder.RANDOM, payloadSeed = 77)
    static class RandomPayloadTestCase {
        @Payload(contentType = "text/plain")
        static List<String> rows() {
            return List.of("a", "bb");
        }
    }

    @ServerlessBenchmark(model = "echo-broken", image = "slsbench/echo", memory = 1024, includeConcurrency = false)
    static class ThrowingPayloadTestCase {
        @Payload
        static String body() {
            throw new IllegalStateException("the example data is missing");
        }
    }

    @Test
    void failsTheClassWhenAPayloadMethodThrows() {
        EngineExecutionResults results = run(selectClass(ThrowingPayloadTestCase.class));

        results.testEvents().assertStatistics(stats -> stats.started(0));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(ThrowingPayloadTestCase.class),
                finishedWithFailure(message("the example data is missing"))));
    }

    @Test
    void passesConfigurationsThatHoldTheirSlaAndPublishesTheirFigures() {
        int payloadCallsBefore = PassingTestCase.PAYLOAD_CALLS.get();

        EngineExecutionResults results = run(selectClass(PassingTestCase.class));

        results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4).failed(0).aborted(0));
        results.containerEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
        assertThat(reportEntries(results, "memory=2048 MB")).singleElement().satisfies(entry -> {
            assertThat(entry.getKeyValuePairs()).containsEntry("configuration", "memory=2048 MB")
                    .containsEntry("status", "COMPLETED").containsEntry("calls", "4")
                    .containsEntry("throttleRate", "0").containsEntry("errorRate", "0")
                    .containsKeys("p50Millis", "p99Millis", "tps", "endpoint");
        });
        assertThat(reportEntries(results, "cost & recommendation")).singleElement().satisfies(entry ->
                assertThat(entry.getKeyValuePairs()).containsKeys("recommendedMemoryMb", "usdPerMillion.1024MB",
                        "usdPerMillion.2048MB", "reason"));
        assertThat(PassingTestCase.PAYLOAD_CALLS).hasValue(payloadCallsBefore + 1);
    }

    @Test
    void judgesEachConfigurationAtEachProvisionedConcurrencyValueOnItsOwnEndpoint() {
        EngineExecutionResults results = run(selectClass(ProvisionedConcurrencyTestCase.class));

        results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(5).failed(0));
        assertThat(reportEntries(results, "memory=1024 MB, provisionedConcurrency=1")).singleElement()
                .satisfies(entry -> assertThat(entry.getKeyValuePairs())
                        .containsEntry("configuration", "memory=1024 MB, provisionedConcurrency=1")
                        .containsEntry("calls", "4").hasEntrySatisfying("endpoint", e -> assertThat(e).contains("-p1-")));
        assertThat(reportEntries(results, "maxConcurrency=2, clients=2, provisionedConcurrency=1")).singleElement()
                .satisfies(entry -> assertThat(entry.getKeyValuePairs()).containsEntry("calls", "4"));
        assertThat(reportEntries(results, "memory=1024 MB")).singleElement()
                .satisfies(entry -> assertThat(entry.getKeyValuePairs().get("endpoint")).doesNotContain("-p1-"));
    }

    @Test
    void writesResultFilesPerClassAndPublishesThem() {
        EngineExecutionResults results = run(selectClass(PassingTestCase.class));

        Path classFolder = output.resolve(PassingTestCase.class.getName()).toAbsolutePath();
        assertThat(classFolder.resolve("results.json")).isRegularFile();
        assertThat(classFolder.resolve("stability_benchmark_summary_results/invocation_benchmark_summary.csv")).isRegularFile();
        assertThat(classFolder.resolve("concurrency_benchmark_raw_results/invocation_benchmark_results.csv")).isRegularFile();
        assertThat(classFolder.resolve("benchmarking_report/report.html")).content().contains("<html");
        assertThat(results.allEvents().fileEntryPublished().stream()
                .map(e -> e.getRequiredPayload(FileEntry.class).getPath()))
                .contains(classFolder.resolve("results.json"), classFolder.resolve("benchmarking_report/report.html"));
        assertThat(results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()))
                .contains(Map.of("slsbench.results", classFolder.toString()));
    }

    @Test
    void writesTheSlaVerdictsIntoResultsJsonAndTheReport() throws IOException {
        run(selectClass(FailingSlaTestCase.class));

        Path classFolder = output.resolve(FailingSlaTestCase.class.getName());
        BenchmarkResult result = ResultsJsonReader.read(classFolder.resolve("results.json"));
        assertThat(result.slaVerdicts()).extracting(SlaVerdict::configurationId, SlaVerdict::criterion, SlaVerdict::passed)
                .containsExactlyInAnyOrder(tuple("s2048", "p50Millis", false), tuple("s2048", "maxErrorRate", true));
        assertThat(classFolder.resolve("benchmarking_report/report.html")).content()
                .doesNotContain("No SLAs were evaluated");
    }

    @Test
    void failsWithTheVerdictTheRunJudgedAndWroteIntoResultsJson() throws IOException {
        EngineExecutionResults results = run(selectClass(FailingSlaTestCase.class));

        SlaVerdict written = ResultsJsonReader.read(output.resolve(FailingSlaTestCase.class.getName())
                .resolve("results.json")).slaVerdicts("s2048").getFirst();
        String expected = String.format(java.util.Locale.ROOT, "median latency %.2f ms exceeds @Sla(p50Millis = 5)",
                written.actual().getAsDouble());
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("memory=2048 MB"),
                finishedWithFailure(message(m -> m.contains(expected)))));
    }

    @Test
    void failsAConfigurationThatBreaksItsSlaNamingThresholdMeasuredValueAndConfiguration() {
        EngineExecutionResults results = run(selectClass(FailingSlaTestCase.class));

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("memory=2048 MB"),
                finishedWithFailure(message(m -> m.startsWith("memory=2048 MB at endpoint echo-slow-ep-")
                        && m.contains("failed 1 check:")
                        && m.matches("(?s).*- median latency \\d+\\.\\d\\d ms exceeds @Sla\\(p50Millis = 5\\).*")))));
        results.testEvents().assertThatEvents().haveExactly(1,
                event(displayName("memory=1024 MB"), finishedSuccessfully()));
    }

    @Test
    void failsTestsWhoseVerifyMethodsFailWithTheAssertionMessage() {
        EngineExecutionResults results = run(selectClass(FailingVerifyTestCase.class));

        results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(2).failed(2));
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("memory=1024 MB"), finishedWithFailure(message(m ->
                        m.contains("failed 1 check:\n  - @Verify medianUnderOneMillisecond(ConfigurationResult): ")
                                && m.contains("[p50 latency of memory=1024 MB]")))))
                .haveExactly(1, event(displayName("everyCallSucceeded(PhaseResult)"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("cost & recommendation"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("recommendsTheLargestSize(BenchmarkResult)"), finishedWithFailure(
                        message(m -> m.startsWith("Expected the recommended memory size to be 6144 MB but it is 1024 MB")))));
    }

    @Test
    void sendsTheExamplesOfAPayloadFileFromTheClassPath() throws IOException {
        EngineExecutionResults results = run(selectClass(PayloadFileTestCase.class));

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        BenchmarkResult written = ResultsJsonReader.read(
                output.resolve(PayloadFileTestCase.class.getName()).resolve("results.json"));
        assertThat(written.payloads().count()).isEqualTo(2);
        assertThat(written.payloads().maxBodyBytes()).isEqualTo(5);
    }

    @Test
    void sendsAPayloadMethodsExamplesAsOftenAsItsWeightSays() throws IOException {
        EngineExecutionResults results = run(selectClass(WeightedPayloadTestCase.class));

        results.testEvents().assertStatistics(stats -> stats.failed(0));
        Path folder = output.resolve(WeightedPayloadTestCase.class.getName());
        assertThat(ResultsJsonReader.read(folder.resolve("results.json")).payloads().meanBodyBytes())
                .isEqualTo((3 * 4 + 1) / 4.0);
        List<String> rows = Files.readAllLines(new ResultsLayout(folder).stabilityRawResultsCsv());
        int column = List.of(rows.getFirst().split(",")).indexOf("invoke_arg_index");
        assertThat(rows.stream().skip(1).map(row -> row.split(",")[column]))
                .containsExactly("0", "0", "1", "0", "0", "0", "1", "0");
    }

    @Test
    void sendsEachExampleOncePerConfigurationUnderPayloadOrderOnce() throws IOException {
        EngineExecutionResults results = run(selectClass(OncePayloadTestCase.class));

        results.testEvents().assertStatistics(stats -> stats.failed(0));
        Path folder = output.resolve(OncePayloadTestCase.class.getName());
        BenchmarkResult written = ResultsJsonReader.read(folder.resolve("results.json"));
        assertThat(written.plan().payloadOrder()).isEqualTo(PayloadOrder.ONCE);
        assertThat(written.configurations()).hasSize(2)
                .allSatisfy(c -> assertThat(c.outcomes().issued()).isEqualTo(3));
        List<String> rows = Files.readAllLines(new ResultsLayout(folder).stabilityRawResultsCsv());
        int column = List.of(rows.getFirst().split(",")).indexOf("invoke_arg_index");
        assertThat(rows.stream().skip(1).map(row -> row.split(",")[column])).containsExactly("0", "1", "2");
    }

    @Test
    void recordsTheAnnotationsPayloadOrderAndSeedInResultsJson() throws IOException {
        run(selectClass(RandomPayloadTestCase.class));

        BenchmarkResult written = ResultsJsonReader.read(
                output.resolve(RandomPayloadTestCase.class.getName()).resolve("results.json"));
        assertThat(written.plan().payloadOrder()).isEqualTo(PayloadOrder.RANDOM);
        assertThat(written.plan().payloadSeed()).hasValue(77L);
    }

    @Test
    void scalesInvocationCountsByTheConfiguredFactor() {
        EngineExecutionResults results = slsbench(selectClass(PayloadFileTestCase.class))
                .configurationParameter("slsbench.output", output.toString())
                .configurationParameter("slsbench.invocations.scale", "0.5")
                .execute();

        assertThat(reportEntries(results, "memory=1024 MB")).singleElement()
                .satisfies(entry -> assertThat(entry.getKeyValuePairs()).containsEntry("calls", "2"));
    }

    @Test
    void stopsTheEmbeddedEmulatorWhenTheExecutionEnds() {
        EngineExecutionResults results = run(selectClass(PayloadFileTestCase.class));

        URI emulator = URI.create(results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .filter(entry -> entry.containsKey("slsbench.endpoint-url"))
                .findFirst().orElseThrow().get("slsbench.endpoint-url"));
        assertThat(emulator.getHost()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> new Socket(emulator.getHost(), emulator.getPort()).close())
                .isInstanceOf(ConnectException.class);
        assertThat(ProcessHandle.current().descendants()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(command -> command.contains("dev.slsbench.emulator.images")))
                .isEmpty();
    }

    @Test
    void measuresOnlyWhatTheSelectedTestNeeds() throws IOException {
        var id = classId(FailingSlaTestCase.class).append("phase", "stability").append("memory", "1024");

        EngineExecutionResults results = run(selectUniqueId(id));

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        BenchmarkResult written = ResultsJsonReader.read(
                output.resolve(FailingSlaTestCase.class.getName()).resolve("results.json"));
        assertThat(written.configurations()).extracting(c -> c.configuration().id()).containsExactly("s1024");
    }

    private EngineExecutionResults run(org.junit.platform.engine.DiscoverySelector selector) {
        return slsbench(selector).configurationParameter("slsbench.output", output.toString()).execute();
    }

    private static List<ReportEntry> reportEntries(EngineExecutionResults results, String displayName) {
        return results.allEvents().reportingEntryPublished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().equals(displayName))
                .map((Event e) -> e.getRequiredPayload(ReportEntry.class))
                .toList();
    }
}
