package dev.slsbench.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slsbench.result.BenchmarkResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultsJsonTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsAResultToAnEqualOne() throws Exception {
        BenchmarkResult result = SampleResult.result();

        Path file = ResultsJsonWriter.write(result, dir.resolve("results.json"));
        BenchmarkResult read = ResultsJsonReader.read(file);

        assertThat(read).isEqualTo(result);
        assertThat(read.configurations().getFirst().decodeLatencyHistogram())
                .isEqualTo(result.configurations().getFirst().decodeLatencyHistogram());
        assertThat(ResultsJsonWriter.toJson(read)).isEqualTo(ResultsJsonWriter.toJson(result));
    }

    @Test
    void rendersTheSameReportFromResultsJsonAloneAsFromTheLiveResult() throws Exception {
        BenchmarkResult result = SampleResult.result();
        ReportRenderer renderer = (r, html) -> Files.writeString(html, r.recommendation().orElseThrow().reason()
                + r.configurations().stream().map(c -> c.configuration().id() + c.latency() + c.outcomes()).toList()
                + r.costAnalysis().orElseThrow().savings().orElseThrow().rows());

        ResultsLayout live = ResultFilesWriter.write(result, dir.resolve("live"), Optional.of(renderer));
        BenchmarkResult reread = ResultsJsonReader.read(live.resultsJson());
        ResultsLayout again = ResultFilesWriter.write(reread, dir.resolve("again"), Optional.of(renderer));

        assertThat(again.reportHtml()).hasSameTextualContentAs(live.reportHtml());
        assertThat(again.stabilitySummaryCsv()).hasSameTextualContentAs(live.stabilitySummaryCsv());
        assertThat(again.concurrencySummaryCsv()).hasSameTextualContentAs(live.concurrencySummaryCsv());
        assertThat(again.metricsWithCostCsv()).hasSameTextualContentAs(live.metricsWithCostCsv());
    }

    @Test
    void writesASchemaVersionFirstAndTagsConfigurationsWithTheirTypeAndId() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ResultsJsonWriter.toJson(SampleResult.result()));

        assertThat(json.fieldNames().next()).isEqualTo("schemaVersion");
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode first = json.get("configurations").get(0).get("configuration");
        assertThat(first.get("type").asText()).isEqualTo("stability");
        assertThat(first.get("id").asText()).isEqualTo("s1024");
        assertThat(json.get("plan").get("runId").asText()).isEqualTo("r1");
        assertThat(json.get("plan").get("coldStartDelay").asText()).isEqualTo("PT0S");
        assertThat(json.get("startedAt").asText()).isEqualTo("2025-01-02T03:04:05.123456789Z");
        assertThat(json.get("costAnalysis").get("configurations").get(0).get("usdPerInvocation").isBigDecimal()
                || json.get("costAnalysis").get("configurations").get(0).get("usdPerInvocation").isNumber()).isTrue();
    }

    @Test
    void saysWhereEachConfigurationsLatenciesCountFrom() throws Exception {
        JsonNode configurations = new ObjectMapper().readTree(ResultsJsonWriter.toJson(SampleResult.result()))
                .get("configurations");

        List<String> measurements = new ArrayList<>();
        configurations.forEach(c -> measurements.add(c.get("configuration").get("type").asText() + " "
                + c.get("configuration").get("latencyMeasurement").asText()));
        assertThat(measurements).contains("stability CALL_START", "concurrency CALL_START", "open-loop INTENDED_START")
                .allSatisfy(m -> assertThat(m).matches("(stability|concurrency) CALL_START|open-loop INTENDED_START"));
    }

    @Test
    void refusesAnotherSchemaVersion() {
        assertThatThrownBy(() -> ResultsJsonReader.fromJson("{\"schemaVersion\": 99}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schemaVersion 99");
    }
}
