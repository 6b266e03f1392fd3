package dev.slsbench.junit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.result.BenchmarkResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code slsbench.price-table}: a user's price table prices a region the bundled table does not. */
class PriceTableTests extends AbstractSlsbenchEngineTests {

    @TempDir
    Path output;

    @ServerlessBenchmark(model = "echo-priced", image = "slsbench/echo", memory = 1024, includeConcurrency = false,
            stabilityInvocations = 2, monthlyInvocations = 1_000_000)
    static class PricedTestCase {
        @Payload(contentType = "text/plain")
        static String body() {
            return "ping";
        }
    }

    @Test
    void thePriceTableKeyPricesTheRunFromTheUsersFile() throws IOException {
        Path table = Files.writeString(output.resolve("prices-eu-west-3.json"), """
                {"schemaVersion": 1, "version": "team-1", "effectiveDate": "2026-01-01", "currency": "USD",
                 "source": "a test's own figures",
                 "regions": {"eu-west-3": {
                   "serverlessComputeUsdPerSecond": {"1024": 1, "2048": 2, "3072": 3, "4096": 4, "5120": 5, "6144": 6},
                   "dataProcessingUsdPerGb": 0, "instances": {}}}}""");

        EngineExecutionResults results = slsbench(selectClass(PricedTestCase.class))
                .configurationParameter("slsbench.output", output.toString())
                .configurationParameter("slsbench.region", "eu-west-3")
                .configurationParameter("slsbench.price-table", table.toString())
                .execute();

        results.testEvents().assertStatistics(stats -> stats.failed(0));
        assertThat(results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()))
                .anySatisfy(entry -> assertThat(entry)
                        .containsEntry("region", "eu-west-3")
                        .containsEntry("priceTable", "2026.1+team-1")
                        .hasEntrySatisfying("priceSource", source -> assertThat(source).contains(table.toString())));
        BenchmarkResult written = ResultsJsonReader.read(output.resolve(PricedTestCase.class.getName())
                .resolve("results.json"));
        assertThat(written.costAnalysis()).hasValueSatisfying(cost -> assertThat(cost.forMemory(1024)).hasValueSatisfying(
                c -> assertThat(c.usdPerInvocation()).isGreaterThan(BigDecimal.ZERO)));
        assertThat(written.plan().monthlyInvocations()).hasValue(1_000_000L);
        assertThat(Files.readString(output.resolve(PricedTestCase.class.getName())
                .resolve("benchmarking_report/report.html"))).contains("At 1,000,000 calls per month: 1024 MB $");
    }
}
