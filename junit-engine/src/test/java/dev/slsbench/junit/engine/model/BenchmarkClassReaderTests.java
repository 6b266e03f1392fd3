package dev.slsbench.junit.engine.model;

import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.plan.PlanOption;
import dev.slsbench.plan.PlanProblem;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Plan problems named with {@code @ServerlessBenchmark}'s attributes, for every plan option. */
class BenchmarkClassReaderTests {

    @Test
    void namesEveryPlanOptionTheAnnotationSetsWithAnAttributeThatExists() {
        var attributes = Arrays.stream(ServerlessBenchmark.class.getDeclaredMethods()).map(Method::getName).toList();

        assertThat(PlanOption.values()).allSatisfy(option -> BenchmarkClassReader.attribute(option)
                .ifPresent(attribute -> assertThat(attributes).as("%s's attribute", option).contains(attribute)));
        assertThat(BenchmarkClassReader.attribute(PlanOption.MEMORY_SIZES_MB)).hasValue("memory");
        assertThat(BenchmarkClassReader.attribute(PlanOption.REGION)).isEmpty();
    }

    @Test
    void wordsAProblemWithTheAttributeAndDurationsInSeconds() {
        assertThat(BenchmarkClassReader.inAnnotationTerms(new PlanProblem(PlanOption.MEMORY_SIZES_MB, 1000,
                "is not one of 1024"))).isEqualTo("@ServerlessBenchmark(memory): 1000 is not one of 1024");
        assertThat(BenchmarkClassReader.inAnnotationTerms(new PlanProblem(PlanOption.COLD_START_DELAY,
                Duration.ofMillis(-1500), "is not zero or positive")))
                .isEqualTo("@ServerlessBenchmark(coldStartDelayMillis): -1.5 s is not zero or positive");
        assertThat(BenchmarkClassReader.inAnnotationTerms(new PlanProblem(PlanOption.REGION, "mars",
                "is not an AWS region name such as us-east-1")))
                .isEqualTo("region: 'mars' is not an AWS region name such as us-east-1");
    }
}
