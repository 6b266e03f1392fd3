package dev.slsbench.junit.engine;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Verify;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.provision.SlsbenchTags;
import dev.slsbench.result.ConfigurationResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** Runs against an emulator the test starts, so it can look at what is left after the engine ran. */
class TeardownTests extends AbstractSlsbenchEngineTests {

    private static LocalSageMaker emulator;
    private static SageMakerClient sageMaker;
    /** Counted down by the emulator when it serves an invocation, so a test can act while calls run. */
    private static volatile CountDownLatch invocationServed = new CountDownLatch(1);

    @TempDir
    Path output;

    @ServerlessBenchmark(model = "echo-teardown", image = "slsbench/echo", memory = {1024, 2048}, maxConcurrency = 2,
            clientMultiplier = 1, stabilityInvocations = 3, concurrencyInvocations = 3)
    static class ThrowingCheckTestCase {
        @Payload(contentType = "text/plain")
        static String body() {
            return "ping";
        }

        @Verify
        void alwaysFails(ConfigurationResult result) {
            throw new IllegalStateException("a check that throws");
        }
    }

    @ServerlessBenchmark(model = "echo-long", image = "slsbench/echo", environment = "SLSBENCH_DELAY_MS=100",
            memory = {1024, 2048}, maxConcurrency = 2, clientMultiplier = 1, stabilityInvocations = 600,
            concurrencyInvocations = 600)
    static class LongRunningTestCase {
        @Payload(contentType = "text/plain")
        static String body() {
            return "ping";
        }
    }

    @ServerlessBenchmark(model = "never-created", memory = 1024, includeConcurrency = false, stabilityInvocations = 2)
    static class MissingModelTestCase {
        @Payload
        static String body() {
            return "ping";
        }
    }

    @ServerlessBenchmark(model = "echo-over-quota", image = "slsbench/echo", memory = 1024, maxConcurrency = {2, 16},
            clientMultiplier = 1, stabilityInvocations = 2, concurrencyInvocations = 2)
    static class OverQuotaTestCase {
        @Payload
        static String body() {
            return "ping";
        }
    }

    @BeforeAll
    static void startEmulator() throws IOException {
        emulator = LocalSageMaker.start(EmulatorOptions.builder()
                .metricStore((namespace, metric, dimensions, value, unit, timestamp) -> {
                    if (metric.equals("Invocations")) {
                        invocationServed.countDown();
                    }
                })
                .build());
        sageMaker = SageMakerClient.builder().endpointOverride(emulator.endpointUrl()).region(Region.US_EAST_1)
                .credentialsProvider(AwsTarget.dummyCredentials()).build();
    }

    @AfterAll
    static void stopEmulator() {
        sageMaker.close();
        emulator.close();
    }

    @Test
    void deletesEveryEndpointAndConfigAfterChecksThrow() {
        EngineExecutionResults results = slsbench(selectClass(ThrowingCheckTestCase.class))
                .configurationParameter("slsbench.endpoint-url", emulator.endpointUrl().toString())
                .configurationParameter("slsbench.output", output.toString())
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(4).failed(3).succeeded(1));
        assertNothingLeft();
    }

    @Test
    void stopsTheRunAndDeletesEverythingWhenTheExecutionIsCancelled() {
        CancellationToken cancellation = CancellationToken.create();
        CountDownLatch served = new CountDownLatch(1);
        invocationServed = served;
        CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
            try {
                if (served.await(2, TimeUnit.MINUTES)) {
                    cancellation.cancel();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        EngineExecutionResults results = slsbench(selectClass(LongRunningTestCase.class))
                .configurationParameter("slsbench.endpoint-url", emulator.endpointUrl().toString())
                .configurationParameter("slsbench.output", output.toString())
                .cancellationToken(cancellation)
                .execute();

        canceller.join();
        assertThat(cancellation.isCancellationRequested()).as("cancelled while calls ran").isTrue();
        results.testEvents().assertStatistics(stats -> stats.succeeded(0).failed(0).aborted(1));
        results.containerEvents().assertStatistics(stats -> stats.failed(0));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(LongRunningTestCase.class),
                abortedWithReason(message(m -> m.startsWith("execution cancelled; the run stopped and deleted")))));
        assertNothingLeft();
    }

    @Test
    void failsTheClassWhenTheRunCannotStartAndAbortsItsTests() {
        EngineExecutionResults results = slsbench(selectClass(MissingModelTestCase.class))
                .configurationParameter("slsbench.endpoint-url", emulator.endpointUrl().toString())
                .configurationParameter("slsbench.output", output.toString())
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(2).aborted(2));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(MissingModelTestCase.class),
                finishedWithFailure(message(m -> m.contains("modelName: 'never-created' does not exist at "
                        + emulator.endpointUrl())))));
        assertNothingLeft();
    }

    @Test
    void deletesResourcesWhoseLeaseEndedBeforeTheRunAndTagsTheModelItCreatesWithALease() {
        Instant expired = Instant.now().minusSeconds(1);
        sageMaker.createModel(r -> r.modelName("echo-abandoned").executionRoleArn("arn:aws:iam::000000000000:role/r")
                .primaryContainer(c -> c.image("slsbench/echo")).tags(SlsbenchTags.forModel("killed", expired)));
        sageMaker.createEndpointConfig(r -> r.endpointConfigName("abandoned-cfg")
                .tags(SlsbenchTags.forResource("killed", "s1024", expired))
                .productionVariants(v -> v.variantName("v").modelName("echo-abandoned")
                        .serverlessConfig(c -> c.memorySizeInMB(1024).maxConcurrency(1))));

        EngineExecutionResults results = slsbench(selectClass(ThrowingCheckTestCase.class))
                .configurationParameter("slsbench.endpoint-url", emulator.endpointUrl().toString())
                .configurationParameter("slsbench.output", output.toString())
                .configurationParameter("slsbench.lease", "1m")
                .execute();

        assertThat(results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .filter(entry -> entry.containsKey("slsbench.lease")).map(entry -> entry.get("slsbench.lease")))
                .containsExactlyInAnyOrder("deleted expired endpoint config abandoned-cfg",
                        "deleted expired model echo-abandoned");
        assertThat(sageMaker.listModels().models()).noneMatch(m -> m.modelName().equals("echo-abandoned"));
        String modelArn = sageMaker.describeModel(r -> r.modelName("echo-teardown")).modelArn();
        Instant lease = SlsbenchTags.leaseExpires(sageMaker.listTags(r -> r.resourceArn(modelArn)).tags()).orElseThrow();
        assertThat(lease).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(61));
        assertNothingLeft();
    }

    @Test
    void failsAClassThatCanNeverFitTheAccountQuotasBeforeCreatingItsModel() {
        EngineExecutionResults results = slsbench(selectClass(OverQuotaTestCase.class))
                .configurationParameter("slsbench.endpoint-url", emulator.endpointUrl().toString())
                .configurationParameter("slsbench.output", output.toString())
                .configurationParameter("slsbench.account-max-concurrency", "10")
                .execute();

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(OverQuotaTestCase.class),
                finishedWithFailure(message(m -> m.contains("concurrencyMaxValues: [16] exceeds the account's total"
                        + " serverless MaxConcurrency of 10")))));
        assertThat(sageMaker.listModels().models()).noneMatch(m -> m.modelName().equals("echo-over-quota"));
        assertNothingLeft();
    }

    private static void assertNothingLeft() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(sageMaker.listEndpoints().endpoints()).isEmpty();
            assertThat(sageMaker.listEndpointConfigs().endpointConfigs()).isEmpty();
            assertThat(emulator.containerPids()).isEmpty();
        });
    }
}
