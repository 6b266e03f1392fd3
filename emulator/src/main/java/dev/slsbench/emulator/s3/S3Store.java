package dev.slsbench.emulator.s3;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;

/**
 * The emulator's buckets and objects, in memory: the Processing-job path moves payload files, plans
 * and result folders (kilobytes to megabytes), which the emulator keeps for its own life only.
 * Also read and written directly by the Processing-job runner, which copies inputs in and outputs out.
 */
public final class S3Store {

    /** S3's bucket naming rules (3–63 characters; lower-case letters, digits, dots and hyphens; alphanumeric ends). */
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private final Map<String, ConcurrentSkipListMap<String, S3Object>> buckets = new ConcurrentHashMap<>();
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

    private record Upload(String bucket, String key, String contentType, NavigableMap<Integer, byte[]> parts) {
    }

    /** @throws S3Exception InvalidBucketName, or BucketAlreadyOwnedByYou when it exists */
    public void createBucket(String bucket) {
        if (!BUCKET_NAME.matcher(bucket).matches() || bucket.contains("..")) {
            throw new S3Exception("InvalidBucketName", 400, "The specified bucket is not valid: " + bucket);
        }
        if (buckets.putIfAbsent(bucket, new ConcurrentSkipListMap<>()) != null) {
            throw new S3Exception("BucketAlreadyOwnedByYou", 409,
                    "Your previous request to create the named bucket succeeded and you already own it.");
        }
    }

    public boolean bucketExists(String bucket) {
        return buckets.containsKey(bucket);
    }

    /** Creates the bucket unless it exists. */
    public void ensureBucket(String bucket) {
        if (!bucketExists(bucket)) {
            try {
                createBucket(bucket);
            } catch (S3Exception e) {
                if (!"BucketAlreadyOwnedByYou".equals(e.code())) {
                    throw e;
                }
            }
        }
    }

    public S3Object put(String bucket, String key, byte[] content, String contentType) {
        S3Object object = new S3Object(content, "\"" + HexFormat.of().formatHex(md5(content)) + "\"",
                contentType == null ? "binary/octet-stream" : contentType, Instant.now());
        bucket(bucket).put(key, object);
        return object;
    }

    /** @throws S3Exception NoSuchBucket or NoSuchKey */
    public S3Object get(String bucket, String key) {
        S3Object object = bucket(bucket).get(key);
        if (object == null) {
            throw new S3Exception("NoSuchKey", 404, "The specified key does not exist.");
        }
        return object;
    }

    public void delete(String bucket, String key) {
        bucket(bucket).remove(key);
    }

    /** The objects whose keys start with {@code prefix}, in key order. */
    public NavigableMap<String, S3Object> list(String bucket, String prefix) {
        ConcurrentSkipListMap<String, S3Object> objects = bucket(bucket);
        if (prefix == null || prefix.isEmpty()) {
            return new TreeMap<>(objects);
        }
        return new TreeMap<>(objects.subMap(prefix, true, prefix + Character.MAX_VALUE, false));
    }

    public List<String> bucketNames() {
        return buckets.keySet().stream().sorted().toList();
    }

    /** Starts a multipart upload and returns its id. */
    public String createUpload(String bucket, String key, String contentType) {
        bucket(bucket);
        String id = UUID.randomUUID().toString().replace("-", "");
        uploads.put(id, new Upload(bucket, key, contentType, new ConcurrentSkipListMap<>()));
        return id;
    }

    /** Stores one part and returns its quoted ETag. */
    public String uploadPart(String bucket, String key, String uploadId, int partNumber, byte[] content) {
        if (partNumber < 1 || partNumber > 10_000) {
            throw new S3Exception("InvalidArgument", 400, "Part number must be an integer between 1 and 10000, inclusive");
        }
        upload(bucket, key, uploadId).parts().put(partNumber, content);
        return "\"" + HexFormat.of().formatHex(md5(content)) + "\"";
    }

    /**
     * Joins the listed parts into the object.
     *
     * @param partNumbers the parts the client lists, in ascending order
     * @throws S3Exception InvalidPart or InvalidPartOrder when the list does not match the uploaded parts
     */
    public S3Object completeUpload(String bucket, String key, String uploadId, List<Integer> partNumbers) {
        Upload upload = upload(bucket, key, uploadId);
        if (partNumbers.isEmpty()) {
            throw new S3Exception("MalformedXML", 400, "The XML you provided did not list any part.");
        }
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream digests = new java.io.ByteArrayOutputStream();
        int previous = 0;
        for (int number : partNumbers) {
            if (number <= previous) {
                throw new S3Exception("InvalidPartOrder", 400, "The list of parts was not in ascending order.");
            }
            previous = number;
            byte[] part = upload.parts().get(number);
            if (part == null) {
                throw new S3Exception("InvalidPart", 400, "Part " + number + " was not uploaded.");
            }
            joined.writeBytes(part);
            digests.writeBytes(md5(part));
        }
        uploads.remove(uploadId);
        byte[] content = joined.toByteArray();
        S3Object object = new S3Object(content,
                "\"" + HexFormat.of().formatHex(md5(digests.toByteArray())) + "-" + partNumbers.size() + "\"",
                upload.contentType() == null ? "binary/octet-stream" : upload.contentType(), Instant.now());
        bucket(bucket).put(key, object);
        return object;
    }

    public void abortUpload(String bucket, String key, String uploadId) {
        upload(bucket, key, uploadId);
        uploads.remove(uploadId);
    }

    /** The multipart uploads begun and neither completed nor aborted. */
    public int openUploads() {
        return uploads.size();
    }

    private Upload upload(String bucket, String key, String uploadId) {
        Upload upload = Optional.ofNullable(uploadId).map(uploads::get).orElse(null);
        if (upload == null || !upload.bucket().equals(bucket) || !upload.key().equals(key)) {
            throw new S3Exception("NoSuchUpload", 404, "The specified multipart upload does not exist.");
        }
        return upload;
    }

    private ConcurrentSkipListMap<String, S3Object> bucket(String bucket) {
        ConcurrentSkipListMap<String, S3Object> objects = buckets.get(bucket);
        if (objects == null) {
            throw S3Exception.noSuchBucket(bucket);
        }
        return objects;
    }

    private static byte[] md5(byte[] content) {
        try {
            return MessageDigest.getInstance("MD5").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
