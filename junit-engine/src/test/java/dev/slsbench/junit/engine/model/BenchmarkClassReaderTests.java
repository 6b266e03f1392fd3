package dev.slsbench.junit.engine.model;

import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.plan.PlanOption;
import dev.slsbench.plan.PlanProblem;
import dev.slsbench.junit.OpenLoop;
import dev.slsbench.junit.Payload;
import dev.slsbench.junit.Ramp;
import dev.slsbench.junit.Stairs;
import dev.slsbench.junit.engine.config.EngineSettings;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.RampPhase;
import dev.slsbench.plan.StairsPhase;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plan problems named with {@code @ServerlessBenchmark}'s attributes, for every plan option. */
class BenchmarkClassReaderTests {

    @Test
    void namesEveryPlanOptionTheAnnotationSetsWithAnAttributeThatExists() {
        var attributes = Arrays.stream(ServerlessBenchmark.class.getDeclaredMethods()).map(Method::getName).toList();

        assertThat(PlanOption.values()).allSatisfy(option -> BenchmarkClassReader.attribute(option)
                .ifPresent(attribute -> assertThat(attributes).as("%s's attribute", option).contains(attribute)));
        assertThat(BenchmarkClassReader.attribute(PlanOption.MEMORY_SIZES_MB)).hasValue("memory");
        assertThat(BenchmarkClassReader.attribute(PlanOption.REGION)).isEmpty();
        assertThat(BenchmarkClassReader.attribute(PlanOption.MONTHLY_INVOCATIONS)).hasValue("monthlyInvocations");
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

    @ServerlessBenchmark(model = "m", image = "slsbench/echo", memory = 1024, includeConcurrency = false,
            stopP99Millis = 300, stopErrorRate = 0.05, maxDuration = "2m")
    @OpenLoop(rate = 20, duration = "30s", memory = 2048, maxConcurrency = 4)
    @Stairs(usersPerStep = 2, steps = 5, stepDuration = "30s", memory = 2048, maxConcurrency = 8)
    @Ramp(fromRate = 1, toRate = 40, duration = "2m", memory = 2048, maxConcurrency = 8)
    static class TrafficBenchmark {
        @Payload
        static String row() {
            return "1,2,3";
        }
    }

    @ServerlessBenchmark(model = "m", image = "slsbench/echo", maxDuration = "soon")
    @Stairs(usersPerStep = 2, steps = 5, stepDuration = "30 seconds", memory = 2048, maxConcurrency = 8)
    static class BadDurationsBenchmark {
        @Payload
        static String row() {
            return "1,2,3";
        }
    }

    @Test
    void readsTrafficShapesAndStoppingConditionsIntoThePlan() {
        BenchmarkPlan plan = new BenchmarkClassReader(EngineSettings.defaults()).read(TrafficBenchmark.class).plan();

        assertThat(plan.openLoopPhases()).containsExactly(new OpenLoopPhase(20, Duration.ofSeconds(30), 2048, 4));
        assertThat(plan.stairsPhases()).containsExactly(new StairsPhase(2, 5, Duration.ofSeconds(30), 2048, 8));
        assertThat(plan.rampPhases()).containsExactly(new RampPhase(1, 40, Duration.ofMinutes(2), 2048, 8));
        assertThat(plan.stopP99Millis()).hasValue(300.0);
        assertThat(plan.stopErrorRate()).hasValue(0.05);
        assertThat(plan.maxDuration()).hasValue(Duration.ofMinutes(2));
    }

    @Test
    void namesADurationThatDoesNotParseWithItsAnnotation() {
        assertThatThrownBy(() -> new BenchmarkClassReader(EngineSettings.defaults()).read(BadDurationsBenchmark.class))
                .isInstanceOf(InvalidBenchmarkClassException.class)
                .hasMessageContaining("@ServerlessBenchmark(maxDuration): 'soon' is not a duration")
                .hasMessageContaining("@Stairs(stepDuration): '30 seconds' is not a duration");
    }
}
