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
    void theEmulatorsPriceListApiPricesUsEast1AndTheSourceIsNamed() throws Exception {
        CliRun run = run("us-east-1", "priced1");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("prices: AWS Price List Query API at http://127\\.0\\.0\\.1:\\d+/?"
                + " \\(AmazonSageMaker, regionCode us-east-1\\), region us-east-1, effective 2022-04-21");
        BenchmarkResult result = ResultsJsonReader.read(dir.resolve("priced1/results.json"));
        assertThat(result.costAnalysis()).hasValueSatisfying(cost ->
                assertThat(cost.priceSource()).startsWith("AWS Price List Query API at http://127.0.0.1:"));
    }
}
