package dev.slsbench.junit.engine;

import dev.slsbench.junit.BenchmarkPhase;
import dev.slsbench.junit.Payload;
import dev.slsbench.junit.PhaseResult;
import dev.slsbench.junit.Verify;
import dev.slsbench.junit.PayloadFile;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Sla;
import dev.slsbench.junit.engine.fixtures.ComposedBenchmarkTestCase;
import dev.slsbench.junit.engine.fixtures.EchoBenchmarkTestCase;
import dev.slsbench.junit.engine.fixtures.PlainJupiterStyleClass;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

class DiscoveryTests extends AbstractSlsbenchEngineTests {

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo", memory = {2048, 1024},
            maxConcurrency = {2, 4}, clientMultiplier = {1, 1.5, 2}, stabilityInvocations = 3,
            concurrencyInvocations = 3)
    static class TwoSizesTestCase {
        @Payload(contentType = "text/plain")
        static String body() {
            return "hello";
        }
    }

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo", memory = 1024, maxConcurrency = {2, 4},
            clientMultiplier = 1, provisionedConcurrency = {0, 2}, stabilityInvocations = 3, concurrencyInvocations = 3)
    static class ProvisionedConcurrencyTestCase {
        @Payload(contentType = "text/plain")
        static String body() {
            return "hello";
        }
    }

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo", memory = 1024, includeConcurrency = false,
            stabilityInvocations = 3)
    static class StabilityOnlyTestCase {
        @Payload
        byte[] body() {
            return new byte[] {1, 2, 3};
        }
    }

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo", memory = {1000, 2048}, maxConcurrency = 300)
    static class BadMemorySizeTestCase {
        @Payload
        static String body() {
            return "x";
        }
    }

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo", memory = 1024, maxConcurrency = {1, 4},
            provisionedConcurrency = {0, 2})
    static class ProvisionedAboveMaxConcurrencyTestCase {
        @Payload
        static String body() {
            return "x";
        }
    }

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo")
    static class NoPayloadTestCase {
    }

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo")
    static class PayloadWithParameterTestCase {
        @Payload
        static String body(int size) {
            return "x".repeat(size);
        }

        @Payload
        static int count() {
            return 3;
        }
    }

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo")
    @PayloadFile("no/such/file.jsonl")
    @Sla(maxErrorRate = 1.5, memory = 1000)
    static class MissingFileAndBadSlaTestCase {
    }

    @ServerlessBenchmark(model = "echo", environment = "NOEQUALS")
    static class NoImageTestCase {
        @Payload
        static String body() {
            return "x";
        }
    }

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo")
    class InnerTestCase {
        @Payload
        String body() {
            return "x";
        }
    }

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo", memory = 1024, maxConcurrency = 2,
            clientMultiplier = 1)
    static class WithVerifyTestCase {
        @Payload
        static String body() {
            return "x";
        }

        @Verify
        void eachConfiguration(ConfigurationResult result) {
        }

        @Verify(phase = BenchmarkPhase.STABILITY)
        static void stabilityPhase(PhaseResult phase) {
        }

        @Verify
        static void wholeRun(BenchmarkResult result) {
        }
    }

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo", memory = {1024, 2048}, maxConcurrency = 2,
            clientMultiplier = 1)
    static class EveryPhaseVerifyTestCase {
        @Payload
        static String body() {
            return "x";
        }

        @Verify
        static void everyPhase(PhaseResult phase) {
        }

        @Verify
        static void wholeRun(BenchmarkResult result) {
        }
    }

    @ServerlessBenchmark(model = "echo", image = "slsbench/echo")
    static class BadVerifyTestCase {
        @Payload
        static String body() {
            return "x";
        }

        @Verify
        void noParameter() {
        }

        @Verify
        void wrongParameter(String text) {
        }
    }

    @Test
    void buildsOnePhaseContainerPerPhaseAndOneTestPerConfiguration() {
        EngineDiscoveryResults results = discover(selectClass(TwoSizesTestCase.class));

        assertThat(tree(results.getEngineDescriptor())).containsExactly(
                "DiscoveryTests$TwoSizesTestCase",
                "  stability",
                "    memory=1024 MB",
                "    memory=2048 MB",
                "  concurrency",
                "    maxConcurrency=2, clients=2",
                "    maxConcurrency=2, clients=3",
                "    maxConcurrency=2, clients=4",
                "    maxConcurrency=4, clients=4",
                "    maxConcurrency=4, clients=6",
                "    maxConcurrency=4, clients=8",
                "  cost & recommendation");
        assertThat(results.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void addsPhaseAndWholeRunVerifyMethodsAsTestsWithMethodSources() throws NoSuchMethodException {
        TestDescriptor engine = discover(selectClass(WithVerifyTestCase.class)).getEngineDescriptor();

        assertThat(tree(engine)).containsExactly(
                "DiscoveryTests$WithVerifyTestCase",
                "  stability",
                "    memory=1024 MB",
                "    stabilityPhase(PhaseResult)",
                "  concurrency",
                "    maxConcurrency=2, clients=2",
                "  cost & recommendation",
                "  wholeRun(BenchmarkResult)");
        assertThat(engine.getDescendants()).filteredOn(d -> d.getDisplayName().equals("wholeRun(BenchmarkResult)"))
                .singleElement().satisfies(d -> assertThat(d.getSource()).contains(
                        MethodSource.from(WithVerifyTestCase.class.getDeclaredMethod("wholeRun", BenchmarkResult.class))));
    }

    @Test
    void selectsAWholeRunVerifyTestByMethod() {
        EngineDiscoveryResults results = discover(selectMethod(WithVerifyTestCase.class, "wholeRun",
                BenchmarkResult.class.getName()));

        assertThat(tree(results.getEngineDescriptor())).containsExactly(
                "DiscoveryTests$WithVerifyTestCase", "  wholeRun(BenchmarkResult)");
    }

    @Test
    void selectsThePhasesAConfigurationVerifyMethodChecksByMethod() {
        EngineDiscoveryResults results = discover(selectMethod(WithVerifyTestCase.class, "eachConfiguration",
                ConfigurationResult.class.getName()));

        assertThat(tree(results.getEngineDescriptor())).containsExactly(
                "DiscoveryTests$WithVerifyTestCase",
                "  stability",
                "    memory=1024 MB",
                "    stabilityPhase(PhaseResult)",
                "  concurrency",
                "    maxConcurrency=2, clients=2");
    }

    @Test
    void reportsVerifyMethodsWithoutAResultParameter() {
        assertThat(warningMessage(discover(selectClass(BadVerifyTestCase.class)))).contains(
                "@Verify method noParameter() must take exactly one parameter",
                "@Verify method wrongParameter(String) takes a String; take a ConfigurationResult, a PhaseResult or a"
                        + " BenchmarkResult");
    }

    @Test
    void leadsEveryDescriptorOfAClassToTheClass() {
        TestDescriptor engine = discover(selectClass(TwoSizesTestCase.class)).getEngineDescriptor();

        assertThat(engine.getDescendants()).isNotEmpty().allSatisfy(descriptor ->
                assertThat(classSources(descriptor.getSource().orElseThrow()))
                        .containsExactly(ClassSource.from(TwoSizesTestCase.class)));
    }

    @Test
    void namesEveryTestOfAClassDistinctlyForFlatReports() {
        TestDescriptor benchmarkClass = discover(selectClass(EveryPhaseVerifyTestCase.class)).getEngineDescriptor()
                .getChildren().iterator().next();
        List<? extends TestDescriptor> tests = benchmarkClass.getDescendants().stream().filter(TestDescriptor::isTest).toList();

        assertThat(benchmarkClass.getLegacyReportingName()).isEqualTo(EveryPhaseVerifyTestCase.class.getName());
        assertThat(tests).extracting(TestDescriptor::getLegacyReportingName).containsExactlyInAnyOrder(
                "memory=1024 MB", "memory=2048 MB", "everyPhase(PhaseResult) [stability]",
                "maxConcurrency=2, clients=2", "everyPhase(PhaseResult) [concurrency]",
                "cost & recommendation", "wholeRun(BenchmarkResult)");
        assertThat(tests).extracting(test -> test.getSource().orElseThrow())
                .as("Maven Surefire names every test with a plain ClassSource Class.null, merging them into one")
                .allSatisfy(source -> assertThat(source).isNotInstanceOf(ClassSource.class));
    }

    @Test
    void leavesOutTheConcurrencyPhaseWhenItIsOff() {
        EngineDiscoveryResults results = discover(selectClass(StabilityOnlyTestCase.class));

        assertThat(tree(results.getEngineDescriptor())).containsExactly(
                "DiscoveryTests$StabilityOnlyTestCase", "  stability", "    memory=1024 MB", "  cost & recommendation");
    }

    @Test
    void leavesClassesWithoutServerlessBenchmarkToOtherEngines() {
        EngineDiscoveryResults results = discover(selectClass(PlainJupiterStyleClass.class), selectClass(DiscoveryTests.class));

        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
        assertThat(results.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void findsClassesThroughComposedAnnotations() {
        EngineDiscoveryResults results = discover(selectClass(ComposedBenchmarkTestCase.class));

        assertThat(tree(results.getEngineDescriptor())).containsExactly(
                "ComposedBenchmarkTestCase", "  stability", "    memory=2048 MB", "    memory=3072 MB",
                "  cost & recommendation");
    }

    @Test
    void discoversBenchmarkClassesInAPackageHonouringClassNameFilters() {
        EngineDiscoveryResults all = discover(selectPackage(EchoBenchmarkTestCase.class.getPackageName()));
        EngineDiscoveryResults filtered = slsbench(selectPackage(EchoBenchmarkTestCase.class.getPackageName()))
                .filters(includeClassNamePatterns(".*Echo.*"))
                .discover();

        assertThat(classNames(all)).containsExactlyInAnyOrder(EchoBenchmarkTestCase.class.getName(),
                ComposedBenchmarkTestCase.class.getName());
        assertThat(classNames(filtered)).containsExactly(EchoBenchmarkTestCase.class.getName());
    }

    @Test
    void discoversBenchmarkClassesUnderAClasspathRoot() throws URISyntaxException {
        Path testClasses = Path.of(EchoBenchmarkTestCase.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        EngineDiscoveryResults results = slsbench(selectClasspathRoots(Set.of(testClasses)).toArray(new org.junit.platform.engine.DiscoverySelector[0]))
                .filters(includeClassNamePatterns(".*\\.fixtures\\..*", ".*DiscoveryTests\\$TwoSizesTestCase"))
                .discover();

        assertThat(classNames(results)).containsExactlyInAnyOrder(EchoBenchmarkTestCase.class.getName(),
                ComposedBenchmarkTestCase.class.getName(), TwoSizesTestCase.class.getName());
    }

    @Test
    void buildsOneTestPerConfigurationAtEachProvisionedConcurrencyValue() {
        EngineDiscoveryResults results = discover(selectClass(ProvisionedConcurrencyTestCase.class));

        assertThat(tree(results.getEngineDescriptor())).containsExactly(
                "DiscoveryTests$ProvisionedConcurrencyTestCase",
                "  stability",
                "    memory=1024 MB",
                "    memory=1024 MB, provisionedConcurrency=2",
                "  concurrency",
                "    maxConcurrency=2, clients=2",
                "    maxConcurrency=2, clients=2, provisionedConcurrency=2",
                "    maxConcurrency=4, clients=4",
                "    maxConcurrency=4, clients=4, provisionedConcurrency=2",
                "  cost & recommendation");
        assertThat(results.getDiscoveryIssues()).isEmpty();
        var id = classId(ProvisionedConcurrencyTestCase.class).append("phase", "stability").append("memory", "1024-p2");
        assertThat(discover(selectUniqueId(id)).getEngineDescriptor().findByUniqueId(id)).isPresent();
    }

    @Test
    void selectsOneConfigurationByUniqueIdWithItsAncestorsOnly() {
        var id = classId(TwoSizesTestCase.class).append("phase", "concurrency").append("concurrency", "4x6");

        EngineDiscoveryResults results = discover(selectUniqueId(id));

        assertThat(tree(results.getEngineDescriptor())).containsExactly(
                "DiscoveryTests$TwoSizesTestCase", "  concurrency", "    maxConcurrency=4, clients=6");
        assertThat(results.getEngineDescriptor().findByUniqueId(id)).isPresent();
    }

    @Test
    void selectsAWholeClassByUniqueId() {
        EngineDiscoveryResults results = discover(selectUniqueId(classId(StabilityOnlyTestCase.class)));

        assertThat(tree(results.getEngineDescriptor())).containsExactly(
                "DiscoveryTests$StabilityOnlyTestCase", "  stability", "    memory=1024 MB", "  cost & recommendation");
    }

    @Test
    void ignoresUniqueIdsOfConfigurationsTheClassDoesNotHave() {
        var id = classId(TwoSizesTestCase.class).append("phase", "stability").append("memory", "4096");

        EngineDiscoveryResults results = discover(selectUniqueId(id));

        assertThat(results.getEngineDescriptor().findByUniqueId(id)).isEmpty();
    }

    @Test
    void reportsABadMemorySizeInTheAnnotationsTerms() {
        EngineDiscoveryResults results = discover(selectClass(BadMemorySizeTestCase.class));

        assertThat(tree(results.getEngineDescriptor())).containsExactly("DiscoveryTests$BadMemorySizeTestCase");
        assertThat(warningMessage(results)).contains(
                "Benchmark class " + BadMemorySizeTestCase.class.getName() + " cannot run:",
                "@ServerlessBenchmark(memory): 1000 is not one of 1024, 2048, 3072, 4096, 5120, 6144",
                "@ServerlessBenchmark(maxConcurrency): 300 is not within 1..200");
    }

    /** SageMaker refuses ProvisionedConcurrency above MaxConcurrency; it used to be left out of the phase silently. */
    @Test
    void reportsProvisionedConcurrencyAboveAMaxConcurrencyNamingBoth() {
        EngineDiscoveryResults results = discover(selectClass(ProvisionedAboveMaxConcurrencyTestCase.class));

        assertThat(warningMessage(results)).contains(
                "Benchmark class " + ProvisionedAboveMaxConcurrencyTestCase.class.getName() + " cannot run:",
                "@ServerlessBenchmark(provisionedConcurrency): 2 exceeds MaxConcurrency 1 of the concurrency phase;"
                        + " SageMaker refuses ProvisionedConcurrency above MaxConcurrency");
    }

    @Test
    void reportsAClassWithoutPayloads() {
        assertThat(warningMessage(discover(selectClass(NoPayloadTestCase.class))))
                .contains("no payloads: add a @Payload method");
    }

    @Test
    void reportsPayloadMethodsWithParametersOrUnsupportedReturnTypes() {
        assertThat(warningMessage(discover(selectClass(PayloadWithParameterTestCase.class)))).contains(
                "@Payload method body() must not have parameters, but has 1",
                "@Payload method count() returns int; return an Invocation, a String, a byte[], or a Collection");
    }

    @Test
    void reportsMissingPayloadFilesAndBadSlaValues() {
        assertThat(warningMessage(discover(selectClass(MissingFileAndBadSlaTestCase.class)))).contains(
                "@PayloadFile(\"no/such/file.jsonl\") was not found",
                "@Sla(maxErrorRate = 1.5) is not a fraction between 0 and 1",
                "@Sla(memory = 1000) is not one of");
    }

    @Test
    void reportsAMissingImageForTheEmbeddedEmulatorAndABadEnvironmentPair() {
        assertThat(warningMessage(discover(selectClass(NoImageTestCase.class)))).contains(
                "names no image", "@ServerlessBenchmark(environment): 'NOEQUALS' is not KEY=value");
    }

    @Test
    void acceptsAMissingImageWhenTheModelLivesAtAnEndpointUrl() {
        EngineDiscoveryResults results = discover(Map.of("slsbench.endpoint-url", "http://127.0.0.1:9"),
                selectClass(NoImageTestCase.class));

        assertThat(warningMessage(results)).doesNotContain("names no image").contains("NOEQUALS");
    }

    @ServerlessBenchmark(model = "churn", image = "my/churn-model")
    static class UnmappedImageTestCase {
        @Payload
        static String body() {
            return "x";
        }
    }

    @Test
    void reportsAnImageTheEmbeddedEmulatorCannotRun() {
        assertThat(warningMessage(discover(selectClass(UnmappedImageTestCase.class)))).contains(
                "@ServerlessBenchmark(image = \"my/churn-model\") is not a built-in image of the engine's local emulator"
                        + " (slsbench/echo, ",
                "map it to a model server command with the configuration parameter"
                        + " slsbench.emulator.image.my/churn-model=<COMMAND>");
    }

    @Test
    void acceptsAnImageMappedForTheEmbeddedEmulator() {
        EngineDiscoveryResults results = discover(Map.of("slsbench.emulator.image.my/churn-model", "serve-churn"),
                selectClass(UnmappedImageTestCase.class));

        assertThat(results.getDiscoveryIssues()).isEmpty();
        assertThat(tree(results.getEngineDescriptor())).first().isEqualTo("DiscoveryTests$UnmappedImageTestCase");
    }

    @Test
    void reportsInnerClassesThatNeedAnInstance() {
        assertThat(warningMessage(discover(selectClass(InnerTestCase.class)))).contains("is an inner class; make it static");
    }

    @Test
    void warnsAboutUnknownSlsbenchParameters() {
        EngineDiscoveryResults results = discover(Map.of("slsbench.endpoint_url", "http://127.0.0.1:9",
                "slsbench.emulator.image.my/model", "slsbench/echo", "other.key", "x"), selectClass(TwoSizesTestCase.class));

        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
            assertThat(issue.message()).contains("Unknown slsbench configuration parameter 'slsbench.endpoint_url'",
                    "slsbench.endpoint-url");
        });
    }

    @Test
    void reportsBadParameterValuesAsErrors() {
        EngineDiscoveryResults results = discover(Map.of("slsbench.target", "cloud", "slsbench.invocations.scale", "0"),
                selectClass(TwoSizesTestCase.class));

        assertThat(results.getDiscoveryIssues()).extracting(DiscoveryIssue::severity).containsOnly(DiscoveryIssue.Severity.ERROR);
        assertThat(results.getDiscoveryIssues()).extracting(DiscoveryIssue::message).containsExactlyInAnyOrder(
                "Invalid slsbench configuration parameter slsbench.target: 'cloud' is not 'local' or 'aws'",
                "Invalid slsbench configuration parameter slsbench.invocations.scale: '0' is not a number greater than 0");
    }

    private static String warningMessage(EngineDiscoveryResults results) {
        assertThat(results.getDiscoveryIssues()).singleElement()
                .extracting(DiscoveryIssue::severity).isEqualTo(DiscoveryIssue.Severity.WARNING);
        return results.getDiscoveryIssues().getFirst().message();
    }

    private static List<TestSource> classSources(TestSource source) {
        return source instanceof CompositeTestSource composite
                ? composite.getSources().stream().flatMap(s -> classSources(s).stream()).toList()
                : source instanceof ClassSource ? List.of(source) : List.of();
    }

    private static List<String> classNames(EngineDiscoveryResults results) {
        return results.getEngineDescriptor().getChildren().stream()
                .map(d -> ((ClassSource) d.getSource().orElseThrow()).getClassName())
                .toList();
    }
}
