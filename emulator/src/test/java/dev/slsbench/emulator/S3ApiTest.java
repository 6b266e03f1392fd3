package dev.slsbench.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The emulator's S3 operations, driven by the AWS SDK's own {@link S3Client} (path-style, endpoint
 * override): what the Processing-job path uploads, lists and downloads arrives intact, and S3's
 * errors come back as the SDK's typed exceptions.
 */
class S3ApiTest {

    private static LocalSageMaker emulator;
    private static S3Client s3;

    @BeforeAll
    static void start() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.defaults());
        s3 = S3Client.builder().endpointOverride(emulator.endpointUrl()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "dummy")))
                .httpClientBuilder(ApacheHttpClient.builder()).build();
    }

    @AfterAll
    static void stop() {
        s3.close();
        emulator.close();
    }

    @Test
    void storesListsAndReturnsObjects() {
        s3.createBucket(request -> request.bucket("objects"));
        s3.headBucket(request -> request.bucket("objects"));
        s3.putObject(request -> request.bucket("objects").key("run/payloads.jsonl").contentType("application/jsonl"),
                RequestBody.fromString("{\"Body\": \"1,2\"}\n"));
        s3.putObject(request -> request.bucket("objects").key("run/results/report dir/report+1.html"),
                RequestBody.fromString("<html>"));
        s3.putObject(request -> request.bucket("objects").key("other/x"), RequestBody.fromString("x"));

        assertThat(s3.getObjectAsBytes(request -> request.bucket("objects").key("run/payloads.jsonl")).asUtf8String())
                .isEqualTo("{\"Body\": \"1,2\"}\n");
        assertThat(s3.listObjectsV2(request -> request.bucket("objects").prefix("run/")).contents())
                .extracting(S3Object::key).containsExactly("run/payloads.jsonl", "run/results/report dir/report+1.html");
        assertThat(s3.listObjectsV2(request -> request.bucket("objects").prefix("run/").delimiter("/")).commonPrefixes())
                .extracting(prefix -> prefix.prefix()).containsExactly("run/results/");
        assertThat(s3.listObjectsV2Paginator(request -> request.bucket("objects").maxKeys(1)).contents().stream()
                .map(S3Object::key)).containsExactly("other/x", "run/payloads.jsonl", "run/results/report dir/report+1.html");
    }

    @Test
    void joinsAMultipartUploadAndAbortsAnother() {
        s3.createBucket(request -> request.bucket("multipart"));
        byte[] content = new byte[12 * 1024 * 1024];
        new Random(7).nextBytes(content);
        String uploadId = s3.createMultipartUpload(request -> request.bucket("multipart").key("big.jsonl")).uploadId();
        List<CompletedPart> parts = new ArrayList<>();
        int partSize = 5 * 1024 * 1024;
        for (int part = 1, offset = 0; offset < content.length; part++, offset += partSize) {
            int number = part;
            byte[] slice = java.util.Arrays.copyOfRange(content, offset, Math.min(content.length, offset + partSize));
            String etag = s3.uploadPart(request -> request.bucket("multipart").key("big.jsonl").uploadId(uploadId)
                    .partNumber(number), RequestBody.fromBytes(slice)).eTag();
            parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
        }
        s3.completeMultipartUpload(request -> request.bucket("multipart").key("big.jsonl").uploadId(uploadId)
                .multipartUpload(upload -> upload.parts(parts)));

        assertThat(s3.getObjectAsBytes(request -> request.bucket("multipart").key("big.jsonl")).asByteArray())
                .isEqualTo(content);

        String aborted = s3.createMultipartUpload(request -> request.bucket("multipart").key("gone")).uploadId();
        s3.uploadPart(request -> request.bucket("multipart").key("gone").uploadId(aborted).partNumber(1),
                RequestBody.fromString("part"));
        s3.abortMultipartUpload(request -> request.bucket("multipart").key("gone").uploadId(aborted));
        assertThat(emulator.s3().openUploads()).isZero();
        assertThat(s3.listObjectsV2(request -> request.bucket("multipart")).contents()).extracting(S3Object::key)
                .containsExactly("big.jsonl");
    }

    @Test
    void answersWithS3Errors() {
        assertThatThrownBy(() -> s3.headBucket(request -> request.bucket("missing-bucket")))
                .isInstanceOf(NoSuchBucketException.class);
        assertThatThrownBy(() -> s3.getObject(request -> request.bucket("missing-bucket").key("k")))
                .isInstanceOf(NoSuchBucketException.class);
        s3.createBucket(request -> request.bucket("errors"));
        assertThatThrownBy(() -> s3.getObjectAsBytes(request -> request.bucket("errors").key("none")))
                .isInstanceOf(NoSuchKeyException.class);
        assertThatThrownBy(() -> s3.createBucket(request -> request.bucket("errors")))
                .isInstanceOf(BucketAlreadyOwnedByYouException.class);
        assertThatThrownBy(() -> emulator.s3().createBucket("Bad_Name"))
                .isInstanceOfSatisfying(dev.slsbench.emulator.s3.S3Exception.class,
                        error -> assertThat(error.code()).isEqualTo("InvalidBucketName"));
    }
}
