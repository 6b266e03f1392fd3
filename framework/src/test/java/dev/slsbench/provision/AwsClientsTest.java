package dev.slsbench.provision;

import dev.slsbench.load.FailureClassifier;
import dev.slsbench.plan.EndpointShape;
import dev.slsbench.stats.Outcome;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The runtime client's limits against the real emulator. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AwsClientsTest {

    @Test
    void aCallThatOutlastsTheInvocationTimeoutFailsAsAClientError() throws InterruptedException {
        try (EmulatorUnderTest emulator = EmulatorUnderTest.start();
             AwsClients clients = AwsClients.create(emulator.target().toBuilder()
                     .invocationTimeout(Duration.ofSeconds(1)).build(), 1);
             Teardown teardown = new Teardown(clients.sageMaker(), new ProvisioningListener() { })) {
            emulator.createModel("slow", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "5000"));
            DeployedEndpoint endpoint = new EndpointProvisioner(clients.sageMaker(), emulator.target(), teardown,
                    new ResourceNames("slow", "timeout"), "timeout", new ProvisioningListener() { })
                    .deploy(List.of(new EndpointRequest("s1024", "slow", new EndpointShape(1024, 1), 0)))
                    .ready().getFirst();

            SdkClientException failure = catchThrowableOfType(SdkClientException.class, () -> clients.runtime()
                    .invokeEndpoint(r -> r.endpointName(endpoint.endpointName()).contentType("text/csv")
                            .body(SdkBytes.fromUtf8String("1,2"))));

            assertThat(failure).hasRootCauseInstanceOf(SocketTimeoutException.class);
            assertThat(FailureClassifier.classify(failure)).isEqualTo(Outcome.CLIENT_ERROR);
        }
    }
}
