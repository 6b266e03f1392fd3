package dev.slsbench.testing;

import dev.slsbench.provision.AwsClients;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.ServerlessBenchmarks;
import software.amazon.awssdk.services.sagemaker.model.EndpointConfigSummary;
import software.amazon.awssdk.services.sagemaker.model.EndpointSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real emulator on a free loopback port, with real SDK clients (dummy credentials) for the
 * test's own checks: one per test class, closed after it.
 */
public final class EmulatorUnderTest implements AutoCloseable {

    private final LocalSageMaker emulator;
    private final AwsClients clients;

    private EmulatorUnderTest(LocalSageMaker emulator) {
        this.emulator = emulator;
        this.clients = AwsClients.create(target(), 64);
    }

    /** Starts an emulator with default options. */
    public static EmulatorUnderTest start() {
        return start(UnaryOperator.identity());
    }

    /** Starts an emulator with options adjusted by {@code options}. */
    public static EmulatorUnderTest start(UnaryOperator<EmulatorOptions.Builder> options) {
        try {
            return new EmulatorUnderTest(LocalSageMaker.start(options.apply(EmulatorOptions.builder()).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The emulator's URL. */
    public URI endpointUrl() {
        return emulator.endpointUrl();
    }

    /** A target for the emulator with dummy credentials and the local defaults. */
    public AwsTarget target() {
        return AwsTarget.builder().endpointUrl(emulator.endpointUrl()).credentialsProvider(AwsTarget.dummyCredentials())
                .build();
    }

    /** A runner for plans against this emulator. */
    public ServerlessBenchmarks benchmarks() {
        return ServerlessBenchmarks.builder().credentialsProvider(AwsTarget.dummyCredentials()).build();
    }

    /** The test's own SDK clients. */
    public AwsClients clients() {
        return clients;
    }

    /** Creates a model serving {@code image} with {@code environment}. */
    public void createModel(String name, String image, Map<String, String> environment) {
        clients.sageMaker().createModel(model -> model.modelName(name)
                .executionRoleArn("arn:aws:iam::000000000000:role/slsbench-test")
                .primaryContainer(container -> container.image(image).environment(environment)));
    }

    /** Names of the endpoints the emulator lists (any status). */
    public List<String> endpointNames() {
        List<String> names = new ArrayList<>();
        clients.sageMaker().listEndpointsPaginator(r -> { }).endpoints().stream().map(EndpointSummary::endpointName)
                .forEach(names::add);
        return names;
    }

    /** Names of the endpoint configs the emulator lists. */
    public List<String> endpointConfigNames() {
        List<String> names = new ArrayList<>();
        clients.sageMaker().listEndpointConfigsPaginator(r -> { }).endpointConfigs().stream()
                .map(EndpointConfigSummary::endpointConfigName).forEach(names::add);
        return names;
    }

    /** Waits until ListEndpoints and ListEndpointConfigs are empty (DeleteEndpoint completes asynchronously). */
    public void awaitNothingLeft() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(endpointNames()).as("endpoints left").isEmpty();
            assertThat(endpointConfigNames()).as("endpoint configs left").isEmpty();
        });
    }

    /** The faults the emulator injected so far (see {@code EmulatorOptions.faults}). */
    public LocalSageMaker.FaultCounts faultCounts() {
        return emulator.faultCounts();
    }

    /** Process ids of the model containers running now. */
    public List<Long> containerPids() {
        return emulator.containerPids();
    }

    @Override
    public void close() {
        clients.close();
        emulator.close();
    }
}
