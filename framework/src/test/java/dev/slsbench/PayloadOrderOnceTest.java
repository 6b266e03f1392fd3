package dev.slsbench;

import dev.slsbench.load.ExampleOrder;
import dev.slsbench.load.LoadListener;
import dev.slsbench.load.LoadTarget;
import dev.slsbench.load.OpenLoopRunner;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.EndpointShape;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.PayloadOrder;
import dev.slsbench.plan.StopConditions;
import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.EndpointProvisioner;
import dev.slsbench.provision.EndpointRequest;
import dev.slsbench.provision.ProvisioningListener;
import dev.slsbench.provision.ResourceNames;
import dev.slsbench.provision.Teardown;
import dev.slsbench.record.RecordedConfiguration;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.testing.EmulatorUnderTest;
import dev.slsbench.testing.RecordingEchoImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --payload-order once} through a whole run on the emulator: the model container logs every
 * body it receives, so the test sees from the model's side that each configuration of every phase
 * sent each example exactly once, whatever its invocation count.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PayloadOrderOnceTest {

    private static final String IMAGE = "slsbench-test/recording-echo";
    private static final int EXAMPLES = 7;

    @TempDir
    static Path received;
    @TempDir
    Path output;

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest
            .perClass(options -> options.image(IMAGE, EmulatorUnderTest.javaCommand(RecordingEchoImage.class)));

    /** The model records into {@link #received}, which exists only once JUnit has made it. */
    @BeforeAll
    static void createRecordingModel() {
        emulator.createModel("rec", IMAGE, Map.of("SLSBENCH_RECORD_DIR", received.toString()));
    }

    private static List<String> examples() {
        return IntStream.range(0, EXAMPLES).mapToObj(i -> "e" + "x".repeat(i)).toList();
    }

    @Test
    void everyConfigurationSendsEachExampleExactlyOnceWhateverItsInvocationCount() throws Exception {
        Payloads payloads = new Payloads(examples().stream().map(body -> Invocation.of(body, "text/plain")).toList(),
                List.of(5.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0));
        BenchmarkPlan plan = BenchmarkPlan.builder("rec").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .runId("once").payloadOrder(PayloadOrder.ONCE)
                .memorySizesMb(1024).stabilityInvocations(20)
                .concurrencyMaxValues(2).clientMultipliers(1).concurrencyInvocations(30)
                .addOpenLoopPhase(new OpenLoopPhase(10, Duration.ofSeconds(5), 1024, 20))
                .build();

        BenchmarkResult result = emulator.benchmarks().run(plan, payloads, new BenchmarkListener() { });

        assertThat(result.configurations()).extracting(c -> c.configuration().id())
                .containsExactly("s1024", "c1024-2-2", "o0-1024-20");
        for (ConfigurationResult configuration : result.configurations()) {
            assertThat(configuration.outcomes().issued()).as(configuration.configuration().id()).isEqualTo(EXAMPLES);
            assertThat(configuration.outcomes().ok()).as(configuration.configuration().id()).isEqualTo(EXAMPLES);
            String endpoint = configuration.endpointName().orElseThrow();
            assertThat(bodiesReceivedBy(endpoint + "-"))
                    .as("bodies the model of %s received", configuration.configuration().id())
                    .containsExactlyInAnyOrderElementsOf(examples());
        }
        assertThat(Files.readString(new ResultsLayout(output).reportHtml()))
                .contains("one per example (7), payload order once");
        assertThat(result.warnings()).noneMatch(warning -> warning.contains("payload order once"));
        assertThat(result.payloads().meanBodyBytes()).as("once sends each example once, weights aside")
                .isEqualTo(4.0);
        List<String> stabilityRows = Files.readAllLines(new ResultsLayout(output).stabilityRawResultsCsv());
        int column = List.of(stabilityRows.getFirst().split(",")).indexOf("invoke_arg_index");
        assertThat(stabilityRows.stream().skip(1).map(row -> row.split(",")[column]))
                .containsExactly("0", "1", "2", "3", "4", "5", "6");
    }

    /** The bodies logged by the containers of the endpoint whose name (a container id's prefix) is given. */
    private static List<String> bodiesReceivedBy(String endpointPrefix) throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> logs = Files.list(received)) {
            for (Path log : logs.filter(f -> f.getFileName().toString().startsWith(endpointPrefix)).toList()) {
                bodies.addAll(Files.readAllLines(log));
            }
        }
        return bodies;
    }

    @Test
    void anOpenLoopPhaseWhoseDurationEndsFirstSaysHowManyExamplesWereLeft() throws Exception {
        List<Invocation> many = IntStream.range(0, 200).mapToObj(i -> Invocation.of("e" + i, "text/plain")).toList();
        OpenLoopConfiguration configuration = new OpenLoopConfiguration(0, new OpenLoopPhase(20, Duration.ofMillis(500),
                1024, 4));
        List<String> warnings = new CopyOnWriteArrayList<>();
        RecordedConfiguration recorded;
        try (Teardown teardown = new Teardown(emulator.clients().sageMaker(), new ProvisioningListener() { })) {
            DeployedEndpoint endpoint = new EndpointProvisioner(emulator.clients().sageMaker(), emulator.target(),
                    teardown, new ResourceNames("rec", "short"), "short", new ProvisioningListener() { })
                    .deploy(List.of(new EndpointRequest("o0", "rec", new EndpointShape(1024, 4), 0))).ready().getFirst();
            recorded = new OpenLoopRunner(emulator.clients().runtime(), new Payloads(many),
                    new ExampleOrder(PayloadOrder.ONCE, 0), Duration.ZERO, 5, StopConditions.NONE, new LoadListener() { },
                    warnings::add)
                    .run(List.of(new LoadTarget(configuration, endpoint.endpointName())), (c, r) -> { }).getFirst();
        }

        assertThat(recorded.issued()).isBetween(1L, 199L);
        assertThat(warnings).contains("open-loop o0-1024-4: its duration ended after " + recorded.issued()
                + " of 200 examples (payload order once); the rest were not sent");
    }
}
