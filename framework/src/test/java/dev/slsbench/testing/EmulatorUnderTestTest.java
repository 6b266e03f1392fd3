package dev.slsbench.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/** The fixture as a class-level extension, run through a real JUnit launcher. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class EmulatorUnderTestTest {

    private static volatile boolean launchedHere;
    private static volatile URI seenUrl;
    private static volatile Map<String, String> seenEnvironment;

    static boolean launchedHere() {
        return launchedHere;
    }

    /** Runs only when {@link #asAnExtensionItServesItsClassWithItsModelsAndClosesAfterIt} launches it. */
    @EnabledIf("dev.slsbench.testing.EmulatorUnderTestTest#launchedHere")
    static class Fixture {

        @RegisterExtension
        static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass()
                .withModel("echo", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "3"));

        @Test
        void seesTheRunningEmulatorAndItsModel() {
            seenUrl = emulator.endpointUrl();
            seenEnvironment = emulator.clients().sageMaker().describeModel(r -> r.modelName("echo")).primaryContainer()
                    .environment();
        }
    }

    @Test
    void asAnExtensionItServesItsClassWithItsModelsAndClosesAfterIt() throws IOException {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launchedHere = true;
        try {
            LauncherFactory.create().execute(request().selectors(selectClass(Fixture.class)).build(), summary);
        } finally {
            launchedHere = false;
        }

        assertThat(summary.getSummary().getFailures()).isEmpty();
        assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(1);
        assertThat(seenEnvironment).containsExactly(Map.entry("SLSBENCH_DELAY_MS", "3"));
        assertThatThrownBy(() -> new Socket(seenUrl.getHost(), seenUrl.getPort()).close())
                .as("the emulator's port after the class").isInstanceOf(ConnectException.class);
    }

    @Test
    void beforeItStartsItSaysHowToRegisterIt() {
        assertThatThrownBy(() -> EmulatorUnderTest.perClass().endpointUrl()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RegisterExtension");
    }
}
