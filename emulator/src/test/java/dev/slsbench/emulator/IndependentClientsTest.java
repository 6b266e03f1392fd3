package dev.slsbench.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Clients other than the Java SDK drive the emulator end to end (create model, configuration and
 * endpoint, invoke, read the Invocations metric from CloudWatch, delete): Debian's AWS CLI v2 at
 * {@code /usr/bin/aws}, the {@code aws} first on PATH, and boto3 under {@code python3} on PATH and
 * Debian's {@code /usr/bin/python3}. Each test skips when its client is not installed
 * ({@code .ci/run} installs Debian's).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IndependentClientsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalSageMaker emulator;
    private static EmulatorClients clients;

    @BeforeAll
    static void startEmulator() throws IOException {
        emulator = LocalSageMaker.start(EmulatorOptions.defaults());
        clients = new EmulatorClients(emulator.endpointUrl());
    }

    @AfterAll
    static void stopEmulator() {
        clients.close();
        emulator.close();
    }

    @Test
    void debianAwsCliDrivesAnEndpointFromCreationToMetrics() throws Exception {
        runAwsCliFlow(executable("/usr/bin/aws"), "debian-cli");
    }

    @Test
    void awsCliOnPathDrivesAnEndpointFromCreationToMetrics() throws Exception {
        runAwsCliFlow(executable("aws"), "path-cli");
    }

    @Test
    void boto3OnPathDrivesAnEndpointFromCreationToMetrics() throws Exception {
        runBoto3Flow(executable("python3"), "path-boto3");
    }

    @Test
    void debianBoto3DrivesAnEndpointFromCreationToMetrics() throws Exception {
        runBoto3Flow(executable("/usr/bin/python3"), "debian-boto3");
    }

    private static void runAwsCliFlow(Path aws, String name) throws Exception {
        String url = emulator.endpointUrl().toString();
        boolean version2 = run(List.of(aws.toString(), "--version")).stdout().startsWith("aws-cli/2");
        Instant start = Instant.now().minusSeconds(60);

        aws(aws, url, "sagemaker", "create-model", "--model-name", name, "--primary-container", "Image=slsbench/echo",
                "--execution-role-arn", "arn:aws:iam::000000000000:role/slsbench");
        aws(aws, url, "sagemaker", "create-endpoint-config", "--endpoint-config-name", name, "--production-variants",
                "[{\"VariantName\":\"AllTraffic\",\"ModelName\":\"" + name + "\",\"ServerlessConfig\":{\"MemorySizeInMB\":2048,\"MaxConcurrency\":1}}]");
        aws(aws, url, "sagemaker", "create-endpoint", "--endpoint-name", name, "--endpoint-config-name", name);
        clients.awaitInService(name);
        JsonNode described = JSON.readTree(aws(aws, url, "sagemaker", "describe-endpoint", "--endpoint-name", name));
        Path output = Files.createTempFile("slsbench-cli-", ".out");
        List<String> invoke = new ArrayList<>(List.of("sagemaker-runtime", "invoke-endpoint", "--endpoint-name", name,
                "--content-type", "text/plain", "--body", "hello from the cli"));
        if (version2) {
            invoke.addAll(List.of("--cli-binary-format", "raw-in-base64-out"));
        }
        invoke.add(output.toString());
        JsonNode invoked = JSON.readTree(aws(aws, url, invoke.toArray(String[]::new)));
        JsonNode statistics = JSON.readTree(aws(aws, url, "cloudwatch", "get-metric-statistics", "--namespace", "AWS/SageMaker",
                "--metric-name", "Invocations", "--dimensions", "Name=EndpointName,Value=" + name, "Name=VariantName,Value=AllTraffic",
                "--start-time", start.toString(), "--end-time", Instant.now().plusSeconds(60).toString(), "--period", "60",
                "--statistics", "Sum"));
        aws(aws, url, "sagemaker", "delete-endpoint", "--endpoint-name", name);

        assertThat(described.path("EndpointStatus").asText()).isEqualTo("InService");
        assertThat(described.path("ProductionVariants").path(0).path("CurrentServerlessConfig").path("MemorySizeInMB").asInt())
                .isEqualTo(2048);
        assertThat(Files.readString(output)).isEqualTo("hello from the cli");
        assertThat(invoked.path("InvokedProductionVariant").asText()).isEqualTo("AllTraffic");
        double invocations = 0;
        for (JsonNode point : statistics.path("Datapoints")) {
            invocations += point.path("Sum").asDouble();
        }
        assertThat(invocations).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> clients.sageMaker.listEndpoints(request -> request.nameContains(name))
                .endpoints().isEmpty());
        Files.deleteIfExists(output);
    }

    private static void runBoto3Flow(Path python, String name) throws Exception {
        assumeTrue(run(List.of(python.toString(), "-c", "import boto3")).exitCode() == 0, python + " has no boto3");
        Path script = Path.of(resource("/clients/boto3_endpoint_flow.py"));

        Result result = run(List.of(python.toString(), script.toString(), emulator.endpointUrl().toString(), name));

        assertThat(result.exitCode()).as("boto3 flow failed:%n%s", result.stderr()).isZero();
        JsonNode seen = JSON.readTree(result.stdout());
        assertThat(seen.path("status").asText()).isEqualTo("InService");
        assertThat(seen.path("memory").asInt()).isEqualTo(1024);
        assertThat(seen.path("body").asText()).isEqualTo("hello from boto3");
        assertThat(seen.path("variant").asText()).isEqualTo("AllTraffic");
        assertThat(seen.path("customAttributes").asText()).isEqualTo("from=boto3");
        assertThat(seen.path("missingEndpointError").asText()).isEqualTo("ValidationError");
        assertThat(seen.path("missingDescribeError").asText()).isEqualTo("ValidationException");
        assertThat(seen.path("tooLargeStatus").asInt()).isEqualTo(413);
        assertThat(seen.path("tooLargeError").asText()).isEqualTo("413");
        assertThat(seen.path("invocations").asDouble()).isEqualTo(2);
    }

    private static String aws(Path aws, String url, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(aws.toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--endpoint-url", url, "--region", "us-east-1", "--output", "json"));
        Result result = run(command);
        assertThat(result.exitCode()).as("%s failed:%n%s", String.join(" ", arguments), result.stderr()).isZero();
        return result.stdout().isBlank() ? "{}" : result.stdout();
    }

    static Path executable(String command) {
        Optional<Path> found = command.startsWith("/")
                ? Optional.of(Path.of(command)).filter(Files::isExecutable)
                : List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                        .filter(directory -> !directory.isEmpty()).map(directory -> Path.of(directory, command))
                        .filter(Files::isExecutable).findFirst();
        assumeTrue(found.isPresent(), command + " is not installed");
        return found.get();
    }

    static java.net.URI resource(String name) throws URISyntaxException {
        return IndependentClientsTest.class.getResource(name).toURI();
    }

    /** Runs a client with dummy credentials and none of the machine user's AWS configuration. */
    static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("AWS_"));
        environment.putAll(Map.of("AWS_ACCESS_KEY_ID", "dummy", "AWS_SECRET_ACCESS_KEY", "dummy",
                "AWS_DEFAULT_REGION", "us-east-1", "AWS_CONFIG_FILE", "/dev/null", "AWS_SHARED_CREDENTIALS_FILE", "/dev/null",
                "AWS_EC2_METADATA_DISABLED", "true", "AWS_PAGER", ""));
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Result(process.waitFor(), stdout.join(), stderr.join());
    }

    private static String read(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    record Result(int exitCode, String stdout, String stderr) {
    }
}
