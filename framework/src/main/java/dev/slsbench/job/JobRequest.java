package dev.slsbench.job;

import org.apiguardian.api.API;

import software.amazon.awssdk.services.sagemaker.model.ProcessingInstanceType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One benchmark to run as a Processing job: what {@code slsbench run} would take (the model, the
 * payload file and the plan as a {@code --plan} JSON document) plus where and how the job runs.
 *
 * @param jobName the Processing job's name
 * @param model the SageMaker model to benchmark
 * @param payloadFile the JSON Lines payload file, uploaded as the job's input
 * @param planJson the run's options as a {@code slsbench run --plan} JSON object, uploaded as the job's input
 * @param roleArn the job's execution role
 * @param s3Prefix where the inputs go and the results come back, below {@code <prefix>/<jobName>/}
 * @param imageUri the container image with slsbench in it (see the repository's Dockerfile)
 * @param instanceType the Processing instance type, e.g. {@code ml.m5.large}
 * @param maxRuntime the job's MaxRuntimeInSeconds
 * @param extraRunArguments more arguments for the job's {@code slsbench run}, e.g. {@code --endpoint-url}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record JobRequest(String jobName, String model, Path payloadFile, String planJson, String roleArn,
        S3Location s3Prefix, String imageUri, String instanceType, Duration maxRuntime, List<String> extraRunArguments) {

    /** The job instance type the Python toolkit's blog post uses. */
    public static final String DEFAULT_INSTANCE_TYPE = "ml.m5.large";
    /** The longest MaxRuntimeInSeconds SageMaker takes for a Processing job: five days. */
    public static final Duration MAX_RUNTIME = Duration.ofDays(5);
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");

    /** @throws InvalidJobException listing every problem */
    public JobRequest {
        extraRunArguments = List.copyOf(extraRunArguments);
        List<String> problems = problems(jobName, roleArn, instanceType, maxRuntime, payloadFile, imageUri);
        if (!problems.isEmpty()) {
            throw new InvalidJobException(problems);
        }
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(planJson, "planJson");
        Objects.requireNonNull(s3Prefix, "s3Prefix");
    }

    /** The problems with a job's settings, in the words of the CLI's flags; empty when there are none. */
    public static List<String> problems(String jobName, String roleArn, String instanceType, Duration maxRuntime,
            Path payloadFile, String imageUri) {
        List<String> problems = new ArrayList<>();
        if (jobName == null || !NAME.matcher(jobName).matches()) {
            problems.add("job name '" + jobName + "' must be 1-63 letters, digits and hyphens, starting with a letter or digit");
        }
        if (roleArn == null) {
            problems.add("--role-arn is required: the job's execution role, e.g. arn:aws:iam::123456789012:role/slsbench-job");
        } else if (!ROLE_ARN.matcher(roleArn).matches()) {
            problems.add("--role-arn '" + roleArn + "' is not an IAM role ARN like arn:aws:iam::123456789012:role/NAME");
        }
        if (instanceType == null || ProcessingInstanceType.fromValue(instanceType) == ProcessingInstanceType.UNKNOWN_TO_SDK_VERSION) {
            problems.add("--job-instance-type '" + instanceType + "' is not a SageMaker Processing instance type (e.g. "
                    + DEFAULT_INSTANCE_TYPE + ", ml.c5.xlarge)");
        }
        if (maxRuntime == null || maxRuntime.toSeconds() < 1 || maxRuntime.compareTo(MAX_RUNTIME) > 0) {
            problems.add("--max-runtime " + maxRuntime + " must be between 1 second and 5 days");
        }
        if (payloadFile == null || !Files.isRegularFile(payloadFile)) {
            problems.add("PAYLOADS.jsonl " + payloadFile + ": file not found");
        }
        if (imageUri == null || imageUri.isBlank()) {
            problems.add("--job-image is required on AWS: the slsbench image in ECR (see the README's Dockerfile section)");
        }
        return problems;
    }

    /** The account of the role ARN, which names the toolkit-style default bucket. */
    public static String accountOf(String roleArn) {
        return roleArn.split(":")[4];
    }

    /** The default bucket for a region and account, named as the SageMaker Python SDK's default session bucket. */
    public static String defaultBucket(String region, String account) {
        return "sagemaker-" + region + "-" + account;
    }
}
