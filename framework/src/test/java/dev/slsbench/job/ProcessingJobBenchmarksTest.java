package dev.slsbench.job;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.provision.AwsTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.ProcessingJobStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Java API of the job path against the emulator: {@link ProcessingJobBenchmarks} uploads a
 * payload file (in parts when large) and the plan, the job's container receives them at the
 * Processing job contract's paths with {@code slsbench run}'s arguments, and what it writes to the
 * results path comes back. The image is a stand-in shell script mapped in the emulator, so the test
 * sees exactly the arguments and files the job hands to its container.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProcessingJobBenchmarksTest {

    /** Copies the payload file ($3) and the plan ($5) into the results folder ($7) and records the arguments. */
    private static final String CONTAINER = "cp \"$3\" \"$7/payloads-copy.jsonl\" && cp \"$5\" \"$7/plan-copy.json\""
            + " && echo \"$1 $2 $4 $6 $8 $9\" > \"$7/arguments.txt\"";
    private static final String ROLE = "arn:aws:iam::000000000000:role/slsbench-job";

    private static LocalSageMaker emulator;
    private static ProcessingJobBenchmarks jobs;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder()
                .image("test/fake-slsbench", List.of("/bin/sh", "-c", CONTAINER, "fake-slsbench")).build());
        jobs = ProcessingJobBenchmarks.create(AwsTarget.builder().endpointUrl(emulator.endpointUrl())
                .credentialsProvider(AwsTarget.dummyCredentials()).build());
    }

    @AfterAll
    static void stop() {
        jobs.close();
        emulator.close();
    }

    @Test
    void handsTheContainerItsInputsAndBringsBackItsResults() throws Exception {
        Path payloads = dir.resolve("big.jsonl");
        List<String> lines = new ArrayList<>();
        Random random = new Random(3);
        long bytes = 0;
        while (bytes < ProcessingJobBenchmarks.MULTIPART_THRESHOLD_BYTES + 1_000_000) {
            String line = "{\"Body\": \"" + random.nextLong() + "," + random.nextLong() + "," + random.nextLong() + "\"}";
            lines.add(line);
            bytes += line.length() + 1;
        }
        Files.write(payloads, lines);
        assertThat(Files.size(payloads)).isGreaterThan(ProcessingJobBenchmarks.MULTIPART_THRESHOLD_BYTES);
        JobRequest request = new JobRequest("api-job", "my-model", payloads, "{\"memory-sizes\": \"1024\"}", ROLE,
                S3Location.parse("s3://sagemaker-us-east-1-000000000000/jobs"), "test/fake-slsbench", "ml.m5.large",
                Duration.ofMinutes(5), List.of("--endpoint-url", emulator.endpointUrl().toString()));

        JobState created = jobs.submit(request);
        JobState end = jobs.awaitEnd("api-job", Duration.ofMillis(100), state -> { });
        int files = jobs.download(end, dir.resolve("results"));

        assertThat(created.resultsUri().uri()).isEqualTo("s3://sagemaker-us-east-1-000000000000/jobs/api-job/output/results");
        assertThat(end.status()).as(end.failureReason().orElse("")).isEqualTo(ProcessingJobStatus.COMPLETED);
        assertThat(files).isEqualTo(3);
        assertThat(dir.resolve("results/payloads-copy.jsonl")).hasSameBinaryContentAs(payloads);
        assertThat(dir.resolve("results/plan-copy.json")).hasContent("{\"memory-sizes\": \"1024\"}");
        assertThat(dir.resolve("results/arguments.txt")).hasContent("run my-model --plan --output --progress lines");
        assertThat(emulator.s3().openUploads()).isZero();
    }

    @Test
    void refusesBadSettingsBeforeAnythingIsUploaded() {
        assertThatThrownBy(() -> new JobRequest("bad job", "m", dir.resolve("none.jsonl"), "{}", "role",
                S3Location.parse("s3://bucket/x"), "", "ml.m5.huge", Duration.ZERO, List.of()))
                .isInstanceOfSatisfying(InvalidJobException.class, e -> assertThat(e.problems()).hasSize(6));
        assertThatThrownBy(() -> S3Location.parse("bucket/x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an S3 URI");
        assertThatThrownBy(() -> S3Location.parse("s3://Bad_Bucket/x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid S3 bucket name");
        assertThat(emulator.s3().bucketNames()).doesNotContain("bucket");
    }
}
