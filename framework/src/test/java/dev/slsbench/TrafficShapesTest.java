package dev.slsbench;

import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.Phase;
import dev.slsbench.plan.RampPhase;
import dev.slsbench.plan.StairsPhase;
import dev.slsbench.record.StopEvent;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.Knee;
import dev.slsbench.result.TrafficResult;
import dev.slsbench.stats.LoadStep;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Stairs, ramps, stopping conditions and the knee, run against the real emulator through the real SDK clients. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TrafficShapesTest {

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass()
            .withModel("echo-50", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "50"))
            .withModel("echo-fast", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "5"))
            .withModel("echo-40", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "40"))
            .withModel("slowing", "slsbench/echo", Map.of("SLSBENCH_DELAY_GROWTH_MS", "15"));

    @TempDir
    Path output;

    @AfterEach
    void nothingIsLeftBehind() {
        emulator.awaitNothingLeft();
    }

    private BenchmarkPlan.Builder plan(String model) {
        return BenchmarkPlan.builder(model).endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024).stabilityInvocations(1).includeConcurrency(false);
    }

    private static Payloads payloads() {
        return Payloads.of(Invocation.of("1,2,3", "text/csv"));
    }

    private static ConfigurationResult traffic(BenchmarkResult result) {
        return result.configurations(Phase.TRAFFIC).getFirst();
    }

    @Test
    void aStairsRunReportsEachStepAndItsKneeWhereThrottlingStarts() throws Exception {
        BenchmarkPlan plan = plan("echo-50").warmupInvocations(1)
                .stairsPhases(List.of(new StairsPhase(1, 4, Duration.ofSeconds(2), 1024, 2))).build();

        BenchmarkResult result = emulator.benchmarks().run(plan, payloads());

        ConfigurationResult stairs = traffic(result);
        assertThat(stairs.status()).isEqualTo(ConfigurationStatus.COMPLETED);
        TrafficResult steps = stairs.traffic().orElseThrow();
        assertThat(steps.loadUnit()).isEqualTo("users");
        assertThat(steps.steps()).extracting(LoadStep::offeredLoad).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(steps.steps()).allSatisfy(step -> assertThat(step.outcomes().ok()).isPositive());
        // three and four users on MaxConcurrency 2: the endpoint refuses what it cannot hold
        assertThat(steps.steps().subList(2, 4)).allSatisfy(step -> assertThat(step.outcomes().throttled()).isPositive());
        Knee knee = steps.knee().orElseThrow();
        assertThat(knee.stepIndex()).isLessThanOrEqualTo(1);
        assertThat(knee.maxConcurrency()).isEqualTo(2);
        assertThat(knee.callsPerSecond()).isPositive();
        assertThat(knee.sentence()).startsWith("this endpoint holds ").contains("at MaxConcurrency 2");
        assertThat(stairs.outcomes().issued())
                .isEqualTo(steps.steps().stream().mapToLong(s -> s.outcomes().issued()).sum());

        ResultsLayout layout = new ResultsLayout(output);
        List<String> csv = Files.readAllLines(layout.trafficStepsCsv());
        assertThat(csv).hasSize(5);
        assertThat(csv.getFirst()).startsWith("configuration_id,shape,memory_size,max_concurrency,step,offered_load");
        assertThat(csv.get(1 + knee.stepIndex())).contains(",1,");
        assertThat(Files.readAllLines(layout.trafficRawResultsCsv()).stream().filter(l -> l.contains("st0-1024-2")))
                .hasSizeGreaterThan((int) stairs.outcomes().issued());
        TrafficResult reread = traffic(ResultsJsonReader.read(layout.resultsJson())).traffic().orElseThrow();
        assertThat(reread).isEqualTo(steps);
        assertThat(Files.readString(layout.resultsJson())).contains("\"kneeSentence\" : \"" + knee.sentence() + "\"");
        // on the first screen and in the traffic-shapes section
        assertThat(Files.readString(layout.reportHtml())).contains("<p class=\"knee\">1024 MB · MaxConcurrency 2 · stairs"
                        + " of 1 user × 4 steps of 2.0 s: " + knee.sentence() + ".</p>")
                .contains("Traffic shapes").contains(knee.sentence().substring(1))
                .contains("id=\"traffic-latency-st0-1024-2\"", "id=\"traffic-throughput-st0-1024-2\"",
                        "id=\"traffic-steps-st0-1024-2\"");
    }

    /**
     * {@code --ramp 2:80:10s:1024:4} on echo at 40 ms found no knee: on the fresh endpoint its first step threw 5
     * throttles of 9 calls while containers were starting, and the knee rule counts from the first step.
     */
    @Test
    void aRampWarmsItsFreshEndpointUpAtItsFirstStepsLoadAndFindsItsKnee() throws Exception {
        BenchmarkPlan plan = plan("echo-40").rampPhases(List.of(new RampPhase(2, 80, Duration.ofSeconds(10), 1024, 4)))
                .build();

        BenchmarkResult result = emulator.benchmarks().run(plan, payloads());

        ConfigurationResult ramp = traffic(result);
        TrafficResult steps = ramp.traffic().orElseThrow();
        assertThat(steps.steps().getFirst().outcomes().throttled()).as(steps.steps().toString()).isZero();
        assertThat(steps.knee()).as(steps.steps().toString()).hasValueSatisfying(knee ->
                assertThat(knee.sentence()).startsWith("this endpoint holds ").contains("at MaxConcurrency 4"));
        // the warm-up calls are in the raw CSV, marked, and in no step or statistic
        List<String> rows = Files.readAllLines(new ResultsLayout(output).trafficRawResultsCsv());
        assertThat(warmUpRows(rows, true)).isPositive();
        assertThat(warmUpRows(rows, false)).isEqualTo(ramp.outcomes().issued())
                .isEqualTo(steps.steps().stream().mapToLong(step -> step.outcomes().issued()).sum());
    }

    @Test
    void aStairsRunWarmsUpItsFirstStepsUsersOutsideEveryFigure() throws Exception {
        BenchmarkPlan plan = plan("echo-fast")
                .stairsPhases(List.of(new StairsPhase(3, 2, Duration.ofSeconds(1), 1024, 6))).build();

        BenchmarkResult result = emulator.benchmarks().run(plan, payloads());

        ConfigurationResult stairs = traffic(result);
        List<String> rows = Files.readAllLines(new ResultsLayout(output).trafficRawResultsCsv());
        // the first step's 3 users, two calls each
        assertThat(warmUpRows(rows, true)).isEqualTo(6);
        assertThat(warmUpRows(rows, false)).isEqualTo(stairs.outcomes().issued());
        // the first step's users find their containers running
        assertThat(stairs.traffic().orElseThrow().steps().getFirst().coldCalls()).isZero();
    }

    /** Raw rows whose {@code warmup} column (before the last, {@code cold_start}) says {@code warmUp}. */
    private static long warmUpRows(List<String> rows, boolean warmUp) {
        return rows.stream().skip(1).filter(row -> row.matches(".*," + (warmUp ? 1 : 0) + ",[01]?$")).count();
    }

    @Test
    void aRampRaisesItsArrivalRateStepByStepAndReportsTheLoadHeld() throws Exception {
        BenchmarkPlan plan = plan("echo-fast").rampPhases(List.of(new RampPhase(2, 20, Duration.ofSeconds(5), 1024, 10)))
                .build();

        BenchmarkResult result = emulator.benchmarks().run(plan, payloads());

        ConfigurationResult ramp = traffic(result);
        assertThat(ramp.configuration().id()).isEqualTo("rp0-1024-10");
        TrafficResult steps = ramp.traffic().orElseThrow();
        assertThat(steps.loadUnit()).isEqualTo("calls/s");
        assertThat(steps.steps()).hasSize(RampPhase.STEPS);
        assertThat(steps.steps()).extracting(LoadStep::offeredLoad).isSorted().startsWith(2.9).endsWith(19.1);
        // a rising rate: the last half of the ramp receives more calls than the first (expected 38 against 17)
        long firstHalf = steps.steps().subList(0, 5).stream().mapToLong(s -> s.outcomes().issued()).sum();
        long lastHalf = steps.steps().subList(5, 10).stream().mapToLong(s -> s.outcomes().issued()).sum();
        assertThat(lastHalf).isGreaterThan(firstHalf);
        assertThat(steps.knee()).hasValueSatisfying(knee -> {
            assertThat(knee.loadUnit()).isEqualTo("calls/s");
            assertThat(knee.maxConcurrency()).isEqualTo(10);
            assertThat(knee.offeredLoad()).isBetween(2.9, 19.1);
        });
        assertThat(Files.readAllLines(new ResultsLayout(output).trafficStepsCsv())).hasSize(1 + RampPhase.STEPS);
    }

    @Test
    void stopP99StopsAConfigurationOnASlowingEndpointAndKeepsItsCallsUpToThen() throws Exception {
        BenchmarkPlan plan = plan("slowing").warmupInvocations(1).stopP99Millis(250.0)
                .stairsPhases(List.of(new StairsPhase(1, 1, Duration.ofSeconds(60), 1024, 1))).build();

        BenchmarkResult result = emulator.benchmarks().run(plan, payloads());

        ConfigurationResult stairs = traffic(result);
        assertThat(stairs.status()).isEqualTo(ConfigurationStatus.STOPPED);
        StopEvent stop = stairs.stop().orElseThrow();
        assertThat(stop.condition()).isEqualTo(StopEvent.Condition.P99);
        assertThat(stop.measured()).isGreaterThan(250);
        assertThat(stop.load()).isEqualTo(1.0);
        assertThat(stop.loadUnit()).isEqualTo("users");
        // each call 15 ms slower than the one before: the window's p99 passes 250 ms after some 17 calls, not 60 s
        assertThat(stop.after()).isLessThan(Duration.ofSeconds(30));
        assertThat(stairs.outcomes().ok()).isGreaterThanOrEqualTo(17);
        assertThat(stairs.statusReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("stopped at 1 user ").contains("rolling p99").contains("250 ms"));
        assertThat(stairs.traffic().orElseThrow().steps().getFirst().outcomes().ok()).isEqualTo(stairs.outcomes().ok());

        ResultsLayout layout = new ResultsLayout(output);
        long rawRows = Files.readAllLines(layout.trafficRawResultsCsv()).stream()
                .filter(l -> l.contains("st0-1024-1") && l.matches(".*,0,[01]?$")).count();
        assertThat(rawRows).isEqualTo(stairs.outcomes().issued());
        assertThat(Files.readAllLines(layout.trafficStepsCsv()).get(1)).endsWith(",p99");
        assertThat(traffic(ResultsJsonReader.read(layout.resultsJson())).stop()).contains(stop);
        assertThat(Files.readString(layout.resultsJson())).contains("\"description\" : \"" + stop.describe() + "\"");
        assertThat(Files.readString(layout.reportHtml())).contains("rolling p99")
                .contains("a configuration stops when its rolling p99 goes above 250 ms");
    }

    @Test
    void stopErrorRateStopsAConcurrencyConfigurationWhoseCallsFail() throws Exception {
        BenchmarkPlan plan = plan("echo-fast").includeConcurrency(true).concurrencyMemoryMb(1024)
                .concurrencyMaxValues(2).clientMultipliers(1).concurrencyInvocations(400).stopErrorRate(0.5).build();
        Payloads failing = Payloads.of(new Invocation("1".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/csv", null, "slsbench-status=500", null, null));

        BenchmarkResult result = emulator.benchmarks().run(plan, failing);

        ConfigurationResult concurrency = result.configurations(Phase.CONCURRENCY).getFirst();
        assertThat(concurrency.status()).isEqualTo(ConfigurationStatus.STOPPED);
        assertThat(concurrency.stop()).hasValueSatisfying(stop -> {
            assertThat(stop.condition()).isEqualTo(StopEvent.Condition.ERROR_RATE);
            assertThat(stop.measured()).isEqualTo(1.0);
            assertThat(stop.load()).isEqualTo(2.0);
            assertThat(stop.loadUnit()).isEqualTo("clients");
        });
        assertThat(concurrency.outcomes().issued()).isLessThan(400);
        assertThat(concurrency.outcomes().modelError()).isEqualTo(concurrency.outcomes().issued());
    }

    @Test
    void stoppedStabilityConfigurationsTakeNoPartInTheRecommendation() throws Exception {
        BenchmarkPlan plan = plan("echo-fast").memorySizesMb(1024, 2048).stabilityInvocations(5)
                .maxDuration(Duration.ofMillis(1)).build();

        BenchmarkResult result = emulator.benchmarks().run(plan, payloads());

        assertThat(result.configurations(Phase.STABILITY)).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(ConfigurationStatus.STOPPED);
            assertThat(c.outcomes().ok()).isPositive();
        });
        assertThat(result.recommendation()).isEmpty();
    }

    @Test
    void maxDurationStopsAnOpenLoopPhaseAtItsLimit() throws Exception {
        BenchmarkPlan plan = plan("echo-fast").maxDuration(Duration.ofSeconds(2))
                .openLoopPhases(List.of(new OpenLoopPhase(10, Duration.ofSeconds(60), 1024, 2))).build();

        BenchmarkResult result = emulator.benchmarks().run(plan, payloads());

        ConfigurationResult openLoop = result.configurations(Phase.OPEN_LOOP).getFirst();
        assertThat(openLoop.status()).isEqualTo(ConfigurationStatus.STOPPED);
        assertThat(openLoop.stop()).hasValueSatisfying(stop -> {
            assertThat(stop.condition()).isEqualTo(StopEvent.Condition.MAX_DURATION);
            assertThat(stop.load()).isEqualTo(10.0);
        });
        // 10 calls/s for 2 s rather than 60 s
        assertThat(openLoop.outcomes().issued()).isBetween(5L, 60L);
    }
}
