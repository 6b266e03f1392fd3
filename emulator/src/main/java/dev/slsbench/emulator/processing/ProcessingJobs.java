package dev.slsbench.emulator.processing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.container.ImageCatalog;
import dev.slsbench.emulator.processing.ProcessingJobSpec.Channel;
import dev.slsbench.emulator.s3.S3Exception;
import dev.slsbench.emulator.s3.S3Object;
import dev.slsbench.emulator.s3.S3Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The emulator's Processing jobs and the thread that runs each: copy the S3 inputs into the job's
 * folder, run the image's mapped command with the job's arguments, wait up to MaxRuntimeInSeconds,
 * upload the outputs, and record Completed, Failed (with the container's last log lines) or Stopped.
 *
 * <p>The container sees its {@code /opt/ml/processing/...} paths inside the job's folder: an
 * argument that is such a path (or ends {@code =/opt/ml/processing/...}) is rewritten to the folder's
 * copy, the working directory is the folder, and {@code SLSBENCH_PROCESSING_ROOT} names it. In place
 * of the role's credentials SageMaker gives a container, it gets {@code AWS_ENDPOINT_URL} (the
 * emulator's URL, which the AWS SDKs and CLI read), {@code AWS_REGION} and dummy keys.
 */
public final class ProcessingJobs implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ProcessingJobs.class.getName());
    private static final String ARN_PREFIX = "arn:aws:sagemaker:us-east-1:000000000000:processing-job/";
    /** SageMaker's FailureReason holds at most 1024 characters. */
    private static final int FAILURE_REASON_MAX = 1024;
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final S3Store s3;
    private final ImageCatalog images;
    private final Supplier<URI> endpointUrl;
    private final Path root;
    private final Map<String, ProcessingJob> jobs = new ConcurrentHashMap<>();
    private final Map<String, JobContainer> containers = new ConcurrentHashMap<>();
    private final ExecutorService runners = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().name("slsbench-processing-", 0).daemon().factory());

    /**
     * @param endpointUrl the emulator's URL, handed to containers (known once its port is bound)
     */
    public ProcessingJobs(S3Store s3, ImageCatalog images, Supplier<URI> endpointUrl) {
        this.s3 = s3;
        this.images = images;
        this.endpointUrl = endpointUrl;
        try {
            this.root = Files.createTempDirectory("slsbench-processing-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates and starts a job; its ARN. */
    String create(ProcessingJobSpec spec, ObjectNode request) {
        List<String> command = images.commandFor(spec.imageUri()).orElseThrow(() -> ProcessingException.validation(
                "The image '" + spec.imageUri() + "' is not known to the slsbench emulator. Map it to a local command"
                        + " with --image " + spec.imageUri() + "=COMMAND (or the embedding API)."));
        ProcessingJob job = new ProcessingJob(spec, request, ARN_PREFIX + spec.name().toLowerCase(Locale.ROOT), Instant.now());
        if (jobs.putIfAbsent(key(spec.name()), job) != null) {
            throw new ProcessingException("ResourceInUse", "Job name must be unique within an AWS account and region,"
                    + " and a job with this name already exists (" + job.arn() + ")");
        }
        runners.execute(() -> run(job, command));
        return job.arn();
    }

    ProcessingJob describe(String name) {
        ProcessingJob job = name == null ? null : jobs.get(key(name));
        if (job == null) {
            throw ProcessingException.notFound(name);
        }
        return job;
    }

    void stop(String name) {
        ProcessingJob job = describe(name);
        if (!job.stopping()) {
            throw ProcessingException.validation("The processing job " + name + " is " + job.status()
                    + "; only an InProgress job can be stopped.");
        }
        JobContainer container = containers.get(key(name));
        if (container != null) {
            container.stop();
        }
    }

    List<ProcessingJob> all() {
        return jobs.values().stream().sorted(Comparator.comparing(ProcessingJob::creationTime)).toList();
    }

    private void run(ProcessingJob job, List<String> command) {
        ProcessingJobSpec spec = job.spec();
        job.started();
        Path folder = root.resolve(key(spec.name()));
        Path log = folder.resolve("container.log");
        try {
            Files.createDirectories(folder);
            Files.createFile(log);
            for (Channel output : spec.outputs()) {
                Files.createDirectories(local(folder, output.localPath()));
            }
            for (Channel input : spec.inputs()) {
                String failure = download(input, local(folder, input.localPath()));
                if (failure != null) {
                    job.end(ProcessingJobStatus.Failed, failure, null);
                    return;
                }
            }
            if (job.status() != ProcessingJobStatus.InProgress) {
                job.end(ProcessingJobStatus.Stopped, null, null);
                return;
            }
            List<String> full = new ArrayList<>(command);
            spec.arguments().forEach(argument -> full.add(localArgument(folder, argument)));
            JobContainer container = JobContainer.start(full, environment(spec, folder), folder, log, STOP_GRACE);
            containers.put(key(spec.name()), container);
            if (job.status() == ProcessingJobStatus.Stopping) {
                container.stop();
            }
            int exit = container.waitFor(Duration.ofSeconds(spec.maxRuntimeSeconds()));
            if (exit == -1) {
                container.stop();
                container.waitFor(STOP_GRACE.plusSeconds(5));
                job.end(ProcessingJobStatus.Failed, withLogTail("The job exceeded its MaxRuntimeInSeconds ("
                        + spec.maxRuntimeSeconds() + " s) and was stopped.", container), null);
                return;
            }
            if (job.status() == ProcessingJobStatus.Stopping) {
                job.end(ProcessingJobStatus.Stopped, null, null);
                return;
            }
            String uploadFailure = upload(spec.outputs(), folder);
            if (exit == 0 && uploadFailure == null) {
                job.end(ProcessingJobStatus.Completed, null, null);
            } else if (exit != 0) {
                job.end(ProcessingJobStatus.Failed, withLogTail("AlgorithmError: the container exited with code " + exit
                        + ".", container), "exit code " + exit);
            } else {
                job.end(ProcessingJobStatus.Failed, uploadFailure, null);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "processing job " + spec.name() + " failed in the emulator", e);
            job.end(ProcessingJobStatus.Failed, truncate("InternalServerError: the emulator could not run the job: " + e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.end(ProcessingJobStatus.Failed, "InternalServerError: the emulator stopped while the job ran.", null);
        } finally {
            JobContainer container = containers.remove(key(spec.name()));
            if (container != null) {
                container.kill();
            }
        }
    }

    /** Copies the objects under an input's prefix into its local path; the FailureReason when there are none. */
    private String download(Channel input, Path target) throws IOException {
        Map<String, S3Object> objects;
        try {
            objects = s3.list(input.bucket(), input.keyPrefix());
        } catch (S3Exception e) {
            return "ClientError: cannot read " + input.s3Uri() + " for input " + input.name() + ": " + e.getMessage();
        }
        if (objects.isEmpty()) {
            return "ClientError: No S3 objects found under S3 URL \"" + input.s3Uri() + "\" given in input data source "
                    + input.name() + ". Please ensure that the bucket exists in the selected region, that objects exist"
                    + " under that S3 prefix, and that the role has permission to read them.";
        }
        Files.createDirectories(target);
        for (Map.Entry<String, S3Object> object : objects.entrySet()) {
            String key = object.getKey();
            String relative = key.equals(input.keyPrefix()) ? key.substring(key.lastIndexOf('/') + 1)
                    : key.substring(input.keyPrefix().length()).replaceFirst("^/+", "");
            Path file = target.resolve(relative).normalize();
            if (relative.isEmpty() || relative.endsWith("/") || !file.startsWith(target)) {
                continue;
            }
            Files.createDirectories(file.getParent());
            Files.write(file, object.getValue().content());
        }
        return null;
    }

    /** Uploads every file under each output's local path; the FailureReason when one cannot be. */
    private String upload(List<Channel> outputs, Path folder) throws IOException {
        for (Channel output : outputs) {
            Path source = local(folder, output.localPath());
            if (!s3.bucketExists(output.bucket())) {
                return "ClientError: the bucket of output " + output.name() + " (" + output.s3Uri() + ") does not exist.";
            }
            String prefix = output.keyPrefix().isEmpty() || output.keyPrefix().endsWith("/")
                    ? output.keyPrefix() : output.keyPrefix() + "/";
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                String relative = source.relativize(file).toString().replace('\\', '/');
                s3.put(output.bucket(), prefix + relative, Files.readAllBytes(file), null);
            }
        }
        return null;
    }

    private Map<String, String> environment(ProcessingJobSpec spec, Path folder) {
        Map<String, String> environment = new LinkedHashMap<>(spec.environment());
        environment.put("AWS_ENDPOINT_URL", endpointUrl.get().toString());
        environment.put("AWS_REGION", "us-east-1");
        environment.put("AWS_DEFAULT_REGION", "us-east-1");
        environment.put("AWS_ACCESS_KEY_ID", "slsbench-emulator");
        environment.put("AWS_SECRET_ACCESS_KEY", "slsbench-emulator");
        environment.put("SLSBENCH_PROCESSING_ROOT", folder.toString());
        return environment;
    }

    private static String localArgument(Path folder, String argument) {
        if (argument.startsWith(CreateRequestReader.LOCAL_ROOT)) {
            return folder + argument;
        }
        int equals = argument.indexOf("=" + CreateRequestReader.LOCAL_ROOT);
        return equals < 0 ? argument : argument.substring(0, equals + 1) + folder + argument.substring(equals + 1);
    }

    private static Path local(Path folder, String localPath) {
        return Path.of(folder + localPath).normalize();
    }

    /** A FailureReason: the headline, then as many of the container's last log lines as fit. */
    private static String withLogTail(String headline, JobContainer container) {
        String head = headline + " Last log lines:\n";
        return head + container.logTail(FAILURE_REASON_MAX - head.length());
    }

    private static String truncate(String reason) {
        return reason.length() <= FAILURE_REASON_MAX ? reason : reason.substring(0, FAILURE_REASON_MAX);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Stops every job's container and deletes the jobs' folders. */
    @Override
    public void close() {
        containers.values().forEach(JobContainer::kill);
        runners.shutdownNow();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not delete " + root, e);
        }
    }
}
