package dev.slsbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code slsbench run} takes its prices from, said before anything is created. */
class RunPricesCliTest {

    @TempDir
    Path dir;

    private CliRun run(String region, String runId) throws Exception {
        return CliRun.of("run", "echo-model", RunCommandTest.toolkitPayloads().toString(), "--local",
                "--image", "slsbench/echo", "--region", region, "--memory-sizes", "1024", "2048",
                "--stability-invocations", "2", "--concurrency-max", "2", "--client-multipliers", "1",
                "--concurrency-invocations", "2", "--output", dir.resolve(runId).toString(), "--run-id", runId);
    }

    @Test
    void aRegionWithoutPricesIsNamedUpFrontRecommendedOnLatencyAndStillRunsTheConcurrencyPhase() throws Exception {
        CliRun run = run("eu-west-3", "unpriced1");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        String out = run.out();
        assertThat(out).contains("prices: no prices for region eu-west-3", "--price-table FILE");
        assertThat(out.indexOf("prices: no prices for region eu-west-3")).isLessThan(out.indexOf("run unpriced1:"));
        BenchmarkResult result = ResultsJsonReader.read(dir.resolve("unpriced1/results.json"));
        assertThat(result.costAnalysis()).isEmpty();
        assertThat(result.recommendation()).hasValueSatisfying(r ->
                assertThat(r.reason()).startsWith("Recommended on latency alone"));
        assertThat(result.configurations(Phase.CONCURRENCY)).isNotEmpty();
    }

    @Test
    void anotherRegionsPricesAreBorrowedWithPriceRegionAndMarkedAsBorrowed() throws Exception {
        CliRun run = CliRun.of("run", "echo-model", RunCommandTest.toolkitPayloads().toString(), "--local",
                "--image", "slsbench/echo", "--region", "eu-west-3", "--price-region", "us-east-1",
                "--memory-sizes", "1024", "--stability-invocations", "2", "--no-concurrency",
                "--output", dir.resolve("borrowed1").toString(), "--run-id", "borrowed1");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("prices: prices of us-east-1 borrowed for a run in eu-west-3");
        BenchmarkResult result = ResultsJsonReader.read(dir.resolve("borrowed1/results.json"));
        assertThat(result.costAnalysis()).hasValueSatisfying(cost -> {
            assertThat(cost.region()).isEqualTo("eu-west-3");
            assertThat(cost.priceSource()).endsWith("prices of us-east-1 BORROWED for eu-west-3");
        });
    }

    @Test
    void theEmulatorsPriceListApiPricesUsEast1AndTheSourceIsNamed() throws Exception {
        CliRun run = run("us-east-1", "priced1");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("prices: AWS Price List Query API at http://127\\.0\\.0\\.1:\\d+/?"
                + " \\(AmazonSageMaker, regionCode us-east-1\\), region us-east-1, effective 2026-05-08");
        BenchmarkResult result = ResultsJsonReader.read(dir.resolve("priced1/results.json"));
        assertThat(result.costAnalysis()).hasValueSatisfying(cost ->
                assertThat(cost.priceSource()).startsWith("AWS Price List Query API at http://127.0.0.1:"));
    }

    @Test
    void aProvisionedConcurrencyRunIsPricedAndShowsTheMonthAtTheUsersTraffic() throws Exception {
        Path table = java.nio.file.Files.writeString(dir.resolve("pc-prices.json"), """
                {"schemaVersion": 1, "version": "pc-1", "effectiveDate": "2026-01-01", "currency": "USD",
                 "source": "a test's own figures",
                 "regions": {"us-east-1": {
                   "serverlessComputeUsdPerSecond": {"1024": 1, "2048": 2, "3072": 3, "4096": 4, "5120": 5, "6144": 6},
                   "dataProcessingUsdPerGb": 0, "instances": {},
                   "provisionedConcurrency": {
                     "usdPerSecond": {"1024": 0.001, "2048": 0.002},
                     "inferenceUsdPerSecond": {"1024": 0, "2048": 0}}}}}""");

        CliRun run = CliRun.of("run", "echo-model", RunCommandTest.toolkitPayloads().toString(), "--local",
                "--image", "slsbench/echo", "--memory-sizes", "1024", "--stability-invocations", "2", "--no-concurrency",
                "--provisioned-concurrency", "1", "--price-table", table.toString(),
                "--monthly-invocations", "1000000", "--output", dir.resolve("pc1").toString(), "--run-id", "pc1");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        // inference with PC is free in this table, so the month is the PC charge: 0.001 USD/s x 720 h x 3600 s
        assertThat(run.out()).contains("Cost per month at 1,000,000 calls: $2592.00 (of which provisioned concurrency"
                + " $2592.00)");
        assertThat(java.nio.file.Files.readString(dir.resolve("pc1/benchmarking_report/report.html")))
                .contains("At 1,000,000 calls per month: 1024 MB $2592.00 (provisioned concurrency $2592.00)");
    }
}
