package dev.slsbench;

import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.Phase;
import dev.slsbench.provision.EndpointRequest;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * At a pinned memory size the concurrency phase's endpoints deploy while the stability phase reads
 * its CloudWatch metrics and deletes its endpoints; a run that fails meanwhile leaves nothing behind.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class EarlyWaveTest {

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass().withModel("echo", "slsbench/echo");

    @TempDir
    Path output;

    private BenchmarkPlan.Builder plan() {
        return BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024, 2048).stabilityInvocations(5).concurrencyMemoryMb(1024)
                .concurrencyMaxValues(2).clientMultipliers(1).concurrencyInvocations(10);
    }

    private static Payloads payloads() {
        return Payloads.of(Invocation.of("1,2,3", "text/csv"));
    }

    @Test
    void concurrencyEndpointsOfAPinnedMemorySizeDeployBeforeTheStabilityPhaseEnds() throws Exception {
        ConcurrencyDeployment listener = new ConcurrencyDeployment(false);

        BenchmarkResult result = emulator.benchmarks().run(plan().build(), payloads(), listener);

        assertThat(listener.startedBeforeStabilityEnded).isTrue();
        assertThat(result.configurations(Phase.CONCURRENCY)).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ConfigurationStatus.COMPLETED))
                .satisfies(c -> assertThat(c.outcomes().ok()).isEqualTo(10));
        emulator.awaitNothingLeft();
    }

    @Test
    void aRunThatFailsWhileTheConcurrencyEndpointsDeployLeavesNothingBehind() {
        ConcurrencyDeployment listener = new ConcurrencyDeployment(true);

        assertThatThrownBy(() -> emulator.benchmarks().run(plan().build(), payloads(), listener))
                .hasMessageContaining("stopped while the concurrency endpoints deploy");

        assertThat(listener.startedBeforeStabilityEnded).isTrue();
        emulator.awaitNothingLeft();
    }

    @Test
    void withoutAPinnedMemorySizeTheConcurrencyPhaseWaitsForTheRecommendation() throws Exception {
        ConcurrencyDeployment listener = new ConcurrencyDeployment(false, 2);

        BenchmarkResult result = emulator.benchmarks().run(plan().concurrencyMemoryMb(null).build(), payloads(),
                listener);

        assertThat(listener.startedBeforeStabilityEnded).isFalse();
        assertThat(result.configurations(Phase.CONCURRENCY)).hasSize(1);
        emulator.awaitNothingLeft();
    }

    /**
     * Holds the end of the stability phase until a concurrency endpoint's deployment started (at most
     * {@code waitSeconds}), and says whether one did; optionally fails the run there.
     */
    private static final class ConcurrencyDeployment implements BenchmarkListener {

        private final CountDownLatch concurrencyDeploying = new CountDownLatch(1);
        private final boolean fail;
        private final long waitSeconds;
        private volatile boolean startedBeforeStabilityEnded;

        ConcurrencyDeployment(boolean fail) {
            this(fail, 30);
        }

        ConcurrencyDeployment(boolean fail, long waitSeconds) {
            this.fail = fail;
            this.waitSeconds = waitSeconds;
        }

        @Override
        public void deploymentStarted(EndpointRequest request, String endpointName) {
            if (request.key().startsWith("c")) {
                concurrencyDeploying.countDown();
            }
        }

        @Override
        public void phaseFinished(Phase phase, List<ConfigurationResult> results) {
            if (phase != Phase.STABILITY) {
                return;
            }
            try {
                startedBeforeStabilityEnded = concurrencyDeploying.await(waitSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (fail) {
                throw new IllegalStateException("stopped while the concurrency endpoints deploy");
            }
        }
    }
}
