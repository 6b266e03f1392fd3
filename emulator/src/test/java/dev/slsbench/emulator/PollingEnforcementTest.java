package dev.slsbench.emulator;

import dev.slsbench.emulator.container.EnforcementMode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fallback for hosts without writable cgroups: memory enforced by polling, and said so. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PollingEnforcementTest {

    private static LocalSageMaker emulator;
    private static EmulatorClients clients;

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder().enforcement(EnforcementMode.POLLING).build());
        clients = new EmulatorClients(emulator.endpointUrl());
    }

    @AfterAll
    static void stopEmulator() {
        clients.close();
        emulator.close();
    }

    @Test
    void killsAContainerOverItsMemorySizeAndReportsInsufficientMemory() {
        clients.createInServiceEndpoint("polled", "slsbench/memory", Map.of("SLSBENCH_HOLD_MS", "1000"), 1024, 1);

        assertThatThrownBy(() -> clients.invoke("polled", "1300"))
                .isInstanceOfSatisfying(ModelErrorException.class,
                        error -> assertThat(error.awsErrorDetails().errorMessage()).contains("insufficient memory"));
    }

    @Test
    void saysInDescribeEndpointHowResourcesAreEnforced() throws Exception {
        clients.createInServiceEndpoint("described-enforcement", "slsbench/echo", Map.of(), 2048, 1);

        HttpResponse<String> described = HttpClient.newHttpClient().send(HttpRequest.newBuilder(emulator.endpointUrl())
                .header("X-Amz-Target", "SageMaker.DescribeEndpoint").header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"EndpointName\":\"described-enforcement\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode enforcement = new ObjectMapper().readTree(described.body()).path("SlsbenchResourceEnforcement").path(0);
        assertThat(enforcement.path("VariantName").asText()).isEqualTo("AllTraffic");
        assertThat(enforcement.path("Memory").asText()).isEqualTo("2048 MiB via resident-set polling every 50 ms");
        assertThat(enforcement.path("Cpu").asText()).startsWith("not limited");
    }
}
