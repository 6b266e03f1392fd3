package dev.slsbench.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The standalone emulator's command line, driven as a user would, in its own JVM. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class StandaloneEmulatorTest {

    @Test
    void imageMappedToABuiltInImageNameRunsThatImage() throws Exception {
        try (StandaloneEmulator emulator = StandaloneEmulator.start("--image", "m=slsbench/echo");
                EmulatorClients clients = new EmulatorClients(emulator.url())) {
            clients.createInServiceEndpoint("aliased", "m", Map.of(), 1024, 1);

            assertThat(clients.invoke("aliased", "through the alias").body().asUtf8String()).isEqualTo("through the alias");
        }
    }
}
