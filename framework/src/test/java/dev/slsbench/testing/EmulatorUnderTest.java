package dev.slsbench.testing;

import dev.slsbench.provision.AwsClients;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.ServerlessBenchmarks;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
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
 * test's own checks. Either one per test class, as a JUnit extension that starts it (and creates its
 * models) before all tests and closes it after them:
 * <pre>{@code
 * @RegisterExtension
 * static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass().withModel("echo", "slsbench/echo");
 * }</pre>
 * or started by {@link #start()} inside a test that needs its own, closed with try-with-resources.
 */
public final class EmulatorUnderTest implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    /** A model the extension creates once the emulator is up. */
    private record Model(String name, String image, Map<String, String> environment) {
    }

    /** The started emulator and the test's clients for it. */
    private record Running(LocalSageMaker emulator, AwsClients clients) {
    }

    private final UnaryOperator<EmulatorOptions.Builder> options;
    private final List<Model> models;
    private volatile Running running;

    private EmulatorUnderTest(UnaryOperator<EmulatorOptions.Builder> options, List<Model> models) {
        this.options = options;
        this.models = models;
    }

    /** Starts an emulator with default options. */
    public static EmulatorUnderTest start() {
        return start(UnaryOperator.identity());
    }

    /** Starts an emulator with options adjusted by {@code options}. */
    public static EmulatorUnderTest start(UnaryOperator<EmulatorOptions.Builder> options) {
        EmulatorUnderTest started = new EmulatorUnderTest(options, List.of());
        started.startNow();
        return started;
    }

    /**
     * An emulator with default options, not started yet: register it as a static
     * {@code @RegisterExtension} field and it runs for the whole test class.
     */
    public static EmulatorUnderTest perClass() {
        return perClass(UnaryOperator.identity());
    }

    /** Like {@link #perClass()}, with options adjusted by {@code options}. */
    public static EmulatorUnderTest perClass(UnaryOperator<EmulatorOptions.Builder> options) {
        return new EmulatorUnderTest(options, List.of());
    }

    /** This extension, also creating a model serving {@code image} with no environment when it starts. */
    public EmulatorUnderTest withModel(String name, String image) {
        return withModel(name, image, Map.of());
    }

    /** This extension, also creating a model serving {@code image} with {@code environment} when it starts. */
    public EmulatorUnderTest withModel(String name, String image, Map<String, String> environment) {
        List<Model> more = new ArrayList<>(models);
        more.add(new Model(name, image, Map.copyOf(environment)));
        return new EmulatorUnderTest(options, List.copyOf(more));
    }

    /**
     * The command that runs {@code main} in a child JVM on this test's class path: an emulator image
     * (see {@code EmulatorOptions.Builder.image}) whose model server is a test class.
     */
    public static List<String> javaCommand(Class<?> main) {
        return List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), main.getName());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startNow();
        models.forEach(model -> createModel(model.name(), model.image(), model.environment()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void startNow() {
        if (running != null) {
            throw new IllegalStateException(
                    "the emulator is already running: register it on one class, as a static field");
        }
        LocalSageMaker emulator;
        try {
            emulator = LocalSageMaker.start(options.apply(EmulatorOptions.builder()).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        running = new Running(emulator, AwsClients.create(target(emulator.endpointUrl()), 64));
    }

    private Running running() {
        if (running == null) {
            throw new IllegalStateException(
                    "the emulator is not running: register it as a static @RegisterExtension field, or use start()");
        }
        return running;
    }

    /** The emulator's URL. */
    public URI endpointUrl() {
        return running().emulator().endpointUrl();
    }

    /** A target for the emulator with dummy credentials and the local defaults. */
    public AwsTarget target() {
        return target(endpointUrl());
    }

    private static AwsTarget target(URI endpointUrl) {
        return AwsTarget.builder().endpointUrl(endpointUrl).credentialsProvider(AwsTarget.dummyCredentials()).build();
    }

    /** A runner for plans against this emulator. */
    public ServerlessBenchmarks benchmarks() {
        return ServerlessBenchmarks.builder().credentialsProvider(AwsTarget.dummyCredentials()).build();
    }

    /** The test's own SDK clients. */
    public AwsClients clients() {
        return running().clients();
    }

    /** Creates a model serving {@code image} with {@code environment}. */
    public void createModel(String name, String image, Map<String, String> environment) {
        clients().sageMaker().createModel(model -> model.modelName(name)
                .executionRoleArn("arn:aws:iam::000000000000:role/slsbench-test")
                .primaryContainer(container -> container.image(image).environment(environment)));
    }

    /** Names of the endpoints the emulator lists (any status). */
    public List<String> endpointNames() {
        List<String> names = new ArrayList<>();
        clients().sageMaker().listEndpointsPaginator(r -> { }).endpoints().stream().map(EndpointSummary::endpointName)
                .forEach(names::add);
        return names;
    }

    /** Names of the endpoint configs the emulator lists. */
    public List<String> endpointConfigNames() {
        List<String> names = new ArrayList<>();
        clients().sageMaker().listEndpointConfigsPaginator(r -> { }).endpointConfigs().stream()
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
        return running().emulator().faultCounts();
    }

    /** Process ids of the model containers running now. */
    public List<Long> containerPids() {
        return running().emulator().containerPids();
    }

    /** Closes the clients and the emulator; nothing to do if it never started or is closed already. */
    @Override
    public void close() {
        if (running == null) {
            return;
        }
        Running closing = running;
        running = null;
        try (LocalSageMaker emulator = closing.emulator()) {
            closing.clients().close();
        }
    }
}
