package dev.slsbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slsbench.output.ResultsLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code slsbench run --provisioned-concurrency 0,1}: the stability and concurrency phases run at both values,
 * ProvisionedConcurrency takes the cold starts away, and results.json and the report show its metrics and its
 * monthly cost.
 */
class ProvisionedConcurrencyRunTest {

    private static final String TABLE = """
            {"schemaVersion": 1, "version": "pc-1", "effectiveDate": "2026-01-01", "currency": "USD",
             "source": "a test's own figures",
             "regions": {"us-east-1": {
               "serverlessComputeUsdPerSecond": {"1024": 0.00002, "2048": 0.00004, "3072": 0.00006, "4096": 0.00008,
                                                 "5120": 0.0001, "6144": 0.00012},
               "dataProcessingUsdPerGb": 0.016, "instances": {}%s}}}""";
    private static final String PC_PRICES = """
            , "provisionedConcurrency": {
                 "usdPerSecond": {"1024": 0.000005, "2048": 0.00001},
                 "inferenceUsdPerSecond": {"1024": 0.00001, "2048": 0.00002}}""";

    @TempDir
    Path dir;

    private CliRun run(Path table, Path results) throws Exception {
        return CliRun.of("run", "m", RunCommandTest.toolkitPayloads().toString(), "--local", "--image", "slsbench/echo",
                "--memory-sizes", "1024", "--provisioned-concurrency", "0,1", "--stability-invocations", "10",
                "--concurrency-max", "2", "--client-multipliers", "1", "--concurrency-invocations", "10",
                "--price-table", table.toString(), "--monthly-invocations", "1000000", "--output", results.toString());
    }

    @Test
    void fewerCallsAreColdWithProvisionedConcurrencyAndResultsAndReportShowItsMetricsAndMonthlyCost() throws Exception {
        Path table = Files.writeString(dir.resolve("prices.json"), TABLE.formatted(PC_PRICES));
        Path results = dir.resolve("results");

        CliRun run = run(table, results);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        ResultsLayout layout = new ResultsLayout(results);
        JsonNode json = new ObjectMapper().readTree(layout.resultsJson().toFile());
        JsonNode onDemand = configuration(json, "s1024");
        JsonNode provisioned = configuration(json, "s1024-p1");
        assertThat(provisioned.path("configuration").path("provisionedConcurrency").asInt()).isEqualTo(1);
        assertThat(onDemand.path("coldStarts").path("coldCalls").asLong()).isPositive();
        assertThat(provisioned.path("coldStarts").path("coldCalls").asLong())
                .isLessThan(onDemand.path("coldStarts").path("coldCalls").asLong());
        JsonNode metrics = provisioned.path("metrics").path("metrics");
        assertThat(metrics.path("ServerlessProvisionedConcurrencyInvocations").path("sampleCount").asDouble())
                .isEqualTo(10);
        // the sampled ones have data only when the emulator's sampler ran inside the window: collected either way
        for (String name : List.of("ServerlessProvisionedConcurrencyExecutions",
                "ServerlessProvisionedConcurrencyUtilization", "ServerlessProvisionedConcurrencySpilloverInvocations",
                "ServerlessConcurrentExecutionsUtilization")) {
            assertThat(metrics.has(name) || provisioned.path("metrics").path("missing").toString().contains(name))
                    .as(name).isTrue();
        }
        JsonNode costs = json.path("costAnalysis").path("configurations");
        assertThat(costs).hasSize(2);
        // one unit all month: 0.000005 USD/s × 720 h × 3600 s
        assertThat(costs.get(1).path("provisionedConcurrency").asInt()).isEqualTo(1);
        assertThat(costs.get(1).path("provisionedConcurrencyUsdPerMonth").decimalValue()).isEqualByComparingTo("12.96");
        assertThat(json.path("recommendation").path("provisionedConcurrency").asInt()).isEqualTo(1);
        assertThat(Files.readAllLines(layout.concurrencySummaryCsv()).getFirst()).endsWith(",provisioned_concurrency");

        String report = Files.readString(layout.reportHtml());
        int pcTable = report.indexOf("<table id=\"provisioned-concurrency\">");
        assertThat(pcTable).isPositive();
        String pcSection = report.substring(pcTable, report.indexOf("</table>", pcTable));
        assertThat(pcSection).contains("ServerlessProvisionedConcurrencyInvocations",
                "ServerlessProvisionedConcurrencySpilloverInvocations", "ServerlessProvisionedConcurrencyUtilization",
                "ServerlessConcurrentExecutionsUtilization", "1024 MB · ProvisionedConcurrency 1", "$12.96",
                "Month at 1,000,000 calls",
                "data-json=\"/configurations/1/metrics/metrics/ServerlessProvisionedConcurrencyInvocations/sampleCount\""
                        + " data-value=\"10.0\"");
        assertThat(report).contains("At 1,000,000 calls per month: 1024 MB · ProvisionedConcurrency 0 $",
                "No cold-start distribution: the run had no cold-start phase");
        // the month at PC 1 is the unit's $12.96 plus the calls, whose cost follows the latency measured
        Matcher month = Pattern
                .compile("1024 MB · ProvisionedConcurrency 1 \\$(\\d+\\.\\d\\d)").matcher(report);
        assertThat(month.find()).as("the month at ProvisionedConcurrency 1").isTrue();
        assertThat(new BigDecimal(month.group(1))).isBetween(new BigDecimal("12.96"),
                new BigDecimal("14.00"));
        assertThat(run.out()).contains("Recommended: 1024 MB, MaxConcurrency 2, ProvisionedConcurrency 1");
        // the end-of-run table has a PC column, so s1024 and s1024-p1 are told apart beyond their ids
        List<String> summary = run.out().lines().dropWhile(l -> !l.startsWith("Run ")).skip(1).limit(5).toList();
        assertThat(summary.getFirst().trim().split("\\s+")).startsWith("configuration", "MB", "max", "PC", "clients");
        assertThat(summary).anySatisfy(l -> assertThat(l.trim().split("\\s+")).startsWith("s1024", "1024", "1", "0", "1"))
                .anySatisfy(l -> assertThat(l.trim().split("\\s+")).startsWith("s1024-p1", "1024", "1", "1", "1"))
                .anySatisfy(l -> assertThat(l.trim().split("\\s+")).startsWith("c1024-2-2-p1", "1024", "2", "1", "2"));
    }

    @Test
    void saysBeforeCreatingAnythingThatProvisionedConcurrencyHasNoPricesAndHowToSupplyThem() throws Exception {
        Path table = Files.writeString(dir.resolve("prices.json"), TABLE.formatted(""));
        Path results = dir.resolve("results");

        CliRun run = run(table, results);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        int warning = indexOf(lines, "prices: no provisioned-concurrency prices for region us-east-1");
        assertThat(warning).as(run.out()).isNotNegative();
        assertThat(lines.get(warning)).contains("no configuration at ProvisionedConcurrency 1 is priced",
                "--price-table FILE", "--price-region REGION");
        assertThat(indexOf(lines, "deploying")).isGreaterThan(warning);
        JsonNode json = new ObjectMapper().readTree(new ResultsLayout(results).resultsJson().toFile());
        // the on-demand configurations are still priced and a memory size recommended on cost
        assertThat(json.path("costAnalysis").path("configurations")).hasSize(1);
        assertThat(json.path("recommendation").path("reason").asText()).doesNotStartWith("Recommended on latency alone");
    }

    private static int indexOf(List<String> lines, String fragment) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i;
            }
        }
        return -1;
    }

    private static JsonNode configuration(JsonNode json, String id) {
        for (JsonNode c : json.path("configurations")) {
            if (c.path("configuration").path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no configuration " + id + " in results.json");
    }
}
