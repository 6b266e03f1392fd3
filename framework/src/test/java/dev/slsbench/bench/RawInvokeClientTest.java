package dev.slsbench.bench;

import dev.slsbench.plan.EndpointShape;
import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.ProvisioningListener;
import dev.slsbench.provision.Teardown;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness benchmark's wire floor makes real InvokeEndpoint calls, one keep-alive connection for all of them. */
class RawInvokeClientTest {

    @Test
    void callsTheEndpointAgainAndAgainOnOneConnection() throws Exception {
        try (EmulatorUnderTest emulator = EmulatorUnderTest.start();
             Teardown teardown = new Teardown(emulator.clients().sageMaker(), new ProvisioningListener() { })) {
            DeployedEndpoint endpoint = BenchEndpoints.deployEcho(emulator.clients(), emulator.target(), teardown,
                    new EndpointShape(1024, 1));
            try (RawInvokeClient raw = new RawInvokeClient(emulator.endpointUrl(), endpoint.endpointName(), "text/csv",
                    "1,2,3".getBytes(StandardCharsets.UTF_8))) {
                for (int i = 0; i < 3; i++) {
                    assertThat(raw.call()).isEqualTo(200);
                }
            }
            try (RawInvokeClient unknown = new RawInvokeClient(emulator.endpointUrl(), "no-such-endpoint", "text/csv",
                    "1".getBytes(StandardCharsets.UTF_8))) {
                assertThat(unknown.call()).isEqualTo(400);
            }
        }
    }
}
