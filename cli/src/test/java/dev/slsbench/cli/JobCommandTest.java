package dev.slsbench.cli;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.provision.AwsTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.ProcessingJobStatus;
import software.amazon.awssdk.services.sagemaker.model.ProcessingJobSummary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code slsbench job} end to end on an emulator that runs the Processing jobs: the job's container
 * is this slsbench in a child JVM (the image {@code slsbench/cli} mapped to it), driven through the
 * emulator's S3 and SageMaker APIs exactly as on AWS.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class JobCommandTest {

    private static final String ROLE = "arn:aws:iam::000000000000:role/slsbench-job";
    private static LocalSageMaker emulator;
    private static SageMakerClient sageMaker;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        emulator = LocalSageMaker.start(EmulatorOptions.builder().image(JobCommand.LOCAL_IMAGE, JobCommand.selfCommand()).build());
        sageMaker = SageMakerClient.builder().endpointOverride(emulator.endpointUrl()).region(Region.US_EAST_1)
                .credentialsProvider(AwsTarget.dummyCredentials()).build();
    }

    @AfterAll
    static void stop() {
        sageMaker.close();
        emulator.close();
    }

    @Test
    void runsASmallPlanAsAProcessingJobEndToEnd() throws Exception {
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("job", "job-echo", RunCommandTest.toolkitPayloads().toString(), "--endpoint-url", url(),
                "--image", "slsbench/echo", "--role-arn", ROLE, "--memory-sizes", "1024", "--stability-invocations", "4",
                "--no-concurrency", "--sla-max-error-rate", "0", "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        String jobName = jobName(run.out());
        assertThat(run.out()).contains("job " + jobName + ": Completed", "results to s3://sagemaker-us-east-1-000000000000/slsbench-jobs/" + jobName);
        ResultsLayout layout = new ResultsLayout(output);
        assertThat(layout.resultsJson()).isRegularFile();
        assertThat(output.resolve("benchmarking_report/report.html")).isRegularFile();
        assertThat(output.resolve("stability_benchmark_summary_results")).isDirectoryContaining("glob:**.csv");
        assertThat(boto3Status(jobName)).isEqualTo("Completed");
        assertThat(sageMaker.listEndpoints(request -> { }).endpoints()).isEmpty();
        assertThat(sageMaker.listProcessingJobs(request -> request.statusEquals(ProcessingJobStatus.IN_PROGRESS))
                .processingJobSummaries()).isEmpty();
    }

    @Test
    void runsTwoModelsInParallelAndWritesAnIndexPage() throws Exception {
        Path output = dir.resolve("both");
        String payloads = RunCommandTest.toolkitPayloads().toString();

        CliRun run = CliRun.of("job", "pair-a=" + payloads, "pair-b=" + payloads, "--endpoint-url", url(),
                "--image", "slsbench/echo", "--role-arn", ROLE, "--memory-sizes", "1024", "--stability-invocations", "3",
                "--no-concurrency", "--max-parallel-jobs", "2", "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        for (String model : List.of("pair-a", "pair-b")) {
            assertThat(output.resolve(model).resolve("benchmarking_report/report.html")).isRegularFile();
            assertThat(output.resolve(model).resolve(ResultsLayout.RESULTS_JSON)).isRegularFile();
        }
        assertThat(Files.readString(output.resolve("index.html"), StandardCharsets.UTF_8))
                .contains("href=\"pair-a/benchmarking_report/report.html\"", "href=\"pair-b/benchmarking_report/report.html\"");
    }

    @Test
    void aFailingJobEndsFailedWithItsLastLogLinesAndExits3() throws Exception {
        CliRun run = CliRun.of("job", "no-such-model", RunCommandTest.toolkitPayloads().toString(), "--endpoint-url", url(),
                "--role-arn", ROLE, "--memory-sizes", "1024", "--stability-invocations", "2", "--no-concurrency",
                "--output", dir.resolve("failed").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.INCOMPLETE);
        String jobName = jobName(run.out());
        String reason = sageMaker.describeProcessingJob(request -> request.processingJobName(jobName)).failureReason();
        assertThat(reason).startsWith("AlgorithmError: the container exited with code 2.").contains("no-such-model");
        assertThat(run.out()).contains("job " + jobName + ": Failed: AlgorithmError");
    }

    @Test
    void anSlaThatFailsInTheJobExits1WithItsResults() throws Exception {
        Path output = dir.resolve("sla");

        CliRun run = CliRun.of("job", "sla-echo", RunCommandTest.toolkitPayloads().toString(), "--endpoint-url", url(),
                "--image", "slsbench/echo", "--image-env", "SLSBENCH_DELAY_MS=20", "--role-arn", ROLE,
                "--memory-sizes", "1024", "--stability-invocations", "3", "--no-concurrency", "--sla-p50-ms", "5",
                "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SLA_FAILED);
        assertThat(run.out()).contains(": an SLA failed (verdicts in " + output.resolve(ResultsLayout.RESULTS_JSON));
        assertThat(output.resolve("benchmarking_report/report.html")).isRegularFile();
    }

    @Test
    void noWaitReturnsTheJobStopProcessingJobStopsItAndAttachReportsIt() throws Exception {
        CliRun started = CliRun.of("job", "slow-echo", RunCommandTest.toolkitPayloads().toString(), "--endpoint-url", url(),
                "--image", "slsbench/echo", "--image-env", "SLSBENCH_DELAY_MS=200", "--role-arn", ROLE,
                "--memory-sizes", "1024", "--stability-invocations", "2000", "--no-concurrency", "--no-wait");
        assertThat(started.exitCode()).as(started.toString()).isEqualTo(ExitCodes.OK);
        String jobName = jobName(started.out());
        assertThat(started.out()).contains("slsbench job --attach " + jobName + " --endpoint-url " + url());
        assertThat(sageMaker.describeProcessingJob(request -> request.processingJobName(jobName)).processingJobStatus())
                .isEqualTo(ProcessingJobStatus.IN_PROGRESS);

        sageMaker.stopProcessingJob(request -> request.processingJobName(jobName));
        CliRun attached = CliRun.of("job", "--attach", jobName, "--endpoint-url", url(), "--output",
                dir.resolve("attached").toString());

        assertThat(attached.exitCode()).as(attached.toString()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(attached.out()).contains("job " + jobName + ": Stopped");
        await().atMost(Duration.ofSeconds(60)).until(() -> sageMaker.listEndpoints(request -> { }).endpoints().isEmpty());
    }

    @Test
    void ctrlCWithoutATerminalLeavesTheJobRunningAndSaysHowToAttachOrStopIt() throws Exception {
        try (ChildJvm child = ChildJvm.start(dir, "job", "interrupted-echo", RunCommandTest.toolkitPayloads().toString(),
                "--endpoint-url", url(), "--image", "slsbench/echo", "--image-env", "SLSBENCH_DELAY_MS=200",
                "--role-arn", ROLE, "--memory-sizes", "1024", "--stability-invocations", "2000", "--no-concurrency")) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> child.out().contains(": created, results to") || !child.process().isAlive());
            String jobName = jobName(child.out());

            child.interrupt();

            assertThat(child.awaitExit(60)).as(child.toString()).isEqualTo(ExitCodes.INCOMPLETE);
            assertThat(child.err()).contains("slsbench job: interrupted; job(s) left running: " + jobName,
                    "slsbench job --attach " + jobName, "aws sagemaker stop-processing-job --processing-job-name " + jobName);
            assertThat(sageMaker.describeProcessingJob(request -> request.processingJobName(jobName)).processingJobStatus())
                    .isEqualTo(ProcessingJobStatus.IN_PROGRESS);
            sageMaker.stopProcessingJob(request -> request.processingJobName(jobName));
            await().atMost(Duration.ofSeconds(60)).until(() -> sageMaker.describeProcessingJob(request ->
                    request.processingJobName(jobName)).processingJobStatus() == ProcessingJobStatus.STOPPED);
        }
    }

    @Test
    void badInputExits2BeforeAnythingIsUploadedOrCreated() throws Exception {
        String payloads = RunCommandTest.toolkitPayloads().toString();
        List<String> bucketsBefore = emulator.s3().bucketNames();
        int jobsBefore = sageMaker.listProcessingJobs(request -> request.maxResults(100)).processingJobSummaries().size();

        CliRun noRole = CliRun.of("job", "m", payloads, "--endpoint-url", url());
        CliRun badUri = CliRun.of("job", "m", payloads, "--endpoint-url", url(), "--role-arn", ROLE, "--s3-prefix", "bucket/x");
        CliRun badType = CliRun.of("job", "m", payloads, "--endpoint-url", url(), "--role-arn", ROLE,
                "--job-instance-type", "ml.m5.huge");

        assertThat(noRole.exitCode()).as(noRole.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noRole.err()).contains("--role-arn is required");
        assertThat(badUri.exitCode()).as(badUri.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badUri.err()).contains("--s3-prefix 'bucket/x' is not an S3 URI");
        assertThat(badType.exitCode()).as(badType.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badType.err()).contains("--job-instance-type 'ml.m5.huge' is not a SageMaker Processing instance type");
        assertThat(emulator.s3().bucketNames()).isEqualTo(bucketsBefore);
        assertThat(sageMaker.listProcessingJobs(request -> request.maxResults(100)).processingJobSummaries()
                .stream().map(ProcessingJobSummary::processingJobName).toList()).hasSize(jobsBefore);
    }

    @Test
    void localRunsTheJobOnItsEmbeddedEmulator() throws Exception {
        Path output = dir.resolve("local");

        CliRun run = CliRun.of("job", "local-echo", RunCommandTest.toolkitPayloads().toString(), "--local",
                "--image", "slsbench/echo", "--role-arn", ROLE, "--memory-sizes", "1024", "--stability-invocations", "3",
                "--no-concurrency", "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(output.resolve("benchmarking_report/report.html")).isRegularFile();
    }

    private static String url() {
        return emulator.endpointUrl().toString();
    }

    private static String jobName(String out) {
        Matcher matcher = Pattern.compile("job (slsbench-[a-zA-Z0-9-]+) \\(model").matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        return matcher.group(1);
    }

    private static String boto3Status(String jobName) throws Exception {
        assumeTrue(new ProcessBuilder("python3", "-c", "import boto3").start().waitFor() == 0, "python3 has no boto3");
        Process python = new ProcessBuilder("python3", "-c", "import boto3, sys; print(boto3.client('sagemaker',"
                + " endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='x', aws_secret_access_key='x')"
                + ".describe_processing_job(ProcessingJobName=sys.argv[2])['ProcessingJobStatus'])", url(), jobName)
                .redirectErrorStream(true).start();
        String printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(python.waitFor()).as(printed).isZero();
        return printed;
    }
}
