package dev.slsbench.job;

import org.apiguardian.api.API;

import dev.slsbench.provision.AwsClients;
import dev.slsbench.provision.AwsTarget;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ProcessingS3DataType;
import software.amazon.awssdk.services.sagemaker.model.ProcessingS3InputMode;
import software.amazon.awssdk.services.sagemaker.model.ProcessingS3UploadMode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a benchmark as a SageMaker Processing job, the sibling of
 * {@link dev.slsbench.ServerlessBenchmarks} for long runs off the laptop (the Python toolkit's
 * {@code run_as_sagemaker_job}): {@link #submit} uploads the payload file and the plan below
 * {@code <s3Prefix>/<jobName>/input/} and creates a job whose container runs
 * {@code slsbench run MODEL PAYLOADS --plan PLAN --output /opt/ml/processing/output/results};
 * {@link #awaitEnd} follows its status; {@link #download} fetches the results folder the job wrote
 * (report included, nothing is rendered twice); {@link #stop} stops it. Through {@link AwsTarget} the
 * same code drives AWS and the slsbench emulator, which runs Processing jobs and serves S3 itself.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProcessingJobBenchmarks implements AutoCloseable {

    static final String INPUT_ROOT = "/opt/ml/processing/input/";
    static final String RESULTS_PATH = "/opt/ml/processing/output/results";
    /** Files larger than this go up in multipart uploads (S3 takes single PUTs up to 5 GB, but parts resume and bound memory). */
    static final long MULTIPART_THRESHOLD_BYTES = 16L * 1024 * 1024;
    static final int PART_BYTES = 8 * 1024 * 1024;

    private final SageMakerClient sageMaker;
    private final S3Client s3;
    private final String region;

    private ProcessingJobBenchmarks(SageMakerClient sageMaker, S3Client s3, String region) {
        this.sageMaker = sageMaker;
        this.s3 = s3;
        this.region = region;
    }

    /** Clients for {@code target}; S3 is addressed path-style when the target has an endpoint URL (the emulator). */
    public static ProcessingJobBenchmarks create(AwsTarget target) {
        SageMakerClient sageMaker = AwsClients.configure(SageMakerClient.builder(), target)
                .httpClientBuilder(ApacheHttpClient.builder()).build();
        S3Client s3 = AwsClients.configure(S3Client.builder(), target)
                .forcePathStyle(target.endpointUrl().isPresent())
                .httpClientBuilder(ApacheHttpClient.builder()).build();
        String region = target.region().or(() -> target.endpointUrl().map(url -> AwsTarget.DEFAULT_LOCAL_REGION))
                .orElseGet(() -> s3.serviceClientConfiguration().region().id());
        return new ProcessingJobBenchmarks(sageMaker, s3, region);
    }

    /** For clients built elsewhere (tests with fault-injecting clients). */
    public static ProcessingJobBenchmarks of(SageMakerClient sageMaker, S3Client s3, String region) {
        return new ProcessingJobBenchmarks(sageMaker, s3, region);
    }

    /** The region the clients call. */
    public String region() {
        return region;
    }

    /**
     * Uploads the job's inputs (creating the bucket when it does not exist, as the SageMaker Python
     * SDK does for its default bucket) and creates the job.
     *
     * @return the job's state right after creation
     * @throws IOException when the payload file cannot be read
     */
    public JobState submit(JobRequest request) throws IOException {
        S3Location jobRoot = request.s3Prefix().child(request.jobName());
        S3Location payloads = jobRoot.child("input/payloads");
        S3Location plan = jobRoot.child("input/plan");
        S3Location results = jobRoot.child("output/results");
        ensureBucket(request.s3Prefix().bucket());
        String payloadName = request.payloadFile().getFileName().toString();
        upload(request.payloadFile(), payloads.bucket(), payloads.key(payloadName));
        s3.putObject(put -> put.bucket(plan.bucket()).key(plan.key("plan.json")).contentType("application/json"),
                RequestBody.fromString(request.planJson(), StandardCharsets.UTF_8));
        List<String> arguments = new ArrayList<>(List.of("run", request.model(), INPUT_ROOT + "payloads/" + payloadName,
                "--plan", INPUT_ROOT + "plan/plan.json", "--output", RESULTS_PATH, "--progress", "lines"));
        arguments.addAll(request.extraRunArguments());
        sageMaker.createProcessingJob(job -> job.processingJobName(request.jobName()).roleArn(request.roleArn())
                .processingResources(resources -> resources.clusterConfig(cluster -> cluster.instanceCount(1)
                        .instanceType(request.instanceType()).volumeSizeInGB(30)))
                .stoppingCondition(stopping -> stopping.maxRuntimeInSeconds((int) request.maxRuntime().toSeconds()))
                .appSpecification(app -> app.imageUri(request.imageUri()).containerArguments(arguments))
                .processingInputs(
                        input -> input.inputName("payloads").s3Input(s3Input -> s3Input.s3Uri(payloads.uri())
                                .localPath(INPUT_ROOT + "payloads").s3DataType(ProcessingS3DataType.S3_PREFIX)
                                .s3InputMode(ProcessingS3InputMode.FILE)),
                        input -> input.inputName("plan").s3Input(s3Input -> s3Input.s3Uri(plan.uri())
                                .localPath(INPUT_ROOT + "plan").s3DataType(ProcessingS3DataType.S3_PREFIX)
                                .s3InputMode(ProcessingS3InputMode.FILE)))
                .processingOutputConfig(outputs -> outputs.outputs(output -> output.outputName("results")
                        .s3Output(s3Output -> s3Output.s3Uri(results.uri()).localPath(RESULTS_PATH)
                                .s3UploadMode(ProcessingS3UploadMode.END_OF_JOB))))
                .tags(tag -> tag.key("slsbench:job").value(request.model())));
        return state(request.jobName());
    }

    /** The job's state now. */
    public JobState state(String jobName) {
        DescribeProcessingJobResponse job = sageMaker.describeProcessingJob(describe -> describe.processingJobName(jobName));
        S3Location results = job.processingOutputConfig().outputs().stream()
                .filter(output -> "results".equals(output.outputName())).findFirst()
                .or(() -> job.processingOutputConfig().outputs().stream().findFirst())
                .map(output -> S3Location.parse(output.s3Output().s3Uri()))
                .orElseThrow(() -> new IllegalStateException("processing job " + jobName + " has no output"));
        return new JobState(job.processingJobName(), job.processingJobStatus(), Optional.ofNullable(job.failureReason()),
                results);
    }

    /**
     * Polls the job until it ends, telling {@code onChange} each new status.
     *
     * @throws InterruptedException when interrupted while waiting (the job goes on)
     */
    public JobState awaitEnd(String jobName, Duration pollInterval, Consumer<JobState> onChange) throws InterruptedException {
        JobState last = null;
        while (true) {
            JobState now = state(jobName);
            if (last == null || now.status() != last.status()) {
                onChange.accept(now);
            }
            if (now.ended()) {
                return now;
            }
            last = now;
            Thread.sleep(pollInterval.toMillis());
        }
    }

    /** Asks SageMaker to stop the job (StopProcessingJob). */
    public void stop(String jobName) {
        sageMaker.stopProcessingJob(stop -> stop.processingJobName(jobName));
    }

    /**
     * Downloads every object under the job's results location into {@code directory}, keeping their
     * relative paths; the number of files.
     */
    public int download(JobState job, Path directory) throws IOException {
        S3Location results = job.resultsUri();
        String prefix = results.prefix().isEmpty() ? "" : results.prefix() + "/";
        Path root = directory.toAbsolutePath().normalize();
        int files = 0;
        for (S3Object object : s3.listObjectsV2Paginator(list -> list.bucket(results.bucket()).prefix(prefix)).contents()) {
            Path target = root.resolve(object.key().substring(prefix.length())).normalize();
            if (!target.startsWith(root) || object.key().endsWith("/")) {
                continue;
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = s3.getObject(get -> get.bucket(results.bucket()).key(object.key()))) {
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            files++;
        }
        return files;
    }

    private void ensureBucket(String bucket) {
        try {
            s3.headBucket(head -> head.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(create -> {
                create.bucket(bucket);
                if (!"us-east-1".equals(region)) {
                    create.createBucketConfiguration(config -> config.locationConstraint(region));
                }
            });
        }
    }

    private void upload(Path file, String bucket, String key) throws IOException {
        long size = Files.size(file);
        if (size <= MULTIPART_THRESHOLD_BYTES) {
            s3.putObject(put -> put.bucket(bucket).key(key), RequestBody.fromFile(file));
            return;
        }
        String uploadId = s3.createMultipartUpload(create -> create.bucket(bucket).key(key)).uploadId();
        try (InputStream in = Files.newInputStream(file)) {
            List<CompletedPart> parts = new ArrayList<>();
            byte[] chunk;
            for (int number = 1; (chunk = in.readNBytes(PART_BYTES)).length > 0; number++) {
                int part = number;
                String etag = s3.uploadPart(upload -> upload.bucket(bucket).key(key).uploadId(uploadId).partNumber(part),
                        RequestBody.fromBytes(chunk)).eTag();
                parts.add(CompletedPart.builder().partNumber(part).eTag(etag).build());
            }
            s3.completeMultipartUpload(complete -> complete.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts)));
        } catch (IOException | RuntimeException e) {
            s3.abortMultipartUpload(abort -> abort.bucket(bucket).key(key).uploadId(uploadId));
            throw e;
        }
    }

    @Override
    public void close() {
        sageMaker.close();
        s3.close();
    }
}
