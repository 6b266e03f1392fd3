package dev.slsbench.junit;

import dev.slsbench.ServerlessBenchmarks;
import dev.slsbench.junit.engine.SlsbenchTestEngine;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.Modifier;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The public surface says how stable it is, as JUnit's does: {@code @API(status = ...)}. */
class ApiStabilityTests {

    @Test
    void marksEveryPublicTypeOfTheAnnotationAndAssertionPackage() {
        List<Class<?>> api = ReflectionSupport.findAllClassesInPackage("dev.slsbench.junit",
                c -> Modifier.isPublic(c.getModifiers()) && c.getEnclosingClass() == null
                        && c.getProtectionDomain().getCodeSource().equals(
                        ServerlessBenchmark.class.getProtectionDomain().getCodeSource()),
                name -> !name.startsWith("dev.slsbench.junit.engine"));

        assertThat(api).contains(ServerlessBenchmark.class, Sla.class, SlsbenchAssertions.class)
                .allSatisfy(type -> assertThat(type.getAnnotation(API.class)).as("@API on %s", type).isNotNull());
        assertThat(List.of(ServerlessBenchmark.class, Sla.class, Payload.class, Verify.class))
                .allSatisfy(type -> assertThat(type.getAnnotation(API.class).status()).isEqualTo(API.Status.STABLE));
    }

    @Test
    void marksTheProgrammaticEntryPointAndResultsAndTheEngineAsInternal() {
        assertThat(List.of(ServerlessBenchmarks.class, BenchmarkPlan.class, BenchmarkResult.class,
                ConfigurationResult.class)).allSatisfy(type -> assertThat(type.getAnnotation(API.class)).isNotNull());
        assertThat(SlsbenchTestEngine.class.getAnnotation(API.class).status()).isEqualTo(API.Status.INTERNAL);
    }
}
