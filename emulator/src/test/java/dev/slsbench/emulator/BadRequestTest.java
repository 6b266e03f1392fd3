package dev.slsbench.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;
import software.amazon.awssdk.services.sagemakerruntime.model.SageMakerRuntimeException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad requests get the error a real client expects, and the emulator keeps serving after each.
 * Requests no SDK would send (malformed JSON, unknown targets) go over a plain HTTP client.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadRequestTest {

    private static LocalSageMaker emulator;
    private static EmulatorClients clients;
    private static final HttpClient RAW = HttpClient.newHttpClient();

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.defaults());
        clients = new EmulatorClients(emulator.endpointUrl());
        clients.createInServiceEndpoint("healthy", "slsbench/echo", Map.of(), 1024, 2);
    }

    @AfterAll
    static void stopEmulator() {
        clients.close();
        emulator.close();
    }

    @AfterEach
    void emulatorStillServes() {
        assertThat(clients.sageMaker.listEndpoints(request -> request.nameContains("healthy")).endpoints()).hasSize(1);
        assertThat(clients.invoke("healthy", "still here").body().asUtf8String()).isEqualTo("still here");
    }

    @Test
    void rejectsAMissingRequiredFieldAsValidationException() {
        assertThatThrownBy(() -> clients.sageMaker.createEndpoint(request -> request.endpointConfigName("healthy")))
                .isInstanceOfSatisfying(SageMakerException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value null at"
                            + " 'endpointName' failed to satisfy constraint: Member must not be null");
                });
    }

    @Test
    void rejectsAnUnknownEndpointOnBothPlanes() {
        assertThatThrownBy(() -> clients.sageMaker.describeEndpoint(request -> request.endpointName("missing")))
                .isInstanceOfSatisfying(SageMakerException.class, error -> assertThat(error.awsErrorDetails().errorMessage())
                        .isEqualTo("Could not find endpoint \"arn:aws:sagemaker:us-east-1:000000000000:endpoint/missing\"."));
        assertThatThrownBy(() -> clients.invoke("missing", "x"))
                .isInstanceOfSatisfying(SageMakerRuntimeException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                });
    }

    @Test
    void rejectsAMemorySizeOf1000() {
        clients.sageMaker.createModel(model -> model.modelName("small").primaryContainer(container -> container.image("slsbench/echo")));

        assertThatThrownBy(() -> clients.sageMaker.createEndpointConfig(config -> config.endpointConfigName("small")
                .productionVariants(EmulatorClients.serverlessVariant("small", 1000, 1, null))))
                .isInstanceOfSatisfying(SageMakerException.class, error -> {
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value '1000' at"
                            + " 'productionVariants.1.member.serverlessConfig.memorySizeInMB' failed to satisfy constraint:"
                            + " Member must have value greater than or equal to 1024");
                });
    }

    @Test
    void rejectsANameOutsideSageMakersPattern() {
        assertThatThrownBy(() -> clients.sageMaker.createModel(model -> model.modelName("bad_name")
                .primaryContainer(container -> container.image("slsbench/echo"))))
                .isInstanceOfSatisfying(SageMakerException.class, error -> assertThat(error.awsErrorDetails().errorMessage())
                        .isEqualTo("1 validation error detected: Value 'bad_name' at 'modelName' failed to satisfy constraint:"
                                + " Member must satisfy regular expression pattern: [a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?"));
    }

    @Test
    void rejectsAPaginationTokenItDidNotIssue() {
        assertThatThrownBy(() -> clients.sageMaker.listEndpoints(request -> request.nextToken("forged")))
                .isInstanceOfSatisfying(SageMakerException.class, error -> {
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(error.awsErrorDetails().errorMessage()).contains("forged");
                });
    }

    @Test
    void rejectsAnEndpointConfigurationForAModelThatDoesNotExist() {
        assertThatThrownBy(() -> clients.sageMaker.createEndpointConfig(config -> config.endpointConfigName("orphan")
                .productionVariants(EmulatorClients.serverlessVariant("no-such-model", 1024, 1, null))))
                .isInstanceOfSatisfying(SageMakerException.class, error -> assertThat(error.awsErrorDetails().errorMessage())
                        .isEqualTo("Could not find model \"arn:aws:sagemaker:us-east-1:000000000000:model/no-such-model\"."));
    }

    @Test
    void rejectsProvisionedConcurrencyAboveMaxConcurrency() {
        clients.sageMaker.createModel(model -> model.modelName("over").primaryContainer(container -> container.image("slsbench/echo")));

        assertThatThrownBy(() -> clients.sageMaker.createEndpointConfig(config -> config.endpointConfigName("over")
                .productionVariants(EmulatorClients.serverlessVariant("over", 2048, 2, 3))))
                .isInstanceOfSatisfying(SageMakerException.class, error ->
                        assertThat(error.awsErrorDetails().errorMessage()).contains("ProvisionedConcurrency (3)"));
    }

    @Test
    void rejectsA7MegabyteBodyBeforeItReachesAContainer() {
        byte[] sevenMegabytes = new byte[7 * 1024 * 1024];

        assertThatThrownBy(() -> clients.runtime.invokeEndpoint(request -> request.endpointName("healthy")
                .body(SdkBytes.fromByteArray(sevenMegabytes))))
                .isInstanceOfSatisfying(SageMakerRuntimeException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(413);
                    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("HTTP content length exceeded 4194304 bytes.");
                });
    }

    @Test
    void rejectsMalformedJsonWithSerializationException() throws Exception {
        HttpResponse<String> response = post("SageMaker.ListEndpoints", "{\"MaxResults\": 5,");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
        assertThat(response.body()).contains("\"__type\":\"SerializationException\"");
    }

    @Test
    void rejectsAWronglyTypedMemberWithSerializationException() throws Exception {
        HttpResponse<String> response = post("SageMaker.ListEndpoints", "{\"MaxResults\": \"five\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
    }

    @Test
    void rejectsUnknownTargetsWithUnknownOperationException() throws Exception {
        HttpResponse<String> sageMakerOperation = post("SageMaker.CreateTrainingJob", "{}");
        HttpResponse<String> otherService = post("DynamoDB_20120810.ListTables", "{}");

        assertThat(sageMakerOperation.statusCode()).isEqualTo(400);
        assertThat(sageMakerOperation.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
        assertThat(sageMakerOperation.body()).contains("\"__type\":\"UnknownOperationException\"");
        assertThat(otherService.statusCode()).isEqualTo(400);
        assertThat(otherService.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
    }

    private static HttpResponse<String> post(String target, String body) throws IOException, InterruptedException {
        URI uri = emulator.endpointUrl().resolve("/");
        return RAW.send(HttpRequest.newBuilder(uri).header("X-Amz-Target", target)
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
