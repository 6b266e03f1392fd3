package dev.slsbench;

import dev.slsbench.cost.InvalidPriceTableException;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.InvalidPayloadException;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.InvalidPlanException;
import dev.slsbench.provision.Cleanup;
import dev.slsbench.provision.TeardownReport;
import dev.slsbench.testing.EmulatorUnderTest;
import dev.slsbench.testing.RunPlanMain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Runs that are interrupted, killed, or refused: nothing they create may outlive them. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RunSafetyTest {

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass()
            .withModel("echo", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "2"));

    @TempDir
    Path output;

    @AfterEach
    void nothingIsLeftBehind() {
        emulator.awaitNothingLeft();
    }

    private BenchmarkPlan.Builder longPlan() {
        return BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024, 2048).stabilityInvocations(1_000_000).includeConcurrency(false);
    }

    private static Payloads payloads() {
        return Payloads.of(Invocation.of("1,2,3", "text/csv"));
    }

    @Test
    void aRunInterruptedMidPhaseDeletesEverythingItCreatedAndSaysSo() throws Exception {
        CountDownLatch midPhase = new CountDownLatch(10);
        AtomicReference<TeardownReport> teardown = new AtomicReference<>();
        AtomicReference<Thread> runner = new AtomicReference<>();
        BenchmarkListener listener = new BenchmarkListener() {
            @Override
            public void progress(BenchmarkConfiguration configuration, long done, long planned) {
                midPhase.countDown();
            }

            @Override
            public void teardownFinished(TeardownReport report) {
                teardown.set(report);
            }
        };
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
            runner.set(Thread.currentThread());
            try {
                emulator.benchmarks().run(longPlan().build(), payloads(), listener);
            } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted", e);
            }
        });
        assertThat(midPhase.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(emulator.endpointNames()).hasSize(2);

        runner.get().interrupt();

        assertThatThrownBy(run::get).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(InterruptedException.class);
        assertThat(teardown.get()).isNotNull();
        assertThat(teardown.get().isComplete()).isTrue();
    }

    @Test
    void cleanupDeletesWhatAKilledJvmLeftAndNothingElse() throws Exception {
        emulator.createModel("bystander", "slsbench/echo", Map.of());
        emulator.clients().sageMaker().createEndpointConfig(r -> r.endpointConfigName("not-ours")
                .productionVariants(ProductionVariant.builder().variantName("AllTraffic").modelName("bystander")
                        .serverlessConfig(s -> s.memorySizeInMB(1024).maxConcurrency(1)).build()));
        String runId = "killed1";
        Process child = startChildRun(runId);
        try {
            awaitChildRunning(runId);
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(emulator.endpointNames()).as("left behind by the killed run").hasSize(2);

        TeardownReport report = new Cleanup(emulator.clients().sageMaker()).deleteAll();

        assertThat(report.isComplete()).isTrue();
        assertThat(report.deletedEndpoints()).hasSize(2).allSatisfy(name -> assertThat(name).contains(runId));
        assertThat(report.deletedEndpointConfigs()).hasSize(2).allSatisfy(name -> assertThat(name).contains(runId));
        await().atMost(Duration.ofSeconds(30)).until(() -> emulator.endpointNames().isEmpty());
        assertThat(emulator.endpointConfigNames()).containsExactly("not-ours");
        emulator.clients().sageMaker().deleteEndpointConfig(r -> r.endpointConfigName("not-ours"));
    }

    @Test
    void aJvmAskedToStopDeletesItsEndpointsFromItsShutdownHook() throws Exception {
        String runId = "stopped1";
        Process child = startChildRun(runId);
        try {
            awaitChildRunning(runId);
        } finally {
            child.destroy();
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(emulator.endpointNames()).isEmpty();
            assertThat(emulator.endpointConfigNames()).isEmpty();
        });
    }

    private Process startChildRun(String runId) throws java.io.IOException {
        List<String> command = new ArrayList<>(EmulatorUnderTest.javaCommand(RunPlanMain.class));
        command.addAll(List.of(emulator.endpointUrl().toString(), "echo", runId, output.resolve(runId).toString()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(output.resolve(runId + ".log").toFile()).start();
    }

    private void awaitChildRunning(String runId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> emulator.endpointNames().stream()
                .filter(name -> name.contains(runId)).count() == 2 && Files.exists(
                output.resolve(runId + "/stability_benchmark_raw_results/invocation_benchmark_results.csv")));
    }

    @Test
    void aBadPlanIsRejectedNamingTheValueBeforeAnythingIsCreated() {
        assertThatThrownBy(() -> longPlan().memorySizesMb(1000, 2048).concurrencyMaxValues(0).build())
                .isInstanceOf(InvalidPlanException.class)
                .hasMessageContaining("memorySizesMb: 1000 is not one of")
                .hasMessageContaining("concurrencyMaxValues: 0 is not within 1..200");
        assertThat(emulator.endpointNames()).isEmpty();
    }

    @Test
    void aMissingModelIsRejectedBeforeAnythingIsCreated() {
        BenchmarkPlan plan = longPlan().modelName("no-such-model").build();

        assertThatThrownBy(() -> emulator.benchmarks().run(plan, payloads()))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessageContaining("modelName: 'no-such-model' does not exist");
        assertThat(emulator.endpointNames()).isEmpty();
        assertThat(emulator.endpointConfigNames()).isEmpty();
    }

    @Test
    void aBadPayloadFileIsRejectedNamingFileAndLineBeforeAnythingIsCreated() throws Exception {
        Path file = Files.writeString(output.resolve("payloads.jsonl"),
                "{\"Body\": \"1,2,3\", \"ContentType\": \"text/csv\"}\n{\"Body\": 1,2}\n");

        assertThatThrownBy(() -> emulator.benchmarks().run(longPlan().build(), file, BenchmarkListener.NONE))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining(file.toString() + ":2");
        assertThat(emulator.endpointNames()).isEmpty();
        assertThat(emulator.endpointConfigNames()).isEmpty();
    }

    @Test
    void aBadPriceTableIsRejectedBeforeAnythingIsCreated() throws Exception {
        Path prices = Files.writeString(output.resolve("prices.json"), "{\"schemaVersion\": 1, \"version\": ");

        assertThatThrownBy(() -> emulator.benchmarks().run(longPlan().priceTableFile(prices).build(), payloads()))
                .isInstanceOf(InvalidPriceTableException.class)
                .hasMessageContaining(prices.toString());
        assertThat(emulator.endpointNames()).isEmpty();
        assertThat(emulator.endpointConfigNames()).isEmpty();
    }
}
