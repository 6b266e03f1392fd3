package dev.slsbench.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ProcessingJobStatus;
import software.amazon.awssdk.services.sagemaker.model.ProcessingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.ResourceInUseException;
import software.amazon.awssdk.services.sagemaker.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Processing jobs on the emulator, through the AWS SDK's {@link SageMakerClient} and {@link S3Client}
 * (and boto3): the image runs as its mapped local command with its inputs copied from S3 and its
 * outputs uploaded back; a failing container ends Failed with its last log lines; StopProcessingJob
 * stops one; bad requests are refused with SageMaker's errors and create nothing.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProcessingJobTest {

    private static final String ROLE = "arn:aws:iam::000000000000:role/slsbench-jobs";
    /** A shell script as the job's "image": the test maps the image {@code test/sh} to {@code /bin/sh}. */
    private static final String UPPERCASE = "mkdir -p \"$2\" && tr a-z A-Z < \"$1/in.txt\" > \"$2/out.txt\" && echo converted";

    private static LocalSageMaker emulator;
    private static SageMakerClient sageMaker;
    private static S3Client s3;

    @BeforeAll
    static void start() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder().image("test/sh", List.of("/bin/sh")).build());
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "dummy"));
        sageMaker = SageMakerClient.builder().endpointOverride(emulator.endpointUrl()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClientBuilder(ApacheHttpClient.builder()).build();
        s3 = S3Client.builder().endpointOverride(emulator.endpointUrl()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(credentials).httpClientBuilder(ApacheHttpClient.builder()).build();
        s3.createBucket(request -> request.bucket("jobs"));
        s3.putObject(request -> request.bucket("jobs").key("in/in.txt"), RequestBody.fromString("hello job"));
    }

    @AfterAll
    static void stop() {
        sageMaker.close();
        s3.close();
        emulator.close();
    }

    @Test
    void runsTheMappedCommandOnItsInputsAndUploadsItsOutputs() throws Exception {
        sageMaker.createProcessingJob(job("upper", List.of("-c", UPPERCASE, "sh", "/opt/ml/processing/input/data",
                "/opt/ml/processing/output/result")));

        DescribeProcessingJobResponse done = awaitEnd("upper");

        assertThat(done.processingJobStatus()).as(done.failureReason()).isEqualTo(ProcessingJobStatus.COMPLETED);
        assertThat(done.processingEndTime()).isAfterOrEqualTo(done.processingStartTime());
        assertThat(done.processingJobArn()).isEqualTo("arn:aws:sagemaker:us-east-1:000000000000:processing-job/upper");
        assertThat(s3.getObjectAsBytes(request -> request.bucket("jobs").key("out/upper/out.txt")).asUtf8String())
                .isEqualTo("HELLO JOB");
        assertThat(sageMaker.listProcessingJobs(request -> request.nameContains("upper")).processingJobSummaries())
                .extracting(ProcessingJobSummary::processingJobStatus).containsExactly(ProcessingJobStatus.COMPLETED);
        assertThatThrownBy(() -> sageMaker.createProcessingJob(job("upper", List.of("-c", "true"))))
                .isInstanceOf(ResourceInUseException.class);
    }

    @Test
    void boto3DescribesAFinishedJob() throws Exception {
        Path python = IndependentClientsTest.executable("python3");
        assumeTrue(IndependentClientsTest.run(List.of(python.toString(), "-c", "import boto3")).exitCode() == 0,
                "python3 has no boto3");
        sageMaker.createProcessingJob(job("boto-job", List.of("-c", UPPERCASE, "sh", "/opt/ml/processing/input/data",
                "/opt/ml/processing/output/result")));
        awaitEnd("boto-job");
        Path script = Path.of(IndependentClientsTest.resource("/clients/boto3_processing_job.py"));

        IndependentClientsTest.Result result = IndependentClientsTest.run(List.of(python.toString(), script.toString(),
                emulator.endpointUrl().toString(), "boto-job"));

        assertThat(result.exitCode()).as("boto3 failed:%n%s", result.stderr()).isZero();
        JsonNode seen = new ObjectMapper().readTree(result.stdout());
        assertThat(seen.path("status").asText()).isEqualTo("Completed");
        assertThat(seen.path("ended").asBoolean()).isTrue();
        assertThat(seen.path("outputs").get(0).asText()).isEqualTo("s3://jobs/out/boto-job");
        assertThat(seen.path("listed").get(0).asText()).isEqualTo("boto-job");
    }

    @Test
    void aFailingContainerEndsFailedWithItsLastLogLines() {
        String script = "i=0; while [ $i -lt 200 ]; do echo \"log line $i\"; i=$((i+1)); done; echo 'the very last words' >&2; exit 3";
        sageMaker.createProcessingJob(job("fails", List.of("-c", script)));

        DescribeProcessingJobResponse done = awaitEnd("fails");

        assertThat(done.processingJobStatus()).isEqualTo(ProcessingJobStatus.FAILED);
        assertThat(done.failureReason()).startsWith("AlgorithmError: the container exited with code 3.")
                .endsWith("log line 199\nthe very last words").doesNotContain("log line 0\n").hasSizeLessThanOrEqualTo(1024);
    }

    @Test
    void aMissingInputFailsTheJobBeforeTheContainerRuns() {
        sageMaker.createProcessingJob(job("no-input", List.of("-c", "echo ran"), "s3://jobs/nothing-here"));

        DescribeProcessingJobResponse done = awaitEnd("no-input");

        assertThat(done.processingJobStatus()).isEqualTo(ProcessingJobStatus.FAILED);
        assertThat(done.failureReason()).startsWith("ClientError: No S3 objects found under S3 URL \"s3://jobs/nothing-here\"");
    }

    @Test
    void stopProcessingJobStopsARunningJob() {
        sageMaker.createProcessingJob(job("sleeper", List.of("-c", "echo started; exec sleep 600")));
        await().atMost(Duration.ofSeconds(30)).until(() -> emulatorHasChild("sleep 600"));

        sageMaker.stopProcessingJob(request -> request.processingJobName("sleeper"));

        assertThat(sageMaker.describeProcessingJob(request -> request.processingJobName("sleeper")).processingJobStatus())
                .isIn(ProcessingJobStatus.STOPPING, ProcessingJobStatus.STOPPED);
        assertThat(awaitEnd("sleeper").processingJobStatus()).isEqualTo(ProcessingJobStatus.STOPPED);
        await().atMost(Duration.ofSeconds(15)).until(() -> !emulatorHasChild("sleep 600"));
        assertThatThrownBy(() -> sageMaker.stopProcessingJob(request -> request.processingJobName("sleeper")))
                .isInstanceOfSatisfying(SageMakerException.class,
                        error -> assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
    }

    @Test
    void refusesBadRequestsAndCreatesNothing() {
        assertRefused(job("bad-role", List.of("-c", "true")).toBuilder().roleArn("not-a-role").build(), "roleArn");
        assertRefused(job("bad-type", List.of("-c", "true")).toBuilder().processingResources(resources ->
                resources.clusterConfig(cluster -> cluster.instanceCount(1).instanceType("ml.m5.huge")
                        .volumeSizeInGB(30))).build(), "instanceType");
        assertRefused(job("bad-uri", List.of("-c", "true"), "http//jobs/in"), "s3Uri");
        assertRefused(job("bad-path", List.of("-c", "true")).toBuilder().processingInputs(input -> input.inputName("data")
                .s3Input(s3Input -> s3Input.s3Uri("s3://jobs/in").localPath("/tmp/data").s3DataType("S3Prefix")
                        .s3InputMode("File"))).build(), "/opt/ml/processing/");
        assertRefused(job("bad-runtime", List.of("-c", "true")).toBuilder()
                .stoppingCondition(stopping -> stopping.maxRuntimeInSeconds(0)).build(), "maxRuntimeInSeconds");
        assertRefused(job("bad-image", List.of("-c", "true")).toBuilder()
                .appSpecification(app -> app.imageUri("not/mapped")).build(), "not/mapped");
        assertRefused(job("entrypoint", List.of("-c", "true")).toBuilder()
                .appSpecification(app -> app.imageUri("test/sh").containerEntrypoint("/bin/rm")).build(), "ContainerEntrypoint");

        assertThat(sageMaker.listProcessingJobs(request -> request.nameContains("bad-")).processingJobSummaries()).isEmpty();
        assertThatThrownBy(() -> sageMaker.describeProcessingJob(request -> request.processingJobName("bad-role")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private static void assertRefused(CreateProcessingJobRequest request, String named) {
        assertThatThrownBy(() -> sageMaker.createProcessingJob(request))
                .isInstanceOfSatisfying(SageMakerException.class, error -> {
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(error.awsErrorDetails().errorMessage()).contains(named);
                });
    }

    private static boolean emulatorHasChild(String commandLine) {
        return ProcessHandle.current().descendants().anyMatch(process -> process.isAlive()
                && process.info().commandLine().orElse("").contains(commandLine));
    }

    private static DescribeProcessingJobResponse awaitEnd(String name) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> List.of(
                        ProcessingJobStatus.COMPLETED, ProcessingJobStatus.FAILED, ProcessingJobStatus.STOPPED)
                .contains(sageMaker.describeProcessingJob(request -> request.processingJobName(name)).processingJobStatus()));
        return sageMaker.describeProcessingJob(request -> request.processingJobName(name));
    }

    private static CreateProcessingJobRequest job(String name, List<String> arguments) {
        return job(name, arguments, "s3://jobs/in");
    }

    private static CreateProcessingJobRequest job(String name, List<String> arguments, String inputUri) {
        Consumer<CreateProcessingJobRequest.Builder> spec = request -> request.processingJobName(name).roleArn(ROLE)
                .processingResources(resources -> resources.clusterConfig(cluster -> cluster.instanceCount(1)
                        .instanceType("ml.m5.large").volumeSizeInGB(30)))
                .stoppingCondition(stopping -> stopping.maxRuntimeInSeconds(300))
                .appSpecification(app -> app.imageUri("test/sh").containerArguments(arguments))
                .processingInputs(input -> input.inputName("data").s3Input(s3Input -> s3Input.s3Uri(inputUri)
                        .localPath("/opt/ml/processing/input/data").s3DataType("S3Prefix").s3InputMode("File")))
                .processingOutputConfig(outputs -> outputs.outputs(output -> output.outputName("result")
                        .s3Output(s3Output -> s3Output.s3Uri("s3://jobs/out/" + name)
                                .localPath("/opt/ml/processing/output/result").s3UploadMode("EndOfJob"))));
        CreateProcessingJobRequest.Builder builder = CreateProcessingJobRequest.builder();
        spec.accept(builder);
        return builder.build();
    }
}
