package dev.slsbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slsbench.output.ColdStartCsvWriter;
import dev.slsbench.output.ResultsLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code slsbench run --cold-starts N}: N forced cold starts per memory size, in cold_starts.csv and results.json. */
class ColdStartPhaseTest {

    @TempDir
    Path dir;

    @Test
    void measuresThreeForcedColdStartsPerMemorySize() throws Exception {
        Path results = dir.resolve("results");

        CliRun run = CliRun.of("run", "m", RunCommandTest.toolkitPayloads().toString(), "--local", "--image",
                "slsbench/echo", "--memory-sizes", "1024", "2048", "--cold-starts", "3", "--stability-invocations", "30",
                "--no-concurrency", "--progress", "quiet", "--output", results.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        ResultsLayout layout = new ResultsLayout(results);
        List<String> lines = Files.readAllLines(layout.coldStartsCsv());
        assertThat(lines.getFirst()).isEqualTo(String.join(",", ColdStartCsvWriter.COLUMNS))
                .isEqualTo("memory_size,provisioned_concurrency,sample,first_call_latency,model_setup_time,"
                        + "second_call_latency");
        List<String[]> rows = lines.stream().skip(1).map(line -> line.split(",", -1)).toList();
        assertThat(rows).extracting(row -> row[0] + "/" + row[1] + "/" + row[2])
                .containsExactly("1024/0/1", "1024/0/2", "1024/0/3", "2048/0/1", "2048/0/2", "2048/0/3");
        assertThat(rows).allSatisfy(row -> {
            double first = Double.parseDouble(row[3]);
            double setup = Double.parseDouble(row[4]);
            double second = Double.parseDouble(row[5]);
            // the first call waited for its container to start; the second found it warm
            assertThat(first).isGreaterThanOrEqualTo(setup).isGreaterThan(second);
            assertThat(setup).isPositive();
        });

        JsonNode json = new ObjectMapper().readTree(layout.resultsJson().toFile());
        assertThat(json.path("plan").path("coldStarts").asInt()).isEqualTo(3);
        assertThat(json.path("coldStarts")).hasSize(6);
        JsonNode sample = json.path("coldStarts").get(0);
        assertThat(sample.path("firstCallOutcome").asText()).isEqualTo("OK");
        assertThat(sample.path("modelSetupTimeMillis").asDouble()).isPositive();
        assertThat(Files.exists(layout.stabilitySummaryCsv())).isTrue();

        // the stability p99 is a warm figure: each fresh endpoint's first call was cold and slower than it,
        // and the report shows that warm p99, in its statistics table and on its first screen
        String report = Files.readString(layout.reportHtml());
        List<String> summary = Files.readAllLines(layout.stabilitySummaryCsv());
        for (int i = 0; i < 2; i++) {
            JsonNode configuration = json.path("configurations").get(i);
            double warmP99 = configuration.path("latency").path("p99Millis").asDouble();
            double slowestCold = configuration.path("coldStarts").path("maxColdLatencyMillis").asDouble();
            assertThat(configuration.path("coldStarts").path("coldCalls").asLong()).isPositive();
            assertThat(warmP99).isLessThan(slowestCold);
            assertThat(configuration.path("coldStarts").path("allCallsP99Millis").asDouble()).isEqualTo(slowestCold);
            assertThat(report).contains("data-json=\"/configurations/" + i + "/latency/p99Millis\" data-value=\""
                    + configuration.path("latency").path("p99Millis").asText() + "\"");
            // the summary CSV's max (its slowest latency column) is warm too
            double csvMax = Double.parseDouble(summary.get(i + 1).split(",")[5]);
            assertThat(csvMax).isLessThan(slowestCold);
        }
        assertThat(report).contains("<div class=\"card-label\">p99 latency</div><div class=\"card-value\""
                + " data-json=\"/configurations/", "sequential warm calls");
        assertThat(report).contains("id=\"cold-start-distribution-1024\"", "id=\"cold-start-distribution-2048\"");
    }

    @Test
    void showsFewerColdCallsWithProvisionedConcurrencyAndItsMetrics() throws Exception {
        Path results = dir.resolve("results");

        CliRun run = CliRun.of("run", "m", RunCommandTest.toolkitPayloads().toString(), "--local", "--image",
                "slsbench/echo", "--memory-sizes", "1024", "--cold-starts", "2", "--provisioned-concurrency", "0,1",
                "--stability-invocations", "2", "--no-concurrency", "--progress", "quiet", "--output", results.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        ResultsLayout layout = new ResultsLayout(results);
        List<String[]> rows = Files.readAllLines(layout.coldStartsCsv()).stream().skip(1)
                .map(line -> line.split(",", -1)).toList();
        assertThat(rows).extracting(row -> row[0] + "/" + row[1] + "/" + row[2])
                .containsExactly("1024/0/1", "1024/0/2", "1024/1/1", "1024/1/2");
        // a cold call reports ModelSetupTime; a call served by a provisioned container does not
        assertThat(rows.stream().filter(row -> row[1].equals("0") && !row[4].isEmpty())).hasSize(2);
        assertThat(rows.stream().filter(row -> row[1].equals("1") && !row[4].isEmpty())).isEmpty();

        JsonNode samples = new ObjectMapper().readTree(layout.resultsJson().toFile()).path("coldStarts");
        assertThat(samples).hasSize(4);
        JsonNode provisioned = samples.get(2).path("metrics").path("metrics");
        assertThat(samples.get(2).path("provisionedConcurrency").asInt()).isEqualTo(1);
        assertThat(provisioned.path("ServerlessProvisionedConcurrencyInvocations").path("sampleCount").asDouble())
                .isEqualTo(2);
        assertThat(provisioned.has("ServerlessProvisionedConcurrencySpilloverInvocations")).isFalse();
        JsonNode onDemand = samples.get(0).path("metrics").path("metrics");
        assertThat(onDemand.has("ModelSetupTime")).isTrue();
        assertThat(onDemand.has("ServerlessProvisionedConcurrencyInvocations")).isFalse();
    }

    @Test
    void runsNoColdStartPhaseByDefault() throws Exception {
        Path results = dir.resolve("results");

        CliRun run = CliRun.of("run", "m", RunCommandTest.toolkitPayloads().toString(), "--local", "--image",
                "slsbench/echo", "--memory-sizes", "1024", "--stability-invocations", "2", "--no-concurrency",
                "--progress", "quiet", "--output", results.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(new ResultsLayout(results).coldStartsCsv()).doesNotExist();
        assertThat(new ObjectMapper().readTree(new ResultsLayout(results).resultsJson().toFile()).path("coldStarts"))
                .isEmpty();
    }

    @Test
    void rejectsANegativeNumberOfColdStartsNamingTheFlag() throws Exception {
        CliRun run = CliRun.of("run", "m", RunCommandTest.toolkitPayloads().toString(), "--local", "--image",
                "slsbench/echo", "--cold-starts", "-1", "--output", dir.resolve("results").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--cold-starts: -1 is not within 0..50");
        assertThat(dir.resolve("results")).doesNotExist();
    }
}
