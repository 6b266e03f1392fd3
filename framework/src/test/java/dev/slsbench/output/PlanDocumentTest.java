package dev.slsbench.output;

import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.PlanOption;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code results.json}'s plan document holds exactly the plan's options. */
class PlanDocumentTest {

    @Test
    void keepsTheProvisionedConcurrencyValuesAndReadsTheSingleNumberOfOlderFiles() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").runId("pcvalues").provisionedConcurrency(List.of(0, 1))
                .coldStarts(2).build();

        String json = ResultsJsonMapper.MAPPER.writeValueAsString(plan);
        assertThat(ResultsJsonMapper.MAPPER.readValue(json, BenchmarkPlan.class)).isEqualTo(plan);
        assertThat(ResultsJsonMapper.MAPPER.readTree(json).path("provisionedConcurrency").toString()).isEqualTo("[0,1]");

        // 2, at most every default MaxConcurrency (2, 4, 8): a plan with more is refused, as SageMaker refuses it
        String older = json.replace("\"provisionedConcurrency\" : [ 0, 1 ]", "\"provisionedConcurrency\" : 2");
        assertThat(older).isNotEqualTo(json);
        assertThat(ResultsJsonMapper.MAPPER.readValue(older, BenchmarkPlan.class).provisionedConcurrencyValues())
                .containsExactly(2);
    }

    @Test
    void hasOneFieldPerPlanOption() {
        assertThat(Arrays.stream(PlanDocument.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet()))
                .isEqualTo(Arrays.stream(PlanOption.values()).map(PlanOption::planName).collect(Collectors.toSet()));
    }
}
