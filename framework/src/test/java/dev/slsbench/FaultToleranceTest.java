package dev.slsbench;

import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.stats.OutcomeCounts;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs against an emulator that injects transient faults (its fault mode), with the real SDK clients. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FaultToleranceTest {

    @TempDir
    Path output;

    @Test
    void aRunCompletesWhenOneControlPlaneCallInFiveIsThrottled() throws Exception {
        try (EmulatorUnderTest emulator = EmulatorUnderTest.start(o -> o.faults("control-plane-throttle=0.2,seed=7"))) {
            emulator.clients().sageMaker().createModel(m -> m.modelName("echo").executionRoleArn("arn:aws:iam::000000000000:role/r")
                    .primaryContainer(c -> c.image("slsbench/echo")));
            BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                    .memorySizesMb(1024, 2048).stabilityInvocations(20).concurrencyMaxValues(2, 4).clientMultipliers(1)
                    .concurrencyInvocations(20).build();

            BenchmarkResult result = emulator.benchmarks().run(plan, Payloads.of(Invocation.of("1", "text/csv")));

            assertThat(result.configurations()).hasSize(4).allSatisfy(c -> {
                assertThat(c.status()).as(c.configuration().id()).isEqualTo(ConfigurationStatus.COMPLETED);
                assertThat(c.outcomes().ok()).isEqualTo(20);
            });
            assertThat(emulator.faultCounts().controlPlaneThrottles()).as("throttles injected").isGreaterThan(5);
            emulator.awaitNothingLeft();
        }
    }

    @Test
    void runtimeServerErrorsAreCountedAsErrorsAndNeverRetried() throws Exception {
        try (EmulatorUnderTest emulator = EmulatorUnderTest.start(o -> o.faults("runtime-5xx=0.1,seed=3"))) {
            emulator.createModel("echo", "slsbench/echo", Map.of());
            BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                    .memorySizesMb(1024).stabilityInvocations(300).errorThreshold(300).includeConcurrency(false).build();

            BenchmarkResult result = emulator.benchmarks().run(plan, Payloads.of(Invocation.of("1", "text/csv")));

            ConfigurationResult measured = result.configurations().getFirst();
            OutcomeCounts outcomes = measured.outcomes();
            long injected = emulator.faultCounts().runtimeServerErrors();
            assertThat(injected).isGreaterThan(10);
            assertThat(outcomes.issued()).isEqualTo(300);
            assertThat(outcomes.clientError()).as("5xx answers, one per injected fault: none retried").isEqualTo(injected);
            assertThat(outcomes.errors()).isEqualTo(injected);
            assertThat(outcomes.throttled()).isZero();
            assertThat(outcomes.ok()).isEqualTo(300 - injected);
            emulator.awaitNothingLeft();
        }
    }
}
