package dev.slsbench.provision;

import dev.slsbench.BenchmarkListener;
import dev.slsbench.ServerlessBenchmarks;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.InvalidPlanException;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deployments fit the account's serverless quotas: an emulator enforcing 3 endpoints and a total MaxConcurrency of 10. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class QuotaAwareProvisioningTest {

    private static final AccountLimits LIMITS = new AccountLimits(3, 10);

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest
            .perClass(o -> o.maxEndpoints(3).accountMaxConcurrency(10))
            .withModel("echo", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "5"));

    @TempDir
    Path output;

    @AfterEach
    void nothingIsLeftBehind() {
        emulator.awaitNothingLeft();
    }

    private static SageMakerClient sageMaker() {
        return emulator.clients().sageMaker();
    }

    private static ServerlessBenchmarks benchmarks() {
        return ServerlessBenchmarks.builder().credentialsProvider(AwsTarget.dummyCredentials()).accountLimits(LIMITS).build();
    }

    private BenchmarkPlan.Builder plan() {
        return BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024, 2048, 3072, 4096).stabilityInvocations(10).concurrencyMaxValues(2, 4, 8)
                .clientMultipliers(1, 1.5).concurrencyInvocations(16).concurrencyMemoryMb(1024);
    }

    private static void foreignEndpoint(String name, int maxConcurrency) {
        sageMaker().createEndpointConfig(r -> r.endpointConfigName(name + "-cfg").productionVariants(v -> v.variantName("v")
                .modelName("echo").serverlessConfig(s -> s.memorySizeInMB(1024).maxConcurrency(maxConcurrency))));
        sageMaker().createEndpoint(r -> r.endpointName(name).endpointConfigName(name + "-cfg"));
    }

    private static void deleteForeign(String name) {
        sageMaker().deleteEndpoint(r -> r.endpointName(name));
        sageMaker().deleteEndpointConfig(r -> r.endpointConfigName(name + "-cfg"));
    }

    @Test
    void aPlanLargerThanTheQuotasRunsInWavesAndMeasuresEveryConfiguration() throws Exception {
        AtomicInteger live = new AtomicInteger();
        AtomicInteger mostLive = new AtomicInteger();
        BenchmarkListener listener = new BenchmarkListener() {
            @Override
            public void endpointReady(DeployedEndpoint endpoint) {
                mostLive.accumulateAndGet(live.incrementAndGet(), Math::max);
            }

            @Override
            public void phaseFinished(dev.slsbench.plan.Phase phase, List<dev.slsbench.result.ConfigurationResult> results) {
                live.set(0);
            }
        };

        BenchmarkResult result = benchmarks().run(plan().build(), Payloads.of(Invocation.of("1", "text/csv")), listener);

        assertThat(result.configurations()).hasSize(4 + 6).allSatisfy(c -> {
            assertThat(c.status()).as(c.configuration().id() + " " + c.statusReason()).isEqualTo(ConfigurationStatus.COMPLETED);
            assertThat(c.outcomes().ok()).as(c.configuration().id()).isPositive();
        });
        assertThat(mostLive.get()).as("endpoints ready within one phase, counted across its waves").isGreaterThan(3);
    }

    @Test
    void quotasLowerThanTheLimitsGivenAreFoundOutAndEveryConfigurationIsStillMeasured() throws Exception {
        List<String> deferrals = new CopyOnWriteArrayList<>();
        ServerlessBenchmarks assumingDefaults = ServerlessBenchmarks.builder()
                .credentialsProvider(AwsTarget.dummyCredentials()).build();

        BenchmarkResult result = assumingDefaults.run(plan().build(), Payloads.of(Invocation.of("1", "text/csv")),
                new BenchmarkListener() {
                    @Override
                    public void waitingForQuota(EndpointRequest next, String reason) {
                        deferrals.add(next.key() + ": " + reason);
                    }
                });

        assertThat(deferrals).isNotEmpty().allSatisfy(d -> assertThat(d).contains("ResourceLimitExceeded"));
        assertThat(result.configurations()).hasSize(4 + 6).allSatisfy(c -> assertThat(c.status())
                .as(c.configuration().id() + " " + c.statusReason()).isEqualTo(ConfigurationStatus.COMPLETED));
    }

    @Test
    void wavesFitNextToWhatOtherEndpointsAlreadyUse() throws Exception {
        foreignEndpoint("someone-elses", 2);
        try {
            BenchmarkResult result = benchmarks().run(plan().build(), Payloads.of(Invocation.of("1", "text/csv")));

            assertThat(result.configurations()).allSatisfy(c -> assertThat(c.status())
                    .as(c.configuration().id() + " " + c.statusReason()).isEqualTo(ConfigurationStatus.COMPLETED));
        } finally {
            deleteForeign("someone-elses");
        }
    }

    @Test
    void waitsForRoomWhileOtherEndpointsFillTheAccount() throws Exception {
        foreignEndpoint("full-1", 4);
        foreignEndpoint("full-2", 4);
        foreignEndpoint("full-3", 2);
        List<String> waits = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> freed = new CompletableFuture<>();
        BenchmarkListener listener = new BenchmarkListener() {
            @Override
            public void waitingForQuota(EndpointRequest next, String reason) {
                waits.add(next.key() + ": " + reason);
                if (!freed.isDone()) {
                    freed.completeAsync(() -> {
                        deleteForeign("full-1");
                        deleteForeign("full-2");
                        deleteForeign("full-3");
                        return null;
                    });
                }
            }
        };

        BenchmarkResult result = benchmarks().run(plan().memorySizesMb(1024, 2048).includeConcurrency(false).build(),
                Payloads.of(Invocation.of("1", "text/csv")), listener);

        freed.join();
        assertThat(waits).first().asString().startsWith("s1024: in use: 3 serverless endpoints with a total MaxConcurrency of 10");
        assertThat(result.configurations()).allSatisfy(c -> assertThat(c.status()).isEqualTo(ConfigurationStatus.COMPLETED));
    }

    @Test
    void aPlanThatCanNeverFitIsRefusedBeforeAnythingIsCreated() {
        assertThatThrownBy(() -> benchmarks().run(plan().concurrencyMaxValues(2, 16).build(),
                Payloads.of(Invocation.of("1", "text/csv"))))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessageContaining("concurrencyMaxValues: [16] exceeds the account's total serverless MaxConcurrency of 10");
        assertThat(emulator.endpointConfigNames()).isEmpty();
    }
}
