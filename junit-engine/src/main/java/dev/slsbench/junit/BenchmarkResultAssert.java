package dev.slsbench.junit;

import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.Phase;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.recommend.Recommendation;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ObjectAssert;

import java.util.Optional;

/** AssertJ assertions on a whole run's {@link BenchmarkResult}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class BenchmarkResultAssert extends AbstractObjectAssert<BenchmarkResultAssert, BenchmarkResult> {

    public BenchmarkResultAssert(BenchmarkResult actual) {
        super(actual, BenchmarkResultAssert.class);
    }

    /** Assertions on the stability configuration with {@code memoryMb}; fails when the run has none. */
    public ConfigurationResultAssert stability(int memoryMb) {
        return configuration(nonNull().configurations().stream()
                .filter(c -> c.configuration() instanceof StabilityConfiguration s && s.memoryMb() == memoryMb)
                .findFirst(), "a stability configuration with " + memoryMb + " MB");
    }

    /** Assertions on the concurrency configuration with that MaxConcurrency and client count. */
    public ConfigurationResultAssert concurrency(int maxConcurrency, int clients) {
        return configuration(nonNull().configurations().stream()
                .filter(c -> c.configuration() instanceof ConcurrencyConfiguration cc
                        && cc.maxConcurrency() == maxConcurrency && cc.clients() == clients)
                .findFirst(), "a concurrency configuration with maxConcurrency=" + maxConcurrency + ", clients=" + clients);
    }

    /** Assertions on the configuration with {@code id} (e.g. {@code s2048}). */
    public ConfigurationResultAssert configuration(String id) {
        return configuration(actual().configuration(id), "a configuration " + id);
    }

    /** Assertions on one phase's configurations. */
    public PhaseResultAssert phase(Phase phase) {
        isNotNull();
        return new PhaseResultAssert(new PhaseResult(phase, actual.configurations(phase)));
    }

    /** Assertions on the recommendation; fails when there is none. */
    public ObjectAssert<Recommendation> recommendation() {
        isNotNull();
        if (actual.recommendation().isEmpty()) {
            failWithMessage("Expected a recommendation but there is none (warnings: %s)", actual.warnings());
        }
        return Assertions.assertThat(actual.recommendation().orElseThrow()).as("recommendation");
    }

    /** Checks the recommended memory size. */
    public BenchmarkResultAssert recommendsMemory(int memoryMb) {
        Recommendation recommendation = recommendation().actual();
        if (recommendation.memoryMb() != memoryMb) {
            failWithMessage("Expected the recommended memory size to be %d MB but it is %d MB (%s)", memoryMb,
                    recommendation.memoryMb(), recommendation.reason());
        }
        return this;
    }

    /** Checks that the run left no warnings. */
    public BenchmarkResultAssert hasNoWarnings() {
        isNotNull();
        if (!actual.warnings().isEmpty()) {
            failWithMessage("Expected no warnings but the run has %s", actual.warnings());
        }
        return this;
    }

    private BenchmarkResult nonNull() {
        isNotNull();
        return actual;
    }

    private ConfigurationResultAssert configuration(Optional<ConfigurationResult> result, String what) {
        isNotNull();
        if (result.isEmpty()) {
            failWithMessage("Expected %s but the run has %s", what,
                    actual.configurations().stream().map(c -> c.configuration().id()).toList());
        }
        return new ConfigurationResultAssert(result.orElseThrow());
    }
}
