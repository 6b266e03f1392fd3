package dev.slsbench.junit;

import dev.slsbench.result.ConfigurationResult;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;

import java.util.function.Consumer;

/** AssertJ assertions on the configurations of one phase. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class PhaseResultAssert extends AbstractObjectAssert<PhaseResultAssert, PhaseResult> {

    public PhaseResultAssert(PhaseResult actual) {
        super(actual, PhaseResultAssert.class);
    }

    /** Assertions on the first configuration with {@code memoryMb}; fails when there is none. */
    public ConfigurationResultAssert memory(int memoryMb) {
        isNotNull();
        ConfigurationResult result = actual.memory(memoryMb).orElse(null);
        if (result == null) {
            failWithMessage("Expected the %s phase to have a configuration with %d MB but it has %s",
                    actual.phase(), memoryMb, actual.configurations().stream().map(c -> c.configuration().id()).toList());
        }
        return new ConfigurationResultAssert(result);
    }

    /** Runs {@code requirements} on every configuration of the phase. */
    public PhaseResultAssert allConfigurationsSatisfy(Consumer<ConfigurationResultAssert> requirements) {
        isNotNull();
        actual.configurations().forEach(c -> requirements.accept(new ConfigurationResultAssert(c)));
        return this;
    }
}
