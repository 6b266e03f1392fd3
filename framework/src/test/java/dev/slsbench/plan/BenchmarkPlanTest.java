package dev.slsbench.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkPlanTest {

    @Test
    void defaultsAreTheToolkits() {
        BenchmarkPlan plan = BenchmarkPlan.builder("churn").build();

        assertThat(plan.memorySizesMb()).containsExactly(1024, 2048, 3072, 4096, 5120, 6144);
        assertThat(plan.stabilityInvocations()).isEqualTo(1000);
        assertThat(plan.errorThreshold()).isEqualTo(3);
        assertThat(plan.includeConcurrency()).isTrue();
        assertThat(plan.concurrencyMaxValues()).containsExactly(2, 4, 8);
        assertThat(plan.clientMultipliers()).containsExactly(1.0, 1.5, 1.75, 2.0);
        assertThat(plan.concurrencyInvocations()).isEqualTo(1000);
        assertThat(plan.coldStartDelay()).isZero();
        assertThat(plan.thinkTime()).isZero();
        assertThat(plan.provisionedConcurrency()).isZero();
        assertThat(plan.concurrencyMemoryMb()).isEmpty();
        assertThat(plan.region()).isEmpty();
        assertThat(plan.endpointUrl()).isEmpty();
        assertThat(plan.openLoopPhases()).isEmpty();
        assertThat(plan.recommendationStrategy()).isEqualTo(RecommendationStrategy.TOOLKIT);
        assertThat(plan.priceTableFile()).isEmpty();
    }

    @Test
    void generatesAShortRunIdValidInEndpointNamesAndDefaultsTheOutputUnderIt() {
        BenchmarkPlan plan = BenchmarkPlan.builder("churn").build();

        assertThat(plan.runId()).hasSize(8).matches("[a-z][a-z0-9]{7}");
        assertThat(plan.outputDirectory()).isEqualTo(Path.of("slsbench-results", plan.runId()));
        assertThat(BenchmarkPlan.builder("churn").build().runId()).isNotEqualTo(plan.runId());
    }

    @Test
    void toBuilderKeepsEveryValueAndTheDefaultedOutputFollowsANewRunId() {
        BenchmarkPlan plan = BenchmarkPlan.builder("churn").memorySizesMb(2048, 1024).stabilityInvocations(10)
                .errorThreshold(5).includeConcurrency(true).concurrencyMaxValues(4).clientMultipliers(1, 3)
                .concurrencyInvocations(20).coldStartDelay(Duration.ofSeconds(2)).concurrencyMemoryMb(3072)
                .provisionedConcurrency(2).region("eu-west-1").endpointUrl(URI.create("http://127.0.0.1:9999"))
                .runId("abc").thinkTime(Duration.ofMillis(5))
                .addOpenLoopPhase(new OpenLoopPhase(5, Duration.ofSeconds(3), 1024, 2))
                .recommendationStrategy(RecommendationStrategy.BALANCED).priceTableFile(Path.of("p.json")).build();

        assertThat(plan.toBuilder().build()).isEqualTo(plan).hasSameHashCodeAs(plan);
        BenchmarkPlan renamed = plan.toBuilder().runId("xyz").build();
        assertThat(renamed.outputDirectory()).isEqualTo(Path.of("slsbench-results", "xyz"));
        assertThat(plan.toBuilder().outputDirectory(Path.of("out")).build().toBuilder().runId("q").build()
                .outputDirectory()).isEqualTo(Path.of("out"));
    }

    @Test
    void sortsMemorySizesAscending() {
        assertThat(BenchmarkPlan.builder("m").memorySizesMb(4096, 1024, 2048).build().memorySizesMb())
                .containsExactly(1024, 2048, 4096);
    }

    @Test
    void derivesOneStabilityConfigurationPerMemorySize() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").memorySizesMb(1024, 3072).build();

        assertThat(plan.stabilityConfigurations())
                .containsExactly(new StabilityConfiguration(1024), new StabilityConfiguration(3072));
        assertThat(plan.stabilityConfigurations()).extracting(BenchmarkConfiguration::id).containsExactly("s1024", "s3072");
        assertThat(plan.stabilityConfigurations().getFirst().endpointShape()).isEqualTo(new EndpointShape(1024, 1));
    }

    @Test
    void derivesConcurrencyConfigurationsRunningCoincidingClientCountsOnce() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").build();

        assertThat(plan.concurrencyConfigurations(2048)).containsExactly(
                new ConcurrencyConfiguration(2048, 2, 2),
                new ConcurrencyConfiguration(2048, 2, 3),
                new ConcurrencyConfiguration(2048, 2, 4),
                new ConcurrencyConfiguration(2048, 4, 4),
                new ConcurrencyConfiguration(2048, 4, 6),
                new ConcurrencyConfiguration(2048, 4, 7),
                new ConcurrencyConfiguration(2048, 4, 8),
                new ConcurrencyConfiguration(2048, 8, 8),
                new ConcurrencyConfiguration(2048, 8, 12),
                new ConcurrencyConfiguration(2048, 8, 14),
                new ConcurrencyConfiguration(2048, 8, 16));
        assertThat(plan.concurrencyConfigurations(2048).get(1).id()).isEqualTo("c2048-2-3");
        assertThat(plan.concurrencyConfigurations(2048).get(1).endpointShape()).isEqualTo(new EndpointShape(2048, 2));
    }

    @Test
    void computesClientCountsInDecimalSoTenTimesOnePointOneIsEleven() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").concurrencyMaxValues(10).clientMultipliers(1.1).build();

        assertThat(plan.concurrencyConfigurations(1024)).containsExactly(new ConcurrencyConfiguration(1024, 10, 11));
    }

    @Test
    void derivesNoConcurrencyConfigurationsWhenTheConcurrencyPhaseIsOff() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").includeConcurrency(false).concurrencyMaxValues(List.of()).build();

        assertThat(plan.concurrencyConfigurations(1024)).isEmpty();
    }

    @Test
    void derivesOpenLoopConfigurationsWithIndexedIds() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m")
                .addOpenLoopPhase(new OpenLoopPhase(10, Duration.ofSeconds(30), 2048, 4))
                .addOpenLoopPhase(new OpenLoopPhase(20, Duration.ofSeconds(30), 2048, 4)).build();

        assertThat(plan.openLoopConfigurations()).extracting(BenchmarkConfiguration::id).containsExactly("o0-2048-4", "o1-2048-4");
        assertThat(plan.openLoopConfigurations().get(1).endpointShape()).isEqualTo(new EndpointShape(2048, 4));
        assertThat(plan.openLoopPhases().getFirst().expectedArrivals()).isEqualTo(300.0);
    }

    @Test
    void runsTheOtherPhasesAtTheFirstOfSeveralProvisionedConcurrencyValues() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").provisionedConcurrency(List.of(2, 0, 1)).coldStarts(3).build();

        assertThat(plan.provisionedConcurrencyValues()).containsExactly(2, 0, 1);
        assertThat(plan.provisionedConcurrency()).isEqualTo(2);
        assertThat(plan.coldStarts()).isEqualTo(3);
        assertThat(plan.toBuilder().build()).isEqualTo(plan);
        assertThat(BenchmarkPlan.builder("m").build().coldStarts()).isZero();
    }

    @Test
    void runsTheStabilityAndConcurrencyConfigurationsAtEachProvisionedConcurrencyValue() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").memorySizesMb(1024, 2048).provisionedConcurrency(List.of(0, 2))
                .concurrencyMaxValues(2, 4).clientMultipliers(1).build();

        assertThat(plan.stabilityConfigurations()).extracting(StabilityConfiguration::id)
                .containsExactly("s1024", "s1024-p2", "s2048", "s2048-p2");
        // sequential calls, but SageMaker wants ProvisionedConcurrency at most MaxConcurrency
        assertThat(plan.stabilityConfigurations().get(1).endpointShape()).isEqualTo(new EndpointShape(1024, 2));
        assertThat(plan.stabilityConfigurations().get(0).endpointShape()).isEqualTo(new EndpointShape(1024, 1));
        assertThat(plan.concurrencyConfigurations(2048)).extracting(ConcurrencyConfiguration::id)
                .containsExactly("c2048-2-2", "c2048-2-2-p2", "c2048-4-4", "c2048-4-4-p2");
        assertThat(plan.measuresProvisionedConcurrency()).isTrue();
        assertThat(BenchmarkPlan.builder("m").build().measuresProvisionedConcurrency()).isFalse();
        assertThat(ConfigurationLabel.describe(plan.concurrencyConfigurations(2048).get(3)))
                .isEqualTo("c2048-4-4-p2 (2048 MB, MaxConcurrency 4, ProvisionedConcurrency 2, 4 clients)");
        assertThat(ConfigurationLabel.settings(plan.stabilityConfigurations().get(3)))
                .isEqualTo("memory=2048 MB, provisionedConcurrency=2");
    }

    @Test
    void keepsTheToolkitsConfigurationIdsWithoutProvisionedConcurrency() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").memorySizesMb(1024).concurrencyMaxValues(2).clientMultipliers(1)
                .build();

        assertThat(plan.stabilityConfigurations()).extracting(StabilityConfiguration::id).containsExactly("s1024");
        assertThat(plan.concurrencyConfigurations(1024)).extracting(ConcurrencyConfiguration::id)
                .containsExactly("c1024-2-2");
        assertThat(ConfigurationLabel.describe(plan.stabilityConfigurations().getFirst())).isEqualTo("s1024 (1024 MB)");
    }

    @Test
    void openLoopPhasesAndTrafficShapesRunAtTheFirstProvisionedConcurrencyValueAndSaySo() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").provisionedConcurrency(List.of(2, 0)).includeConcurrency(false)
                .addOpenLoopPhase(new OpenLoopPhase(5, Duration.ofSeconds(1), 1024, 4))
                .stairsPhases(List.of(new StairsPhase(1, 2, Duration.ofSeconds(1), 1024, 2)))
                .rampPhases(List.of(new RampPhase(1, 5, Duration.ofSeconds(1), 2048, 8))).build();

        assertThat(plan.openLoopConfigurations()).extracting(OpenLoopConfiguration::provisionedConcurrency,
                OpenLoopConfiguration::id).containsExactly(org.assertj.core.groups.Tuple.tuple(2, "o0-1024-4-p2"));
        assertThat(plan.trafficConfigurations()).extracting(TrafficConfiguration::provisionedConcurrency,
                        TrafficConfiguration::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "st0-1024-2-p2"),
                        org.assertj.core.groups.Tuple.tuple(2, "rp1-2048-8-p2"));
        assertThat(ConfigurationLabel.shape(plan.openLoopConfigurations().getFirst()))
                .isEqualTo("1024 MB, MaxConcurrency 4, ProvisionedConcurrency 2, 5 arrivals/s for 1.0 s");
        assertThat(BenchmarkPlan.builder("m").includeConcurrency(false)
                .addOpenLoopPhase(new OpenLoopPhase(5, Duration.ofSeconds(1), 1024, 4)).build()
                .openLoopConfigurations().getFirst().id()).isEqualTo("o0-1024-4");
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                bad(b -> b.memorySizesMb(1000), "memorySizesMb: 1000 is not one of 1024, 2048, 3072, 4096, 5120, 6144"),
                bad(b -> b.memorySizesMb(1024, 1024), "memorySizesMb: 1024 is given twice"),
                bad(b -> b.memorySizesMb(List.of()), "memorySizesMb: [] is empty"),
                bad(b -> b.modelName(""), "modelName: '' is empty"),
                bad(b -> b.modelName("my_model"), "modelName: 'my_model' is not a SageMaker model name"),
                bad(b -> b.stabilityInvocations(0), "stabilityInvocations: 0 is not at least 1"),
                bad(b -> b.errorThreshold(-1), "errorThreshold: -1 is not at least 1"),
                bad(b -> b.concurrencyMaxValues(0, 4), "concurrencyMaxValues: 0 is not within 1..200"),
                bad(b -> b.concurrencyMaxValues(201), "concurrencyMaxValues: 201 is not within 1..200"),
                bad(b -> b.concurrencyMaxValues(List.of()), "concurrencyMaxValues: [] is empty while includeConcurrency is true"),
                bad(b -> b.clientMultipliers(0), "clientMultipliers: 0.0 is not a number greater than 0"),
                bad(b -> b.clientMultipliers(Double.NaN), "clientMultipliers: NaN is not a number greater than 0"),
                bad(b -> b.concurrencyInvocations(0), "concurrencyInvocations: 0 is not at least 1"),
                bad(b -> b.coldStartDelay(Duration.ofSeconds(-1)), "coldStartDelay: PT-1S is not zero or positive"),
                bad(b -> b.concurrencyMemoryMb(512), "concurrencyMemoryMb: 512 is not one of 1024"),
                bad(b -> b.provisionedConcurrency(201), "provisionedConcurrency: 201 is not within 0..200"),
                bad(b -> b.provisionedConcurrency(List.of(0, 1, 0)), "provisionedConcurrency: 0 is given twice"),
                bad(b -> b.provisionedConcurrency(List.of()), "provisionedConcurrency: [] is empty"),
                bad(b -> b.provisionedConcurrency(List.of(0, 5)).concurrencyMaxValues(2, 4),
                        "provisionedConcurrency: 5 exceeds MaxConcurrency 2 and 4 of the concurrency phase; SageMaker"
                                + " refuses ProvisionedConcurrency above"
                                + " MaxConcurrency: lower the value or raise that MaxConcurrency to at least 5"),
                bad(b -> b.provisionedConcurrency(List.of(0, 2)).concurrencyMaxValues(1, 4),
                        "provisionedConcurrency: 2 exceeds MaxConcurrency 1 of the concurrency phase; SageMaker refuses"),
                bad(b -> b.provisionedConcurrency(4).includeConcurrency(false)
                                .addOpenLoopPhase(new OpenLoopPhase(1, Duration.ofSeconds(1), 1024, 1)),
                        "provisionedConcurrency: 4 exceeds MaxConcurrency 1 of open-loop phase 0 (open-loop phases and"
                                + " traffic shapes run at the first value); SageMaker refuses"),
                bad(b -> b.provisionedConcurrency(List.of(3, 0)).includeConcurrency(false)
                                .stairsPhases(List.of(new StairsPhase(1, 3, Duration.ofSeconds(1), 1024, 2)))
                                .rampPhases(List.of(new RampPhase(1, 3, Duration.ofSeconds(1), 1024, 2))),
                        "provisionedConcurrency: 3 exceeds MaxConcurrency 2 of stairs phase 0, MaxConcurrency 2 of ramp 0"),
                bad(b -> b.coldStarts(-1), "coldStarts: -1 is not within 0..50"),
                bad(b -> b.region("Mars"), "region: 'Mars' is not an AWS region name"),
                bad(b -> b.endpointUrl(URI.create("ftp://host/")), "endpointUrl: 'ftp://host/' is not an absolute http or https URL"),
                bad(b -> b.runId("Bad_Id"), "runId: 'Bad_Id' is not 1..16 lower-case letters"),
                bad(b -> b.thinkTime(null), "thinkTime: null is not zero or positive"),
                bad(b -> b.addOpenLoopPhase(new OpenLoopPhase(0, Duration.ofSeconds(1), 1024, 1)),
                        "openLoopPhases[0].arrivalsPerSecond: 0.0 is not greater than 0"),
                bad(b -> b.addOpenLoopPhase(new OpenLoopPhase(1, Duration.ZERO, 1024, 1)),
                        "openLoopPhases[0].duration: PT0S is not positive"),
                bad(b -> b.addOpenLoopPhase(new OpenLoopPhase(1, Duration.ofSeconds(1), 1500, 1)),
                        "openLoopPhases[0].memoryMb: 1500 is not one of"),
                bad(b -> b.addOpenLoopPhase(new OpenLoopPhase(1, Duration.ofSeconds(1), 1024, 300)),
                        "openLoopPhases[0].maxConcurrency: 300 is not within 1..200"),
                bad(b -> b.stairsPhases(List.of(new StairsPhase(0, 3, Duration.ofSeconds(1), 1024, 2))),
                        "stairsPhases[0]: 0 users per step is not at least 1"),
                bad(b -> b.stairsPhases(List.of(new StairsPhase(1, 3, Duration.ZERO, 1024, 2))),
                        "stairsPhases[0]: PT0S step duration is not positive"),
                bad(b -> b.stairsPhases(List.of(new StairsPhase(100, 11, Duration.ofSeconds(1), 1024, 2))),
                        "stairsPhases[0]: 1100 users at the last step is more than 1000"),
                bad(b -> b.stairsPhases(List.of(new StairsPhase(1, 3, Duration.ofSeconds(1), 1500, 2))),
                        "stairsPhases[0]: 1500 is not one of"),
                bad(b -> b.rampPhases(List.of(new RampPhase(-1, 10, Duration.ofSeconds(1), 1024, 2))),
                        "rampPhases[0]: -1.0 calls/s is not within 0..10000"),
                bad(b -> b.rampPhases(List.of(new RampPhase(0, 0, Duration.ofSeconds(1), 1024, 2))),
                        "rampPhases[0]: 0 calls/s at both ends makes no calls"),
                bad(b -> b.rampPhases(List.of(new RampPhase(1, 10, Duration.ofSeconds(1), 1024, 0))),
                        "rampPhases[0]: 0 is not within 1..200"),
                bad(b -> b.stopP99Millis(0.0), "stopP99Millis: 0.0 is not a number of ms greater than 0"),
                bad(b -> b.stopErrorRate(1.5), "stopErrorRate: 1.5 is not a fraction of calls"),
                bad(b -> b.maxDuration(Duration.ZERO), "maxDuration: PT0S is not positive"),
                bad(b -> b.recommendationStrategy(null), "recommendationStrategy: null is not one of"));
    }

    private static Arguments bad(UnaryOperator<BenchmarkPlan.Builder> change, String message) {
        return Arguments.of(change, message);
    }

    @ParameterizedTest
    @MethodSource("badOptions")
    void rejectsABadOptionNamingItAndItsValue(UnaryOperator<BenchmarkPlan.Builder> change, String message) {
        BenchmarkPlan.Builder builder = change.apply(BenchmarkPlan.builder("churn"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidPlanException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void numbersTrafficShapesStairsFirstThenRampsWithTheirSteps() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m")
                .rampPhases(List.of(new RampPhase(1, 21, Duration.ofSeconds(10), 2048, 4)))
                .stairsPhases(List.of(new StairsPhase(2, 3, Duration.ofSeconds(5), 1024, 8)))
                .stopP99Millis(300.0).stopErrorRate(0.05).maxDuration(Duration.ofMinutes(2)).build();

        assertThat(plan.trafficConfigurations()).extracting(TrafficConfiguration::id)
                .containsExactly("st0-1024-8", "rp1-2048-4");
        TrafficShape stairs = plan.trafficConfigurations().get(0).shape();
        assertThat(List.of(stairs.offeredLoad(0), stairs.offeredLoad(2))).containsExactly(2.0, 6.0);
        assertThat(stairs.totalDuration()).isEqualTo(Duration.ofSeconds(15));
        TrafficShape ramp = plan.trafficConfigurations().get(1).shape();
        assertThat(ramp.stepCount()).isEqualTo(10);
        assertThat(List.of(ramp.offeredLoad(0), ramp.offeredLoad(9))).containsExactly(2.0, 20.0);
        assertThat(plan.stopConditions()).isEqualTo(new StopConditions(Optional.of(300.0), Optional.of(0.05),
                Optional.of(Duration.ofMinutes(2))));
        assertThat(plan.toBuilder().build()).isEqualTo(plan);
    }

    @Test
    void reportsEveryBadOptionAtOnce() {
        BenchmarkPlan.Builder builder = BenchmarkPlan.builder("churn").memorySizesMb(1000).stabilityInvocations(0);

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.problems()).containsExactly(
                        "memorySizesMb: 1000 is not one of 1024, 2048, 3072, 4096, 5120, 6144",
                        "stabilityInvocations: 0 is not at least 1"));
    }

    @Test
    void acceptsEmptyConcurrencyValuesWhenTheConcurrencyPhaseIsOff() {
        BenchmarkPlan plan = BenchmarkPlan.builder("m").includeConcurrency(false)
                .concurrencyMaxValues(List.of()).clientMultipliers(List.of()).build();

        assertThat(plan.includeConcurrency()).isFalse();
    }
}
