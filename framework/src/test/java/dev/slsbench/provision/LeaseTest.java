package dev.slsbench.provision;

import dev.slsbench.BenchmarkListener;
import dev.slsbench.ServerlessBenchmarks;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.Tag;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Lease tags on what a run creates, their renewal, and the deletion of expired slsbench resources only. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LeaseTest {

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass()
            .withModel("lease-echo", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "2"));

    @TempDir
    Path output;

    private static SageMakerClient sageMaker() {
        return emulator.clients().sageMaker();
    }

    private static List<Tag> tags(String arn) {
        List<Tag> tags = new ArrayList<>();
        sageMaker().listTagsPaginator(r -> r.resourceArn(arn)).tags().forEach(tags::add);
        return tags;
    }

    private static String createConfig(String name, List<Tag> tags) {
        return sageMaker().createEndpointConfig(r -> r.endpointConfigName(name).tags(tags)
                .productionVariants(v -> v.variantName("v").modelName("lease-echo")
                        .serverlessConfig(s -> s.memorySizeInMB(1024).maxConcurrency(1)))).endpointConfigArn();
    }

    @Test
    void aRunTagsItsEndpointsWithItsRunIdAndALeaseItRenewsWhileItLives() throws Exception {
        AtomicReference<String> endpointArn = new AtomicReference<>();
        List<Instant> expiriesSeen = new CopyOnWriteArrayList<>();
        List<String> runIds = new CopyOnWriteArrayList<>();
        BenchmarkListener listener = new BenchmarkListener() {
            @Override
            public void endpointReady(DeployedEndpoint endpoint) {
                endpointArn.set(sageMaker().describeEndpoint(r -> r.endpointName(endpoint.endpointName())).endpointArn());
            }

            @Override
            public void progress(BenchmarkConfiguration configuration, long done, long planned) {
                String arn = endpointArn.get();
                if (done % 50 == 0 && arn != null) {
                    List<Tag> tags = tags(arn);
                    SlsbenchTags.runId(tags).ifPresent(runIds::add);
                    SlsbenchTags.leaseExpires(tags).filter(e -> !expiriesSeen.contains(e)).ifPresent(expiriesSeen::add);
                }
            }
        };
        BenchmarkPlan plan = BenchmarkPlan.builder("lease-echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .runId("leased1").memorySizesMb(1024).stabilityInvocations(1_000_000).includeConcurrency(false).build();
        Thread runner = Thread.ofPlatform().start(() -> {
            try {
                ServerlessBenchmarks.builder().credentialsProvider(AwsTarget.dummyCredentials())
                        .lease(Duration.ofSeconds(3)).build()
                        .run(plan, Payloads.of(Invocation.of("1", "text/csv")), listener);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> expiriesSeen.size() >= 3);
        } finally {
            runner.interrupt();
            runner.join();
        }
        assertThat(expiriesSeen).isSorted();
        assertThat(runIds).isNotEmpty().containsOnly("leased1");
        emulator.awaitNothingLeft();
    }

    @Test
    void deleteExpiredDeletesOnlySlsbenchResourcesWhoseLeaseEnded() {
        Instant now = Instant.now();
        createConfig("expired-cfg", SlsbenchTags.forResource("old", "s1024", now.minusSeconds(5)));
        createConfig("leased-cfg", SlsbenchTags.forResource("live", "s1024", now.plusSeconds(600)));
        createConfig("unleased-cfg", SlsbenchTags.forResource("older", "s1024"));
        createConfig("foreign-cfg", List.of(Tag.builder().key(SlsbenchTags.LEASE_EXPIRES_KEY)
                .value(now.minusSeconds(5).toString()).build()));
        sageMaker().createModel(r -> r.modelName("expired-model").executionRoleArn("arn:aws:iam::000000000000:role/r")
                .primaryContainer(c -> c.image("slsbench/echo")).tags(SlsbenchTags.forModel("old", now.minusSeconds(5))));
        try {
            ExpiredResources deleted = new Cleanup(sageMaker()).deleteExpired(now);

            assertThat(deleted.endpointConfigs()).containsExactly("expired-cfg");
            assertThat(deleted.models()).containsExactly("expired-model");
            assertThat(deleted.failures()).isEmpty();
            assertThat(deleted.lines()).contains("deleted expired endpoint config expired-cfg",
                    "deleted expired model expired-model");
            assertThat(emulator.endpointConfigNames()).contains("leased-cfg", "unleased-cfg", "foreign-cfg")
                    .doesNotContain("expired-cfg");
            assertThat(sageMaker().listModels(r -> { }).models()).noneMatch(m -> m.modelName().equals("expired-model"));
        } finally {
            for (String name : List.of("leased-cfg", "unleased-cfg", "foreign-cfg")) {
                sageMaker().deleteEndpointConfig(r -> r.endpointConfigName(name));
            }
        }
    }

    @Test
    void aRunFirstDeletesExpiredResourcesAndSaysSo() throws Exception {
        createConfig("stale-cfg", SlsbenchTags.forResource("dead", "s1024", Instant.now().minusSeconds(1)));
        AtomicReference<ExpiredResources> heard = new AtomicReference<>();
        BenchmarkPlan plan = BenchmarkPlan.builder("lease-echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024).stabilityInvocations(5).includeConcurrency(false).build();

        emulator.benchmarks().run(plan, Payloads.of(Invocation.of("1", "text/csv")), new BenchmarkListener() {
            @Override
            public void expiredResourcesDeleted(ExpiredResources deleted) {
                heard.set(deleted);
            }
        });

        assertThat(heard.get().endpointConfigs()).containsExactly("stale-cfg");
        assertThat(emulator.endpointConfigNames()).doesNotContain("stale-cfg");
        emulator.awaitNothingLeft();
    }

    @Test
    void aLeaseShorterThanThreeSecondsIsRefused() {
        assertThatThrownBy(() -> ServerlessBenchmarks.builder().lease(Duration.ofSeconds(2)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease: PT2S is shorter than 3 s");
    }
}
