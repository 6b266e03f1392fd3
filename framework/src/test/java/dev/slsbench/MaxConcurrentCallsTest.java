package dev.slsbench;

import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.OpenLoopPhase;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The runtime client's pool holds every call a plan can have in flight, so no call waits for a connection. */
class MaxConcurrentCallsTest {

    @Test
    void concurrencyEndpointsRunTogetherSoTheirLargestClientCountsAddUp() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").memorySizesMb(1024, 2048)
                .concurrencyMaxValues(2, 4).clientMultipliers(1, 2).build();

        assertThat(ServerlessBenchmarks.maxConcurrentCalls(plan)).isEqualTo(4 + 8);
    }

    @Test
    void stabilityNeedsOneConnectionPerMemorySize() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").includeConcurrency(false).build();

        assertThat(ServerlessBenchmarks.maxConcurrentCalls(plan)).isEqualTo(6);
    }

    @Test
    void anOpenLoopPhaseNeedsItsInFlightBound() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").memorySizesMb(1024).includeConcurrency(false)
                .addOpenLoopPhase(new OpenLoopPhase(100, Duration.ofSeconds(10), 1024, 20)).build();

        assertThat(ServerlessBenchmarks.maxConcurrentCalls(plan)).isEqualTo(2 * 20 + 16);
    }
}
