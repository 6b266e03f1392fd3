package dev.slsbench.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;
import software.amazon.awssdk.services.sagemaker.model.EndpointSummary;
import software.amazon.awssdk.services.sagemaker.model.ListEndpointsResponse;
import software.amazon.awssdk.services.sagemaker.model.OrderKey;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantSummary;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;
import software.amazon.awssdk.services.sagemaker.model.EndpointSortKey;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;
import software.amazon.awssdk.services.sagemakerruntime.model.SageMakerRuntimeException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Creating, describing, invoking, updating, tagging, listing and deleting endpoints through the AWS SDK. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EndpointLifecycleTest {

    private static LocalSageMaker emulator;
    private static EmulatorClients clients;

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder().metricStore(new RecordingMetricStore()).build());
        clients = new EmulatorClients(emulator.endpointUrl());
    }

    @AfterAll
    static void stopEmulator() {
        clients.close();
        emulator.close();
    }

    @Test
    void createsEndpointThatGoesInServiceAndEchoesInvocations() {
        clients.createEndpoint("Echo-Life", "slsbench/echo", Map.of(), 2048, 2, null);

        DescribeEndpointResponse described = clients.awaitInService("Echo-Life");
        InvokeEndpointResponse response = clients.runtime.invokeEndpoint(request -> request.endpointName("Echo-Life")
                .contentType("application/json").accept("application/json").customAttributes("trace=abc")
                .inferenceId("inference-1").body(SdkBytes.fromString("{\"x\":1}", StandardCharsets.UTF_8)));

        assertThat(described.endpointStatus()).isEqualTo(EndpointStatus.IN_SERVICE);
        assertThat(described.endpointArn()).isEqualTo("arn:aws:sagemaker:us-east-1:000000000000:endpoint/echo-life");
        assertThat(described.endpointConfigName()).isEqualTo("Echo-Life");
        ProductionVariantSummary variant = described.productionVariants().getFirst();
        assertThat(variant.variantName()).isEqualTo("AllTraffic");
        assertThat(variant.currentServerlessConfig().memorySizeInMB()).isEqualTo(2048);
        assertThat(variant.currentServerlessConfig().maxConcurrency()).isEqualTo(2);
        assertThat(variant.deployedImages().getFirst().specifiedImage()).isEqualTo("slsbench/echo");
        assertThat(response.body().asUtf8String()).isEqualTo("{\"x\":1}");
        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(response.invokedProductionVariant()).isEqualTo("AllTraffic");
        assertThat(response.customAttributes()).isEqualTo("trace=abc");
    }

    @Test
    void describesModelsAndConfigurationsAsCreated() {
        clients.createEndpoint("described", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "5"), 3072, 4, 1);

        DescribeModelResponse model = clients.sageMaker.describeModel(request -> request.modelName("described"));
        DescribeEndpointConfigResponse config = clients.sageMaker.describeEndpointConfig(request -> request.endpointConfigName("described"));

        assertThat(model.modelArn()).isEqualTo("arn:aws:sagemaker:us-east-1:000000000000:model/described");
        assertThat(model.primaryContainer().image()).isEqualTo("slsbench/echo");
        assertThat(model.primaryContainer().environment()).containsEntry("SLSBENCH_DELAY_MS", "5");
        assertThat(model.creationTime()).isNotNull();
        assertThat(config.endpointConfigArn()).isEqualTo("arn:aws:sagemaker:us-east-1:000000000000:endpoint-config/described");
        assertThat(config.productionVariants().getFirst().serverlessConfig().memorySizeInMB()).isEqualTo(3072);
        assertThat(config.productionVariants().getFirst().serverlessConfig().provisionedConcurrency()).isEqualTo(1);
        assertThat(config.productionVariants().getFirst().initialVariantWeight()).isEqualTo(1.0f);
        assertThat(clients.awaitInService("described").productionVariants().getFirst().currentServerlessConfig()
                .provisionedConcurrency()).isEqualTo(1);
    }

    @Test
    void updatesEndpointToAnotherConfigurationWhileServingFromTheOldOne() {
        clients.createInServiceEndpoint("updated", "slsbench/echo", Map.of(), 1024, 1);
        clients.sageMaker.createModel(model -> model.modelName("updated-slow")
                .primaryContainer(container -> container.image("slsbench/echo").environment(Map.of("SLSBENCH_STARTUP_DELAY_MS", "1500"))));
        clients.sageMaker.createEndpointConfig(config -> config.endpointConfigName("updated-bigger")
                .productionVariants(EmulatorClients.serverlessVariant("updated-slow", 4096, 3, null)));

        clients.sageMaker.updateEndpoint(request -> request.endpointName("updated").endpointConfigName("updated-bigger"));
        DescribeEndpointResponse during = clients.sageMaker.describeEndpoint(request -> request.endpointName("updated"));
        String answeredDuring = clients.invoke("updated", "during update").body().asUtf8String();
        DescribeEndpointResponse after = clients.awaitInService("updated");

        assertThat(during.endpointStatus()).isEqualTo(EndpointStatus.UPDATING);
        assertThat(during.endpointConfigName()).isEqualTo("updated");
        assertThat(during.pendingDeploymentSummary().endpointConfigName()).isEqualTo("updated-bigger");
        assertThat(answeredDuring).isEqualTo("during update");
        assertThat(after.endpointConfigName()).isEqualTo("updated-bigger");
        assertThat(after.productionVariants().getFirst().currentServerlessConfig().memorySizeInMB()).isEqualTo(4096);
        assertThat(after.pendingDeploymentSummary()).isNull();
        assertThat(after.failureReason()).isNull();
        assertThat(clients.invoke("updated", "after update").body().asUtf8String()).isEqualTo("after update");
    }

    @Test
    void rollsBackAFailedUpdateAndKeepsServing() {
        clients.createInServiceEndpoint("rolled-back", "slsbench/echo", Map.of(), 1024, 1);
        clients.sageMaker.createModel(model -> model.modelName("rolled-back-broken")
                .primaryContainer(container -> container.image("slsbench/fail-start")));
        clients.sageMaker.createEndpointConfig(config -> config.endpointConfigName("rolled-back-broken")
                .productionVariants(EmulatorClients.serverlessVariant("rolled-back-broken", 2048, 1, null)));

        clients.sageMaker.updateEndpoint(request -> request.endpointName("rolled-back").endpointConfigName("rolled-back-broken"));
        DescribeEndpointResponse after = clients.awaitInService("rolled-back");

        assertThat(after.endpointConfigName()).isEqualTo("rolled-back");
        assertThat(after.failureReason()).contains("did not pass the ping health check");
        assertThat(after.productionVariants().getFirst().currentServerlessConfig().memorySizeInMB()).isEqualTo(1024);
        assertThat(clients.invoke("rolled-back", "still the old one").body().asUtf8String()).isEqualTo("still the old one");
    }

    @Test
    void deletesEndpointAndStopsItsContainers() {
        clients.createInServiceEndpoint("deleted", "slsbench/echo", Map.of(), 1024, 1);
        clients.invoke("deleted", "warm a container");
        List<Long> containersBefore = emulator.containerPids("deleted");

        clients.sageMaker.deleteEndpoint(request -> request.endpointName("deleted"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThatThrownBy(
                () -> clients.sageMaker.describeEndpoint(request -> request.endpointName("deleted")))
                .isInstanceOf(SageMakerException.class)
                .hasMessageContaining("Could not find endpoint \"arn:aws:sagemaker:us-east-1:000000000000:endpoint/deleted\""));
        assertThatThrownBy(() -> clients.invoke("deleted", "x"))
                .isInstanceOfSatisfying(SageMakerRuntimeException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Endpoint deleted of account 000000000000 not found.");
                });
        assertThat(containersBefore).hasSize(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> containersBefore.stream()
                .noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)));
    }

    @Test
    void tagsResourcesOnCreateAndThroughTagOperations() {
        clients.sageMaker.createModel(model -> model.modelName("tagged").primaryContainer(container -> container.image("slsbench/echo"))
                .tags(Tag.builder().key("slsbench:run-id").value("run-1").build()));
        String arn = clients.sageMaker.describeModel(request -> request.modelName("tagged")).modelArn();

        clients.sageMaker.addTags(request -> request.resourceArn(arn).tags(Tag.builder().key("team").value("ml").build()));
        List<Tag> afterAdd = clients.sageMaker.listTags(request -> request.resourceArn(arn)).tags();
        clients.sageMaker.deleteTags(request -> request.resourceArn(arn).tagKeys("team"));
        List<Tag> afterDelete = clients.sageMaker.listTags(request -> request.resourceArn(arn)).tags();

        assertThat(afterAdd).extracting(Tag::key, Tag::value)
                .containsExactly(Tuple.tuple("slsbench:run-id", "run-1"),
                        Tuple.tuple("team", "ml"));
        assertThat(afterDelete).extracting(Tag::key).containsExactly("slsbench:run-id");
    }

    @Test
    void listsEndpointsByNameAndStatusInPages() {
        for (String name : List.of("listed-a", "listed-b", "listed-c")) {
            clients.createEndpoint(name, "slsbench/echo", Map.of(), 1024, 1, null);
        }
        List.of("listed-a", "listed-b", "listed-c").forEach(clients::awaitInService);

        ListEndpointsResponse first = clients.sageMaker.listEndpoints(request -> request.nameContains("LISTED")
                .statusEquals(EndpointStatus.IN_SERVICE).sortBy(EndpointSortKey.NAME).sortOrder(OrderKey.ASCENDING).maxResults(2));
        ListEndpointsResponse second = clients.sageMaker.listEndpoints(request -> request.nameContains("listed")
                .statusEquals(EndpointStatus.IN_SERVICE).sortBy(EndpointSortKey.NAME).sortOrder(OrderKey.ASCENDING).maxResults(2)
                .nextToken(first.nextToken()));
        List<String> allByPaginator = clients.sageMaker.listEndpointsPaginator(request -> request.nameContains("listed").maxResults(1))
                .endpoints().stream().map(EndpointSummary::endpointName).toList();

        assertThat(first.endpoints()).extracting(EndpointSummary::endpointName).containsExactly("listed-a", "listed-b");
        assertThat(first.nextToken()).isNotBlank();
        assertThat(second.endpoints()).extracting(EndpointSummary::endpointName).containsExactly("listed-c");
        assertThat(second.nextToken()).isNull();
        assertThat(allByPaginator).containsExactly("listed-c", "listed-b", "listed-a");
    }

    @Test
    void failsDeploymentOfAnUnknownImageWithReason() {
        clients.createEndpoint("unknown-image", "example.com/not-mapped:1", Map.of(), 1024, 1, null);

        DescribeEndpointResponse failed = awaitSettled("unknown-image");

        assertThat(failed.endpointStatus()).isEqualTo(EndpointStatus.FAILED);
        assertThat(failed.failureReason()).contains("example.com/not-mapped:1").contains("--image");
    }

    @Test
    void failsDeploymentOfAContainerThatExitsAtStartup() {
        clients.createEndpoint("fail-start", "slsbench/fail-start", Map.of("SLSBENCH_EXIT_CODE", "3"), 1024, 1, null);

        DescribeEndpointResponse failed = awaitSettled("fail-start");

        assertThat(failed.endpointStatus()).isEqualTo(EndpointStatus.FAILED);
        assertThat(failed.failureReason()).contains("did not pass the ping health check").contains("exited with status 3");
        assertThatThrownBy(() -> clients.invoke("fail-start", "x")).isInstanceOf(SageMakerRuntimeException.class)
                .hasMessageContaining("Endpoint fail-start of account 000000000000 not found.");
    }

    @Test
    void refusesToCreateAnEndpointThatExists() {
        clients.createEndpoint("twice", "slsbench/echo", Map.of(), 1024, 1, null);

        assertThatThrownBy(() -> clients.sageMaker.createEndpoint(request -> request.endpointName("TWICE").endpointConfigName("twice")))
                .isInstanceOfSatisfying(SageMakerException.class, error -> {
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(error.awsErrorDetails().errorMessage())
                            .isEqualTo("Cannot create already existing endpoint \"arn:aws:sagemaker:us-east-1:000000000000:endpoint/twice\".");
                });
    }

    private static DescribeEndpointResponse awaitSettled(String name) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> clients.sageMaker.describeEndpoint(request -> request.endpointName(name)),
                        described -> described.endpointStatus() != EndpointStatus.CREATING);
    }
}
