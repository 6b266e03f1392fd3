package dev.slsbench.output;

import dev.slsbench.plan.PlanOption;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code results.json}'s plan document holds exactly the plan's options. */
class PlanDocumentTest {

    @Test
    void hasOneFieldPerPlanOption() {
        assertThat(Arrays.stream(PlanDocument.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet()))
                .isEqualTo(Arrays.stream(PlanOption.values()).map(PlanOption::planName).collect(Collectors.toSet()));
    }
}
