package dev.slsbench.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;
import software.amazon.awssdk.services.sagemaker.model.ResourceLimitExceededException;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The account quotas on serverless endpoints (their number and their total MaxConcurrency), set
 * small, refuse CreateEndpoint and UpdateEndpoint beyond them with SageMaker's ResourceLimitExceeded,
 * as the AWS SDK and boto3 see it, and create nothing when they do.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AccountQuotaTest {

    private LocalSageMaker emulator;
    private EmulatorClients clients;

    private void start(int maxEndpoints, int accountMaxConcurrency) throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder().maxEndpoints(maxEndpoints)
                .accountMaxConcurrency(accountMaxConcurrency).build());
        clients = new EmulatorClients(emulator.endpointUrl());
    }

    @AfterEach
    void stop() {
        clients.close();
        emulator.close();
    }

    @Test
    void refusesAnEndpointBeyondTheEndpointQuotaAndCreatesNothing() throws Exception {
        start(2, 1000);
        clients.createEndpoint("first", "slsbench/echo", Map.of(), 1024, 1, null);
        clients.createEndpoint("second", "slsbench/echo", Map.of(), 1024, 1, null);
        createConfig("third", 1);

        assertThatThrownBy(() -> clients.sageMaker.createEndpoint(request -> request.endpointName("third")
                .endpointConfigName("third")))
                .isInstanceOfSatisfying(ResourceLimitExceededException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ResourceLimitExceeded");
                    assertThat(error.awsErrorDetails().errorMessage()).startsWith("The account-level service limit"
                            + " 'Maximum number of serverless endpoints' is 2 Endpoints, with current utilization of 2"
                            + " Endpoints and a request delta of 1 Endpoints. Please use AWS Service Quotas");
                });
        assertThatThrownBy(() -> clients.sageMaker.describeEndpoint(request -> request.endpointName("third")))
                .isInstanceOfSatisfying(SageMakerException.class,
                        error -> assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
    }

    @Test
    void concurrentCreationsTogetherStayWithinTheEndpointQuota() throws Exception {
        start(3, 1000);
        createConfig("shared", 1);
        List<Callable<Boolean>> creations = IntStream.range(0, 10).<Callable<Boolean>>mapToObj(i -> () -> {
            try {
                clients.sageMaker.createEndpoint(request -> request.endpointName("racer-" + i).endpointConfigName("shared"));
                return true;
            } catch (ResourceLimitExceededException refused) {
                return false;
            }
        }).toList();

        List<Boolean> created;
        try (ExecutorService callers = Executors.newFixedThreadPool(10)) {
            created = callers.invokeAll(creations).stream().map(Future::resultNow).toList();
        }

        assertThat(created).filteredOn(Boolean::booleanValue).hasSize(3);
        assertThat(clients.sageMaker.listEndpoints(request -> request.maxResults(20)).endpoints()).hasSize(3);
    }

    @Test
    void freesRoomForAnotherEndpointOnceOneIsDeleted() throws Exception {
        start(1, 1000);
        clients.createInServiceEndpoint("old", "slsbench/echo", Map.of(), 1024, 1);
        createConfig("new", 1);
        assertThatThrownBy(() -> clients.sageMaker.createEndpoint(request -> request.endpointName("new")
                .endpointConfigName("new"))).isInstanceOf(ResourceLimitExceededException.class);

        clients.sageMaker.deleteEndpoint(request -> request.endpointName("old"));
        clients.sageMaker.createEndpoint(request -> request.endpointName("new").endpointConfigName("new"));

        assertThat(clients.awaitInService("new").endpointStatus()).isEqualTo(EndpointStatus.IN_SERVICE);
    }

    @Test
    void refusesAnEndpointWhoseMaxConcurrencyWouldExceedTheAccountTotal() throws Exception {
        start(50, 10);
        clients.createEndpoint("four", "slsbench/echo", Map.of(), 1024, 4, null);
        clients.createEndpoint("other-four", "slsbench/echo", Map.of(), 1024, 4, null);
        createConfig("three", 3);
        createConfig("two", 2);

        assertThatThrownBy(() -> clients.sageMaker.createEndpoint(request -> request.endpointName("three")
                .endpointConfigName("three")))
                .isInstanceOfSatisfying(ResourceLimitExceededException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorMessage()).contains("is 10 Concurrent invocations, with"
                            + " current utilization of 8 Concurrent invocations and a request delta of 3 Concurrent invocations.");
                });
        clients.sageMaker.createEndpoint(request -> request.endpointName("two").endpointConfigName("two"));

        assertThat(clients.sageMaker.listEndpoints(request -> request.maxResults(10)).endpoints())
                .extracting(summary -> summary.endpointName()).containsExactlyInAnyOrder("four", "other-four", "two");
    }

    @Test
    void refusesAnUpdateThatRaisesMaxConcurrencyBeyondTheAccountTotalButAllowsOneThatLowersIt() throws Exception {
        start(50, 10);
        clients.createInServiceEndpoint("grows", "slsbench/echo", Map.of(), 1024, 5);
        clients.createInServiceEndpoint("stays", "slsbench/echo", Map.of(), 1024, 5);
        createConfig("grows-six", 6);
        createConfig("grows-three", 3);

        assertThatThrownBy(() -> clients.sageMaker.updateEndpoint(request -> request.endpointName("grows")
                .endpointConfigName("grows-six")))
                .isInstanceOfSatisfying(ResourceLimitExceededException.class, error -> assertThat(
                        error.awsErrorDetails().errorMessage()).contains("current utilization of 10 Concurrent invocations"
                        + " and a request delta of 1 Concurrent invocations"));
        assertThat(clients.sageMaker.describeEndpoint(request -> request.endpointName("grows")).endpointStatus())
                .isEqualTo(EndpointStatus.IN_SERVICE);

        clients.sageMaker.updateEndpoint(request -> request.endpointName("grows").endpointConfigName("grows-three"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "grows-three".equals(clients.sageMaker
                .describeEndpoint(request -> request.endpointName("grows")).endpointConfigName()));
    }

    @Test
    void boto3SeesResourceLimitExceeded() throws Exception {
        Path python = IndependentClientsTest.executable("python3");
        assumeTrue(IndependentClientsTest.run(List.of(python.toString(), "-c", "import boto3")).exitCode() == 0,
                "python3 has no boto3");
        start(2, 1000);
        Path script = Path.of(IndependentClientsTest.resource("/clients/boto3_quota.py"));

        IndependentClientsTest.Result result = IndependentClientsTest.run(List.of(python.toString(), script.toString(),
                emulator.endpointUrl().toString(), "boto", "3"));

        assertThat(result.exitCode()).as("boto3 failed:%n%s", result.stderr()).isZero();
        JsonNode seen = new ObjectMapper().readTree(result.stdout());
        assertThat(seen.path("created").asInt()).isEqualTo(2);
        assertThat(seen.path("code").asText()).isEqualTo("ResourceLimitExceeded");
        assertThat(seen.path("status").asInt()).isEqualTo(400);
        assertThat(seen.path("message").asText()).contains("'Maximum number of serverless endpoints' is 2 Endpoints");
    }

    private void createConfig(String name, int maxConcurrency) {
        clients.sageMaker.createModel(model -> model.modelName(name).primaryContainer(container -> container.image("slsbench/echo")));
        clients.sageMaker.createEndpointConfig(config -> config.endpointConfigName(name)
                .productionVariants(EmulatorClients.serverlessVariant(name, 1024, maxConcurrency, null)));
    }
}
