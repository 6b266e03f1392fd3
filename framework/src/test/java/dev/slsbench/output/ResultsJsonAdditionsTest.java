package dev.slsbench.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.stats.TpsSeries;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsJsonAdditionsTest {

    private static BenchmarkResult withVerdictsAndSeries() {
        BenchmarkResult result = SampleResult.result();
        List<ConfigurationResult> configurations = new ArrayList<>(result.configurations());
        configurations.set(0, configurations.getFirst().withTpsSeries(TpsSeries.ofCountsBySecond(Map.of(10L, 3L, 12L, 4L))));
        return new BenchmarkResult(result.plan(), result.environment(), result.startedAt(), result.finishedAt(),
                result.payloads(), configurations, result.costAnalysis(), result.recommendation(), result.warnings(),
                List.of(new SlaVerdict("s1024", "p99Millis", 500, OptionalDouble.of(123.4), true),
                        new SlaVerdict("s3072", "p99Millis", 500, OptionalDouble.empty(), false)));
    }

    @Test
    void roundTripsSlaVerdictsAndTpsSeries() throws Exception {
        BenchmarkResult result = withVerdictsAndSeries();

        BenchmarkResult read = ResultsJsonReader.fromJson(ResultsJsonWriter.toJson(result));

        assertThat(read).isEqualTo(result);
        assertThat(read.slaVerdicts("s3072")).singleElement().satisfies(v -> {
            assertThat(v.passed()).isFalse();
            assertThat(v.actual()).isEmpty();
        });
        assertThat(read.configurations().getFirst().tpsSeries().orElseThrow().completions()).containsExactly(3L, 0L, 4L);
    }

    @Test
    void readsAResultsJsonWrittenWithoutVerdictsOrSeriesAsHavingNone() throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(ResultsJsonWriter.toJson(withVerdictsAndSeries()));
        json.remove("slaVerdicts");
        ((ArrayNode) json.get("configurations")).forEach(c -> ((ObjectNode) c).remove("tpsSeries"));

        BenchmarkResult read = ResultsJsonReader.fromJson(json.toString());

        assertThat(read.slaVerdicts()).isEmpty();
        assertThat(read.configurations()).allSatisfy(c -> assertThat(c.tpsSeries()).isEmpty());
        assertThat(read.withSlaVerdicts(List.of()).configurations()).isEqualTo(read.configurations());
    }
}
