package dev.slsbench.emulator.s3;

import dev.slsbench.emulator.http.ApiRequest;
import dev.slsbench.emulator.http.ApiResponse;
import dev.slsbench.emulator.http.RequestIds;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * S3's REST API, path-style ({@code /bucket/key}), for the operations the Processing-job path
 * needs: CreateBucket, HeadBucket, ListBuckets, PutObject, GetObject, HeadObject, DeleteObject,
 * ListObjectsV2 and multipart upload (Create, UploadPart, Complete, Abort). Answers in S3's XML.
 * Request bodies in {@code aws-chunked} encoding (what the AWS SDK for Java v2 sends for PutObject
 * and UploadPart over plain HTTP, with its checksum as a trailer) are decoded.
 */
public final class S3Api {

    private static final Pattern S3_SCOPE = Pattern.compile("Credential=[^/,]+/\\d{8}/[^/]+/s3/aws4_request");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final Pattern PART_NUMBER = Pattern.compile("<PartNumber>\\s*(\\d+)\\s*</PartNumber>");
    private static final int DEFAULT_MAX_KEYS = 1000;

    private final S3Store store;

    public S3Api(S3Store store) {
        this.store = store;
    }

    /**
     * Whether a request is an S3 call. Real clients (the AWS SDK for Java v2, boto3, the AWS CLI)
     * sign every S3 request with SigV4 whose credential scope names the service {@code s3}, in the
     * {@code Authorization} header or, for presigned URLs, the {@code X-Amz-Credential} query
     * parameter; SageMaker, its runtime and CloudWatch are signed for {@code sagemaker} and
     * {@code monitoring}, and S3 never sends {@code X-Amz-Target}. That scope is what this relies on.
     */
    public static boolean accepts(ApiRequest request) {
        if (request.header("x-amz-target").isPresent()) {
            return false;
        }
        if (request.header("authorization").map(auth -> S3_SCOPE.matcher(auth).find()).orElse(false)) {
            return true;
        }
        return request.query().contains("X-Amz-Credential=") && request.query().contains("%2Fs3%2Faws4_request");
    }

    public ApiResponse handle(ApiRequest request) {
        String resource = request.path();
        try {
            String path = request.path().startsWith("/") ? request.path().substring(1) : request.path();
            int slash = path.indexOf('/');
            String bucket = decode(slash < 0 ? path : path.substring(0, slash));
            String key = slash < 0 ? "" : decode(path.substring(slash + 1));
            Map<String, String> query = query(request.query());
            if (bucket.isEmpty()) {
                if ("GET".equals(request.method())) {
                    return listBuckets();
                }
                throw new S3Exception("MethodNotAllowed", 405, "The specified method is not allowed against this resource.");
            }
            return key.isEmpty() ? bucketOperation(request, bucket, query) : objectOperation(request, bucket, key, query);
        } catch (S3Exception e) {
            return error(e.code(), e.status(), e.getMessage(), resource, "HEAD".equals(request.method()));
        }
    }

    private ApiResponse bucketOperation(ApiRequest request, String bucket, Map<String, String> query) {
        switch (request.method()) {
            case "PUT" -> {
                store.createBucket(bucket);
                return empty(200).withHeader("Location", "/" + bucket);
            }
            case "HEAD" -> {
                if (!store.bucketExists(bucket)) {
                    throw S3Exception.noSuchBucket(bucket);
                }
                return empty(200).withHeader("x-amz-bucket-region", "us-east-1");
            }
            case "GET" -> {
                return listObjects(bucket, query);
            }
            default -> throw new S3Exception("MethodNotAllowed", 405, "The specified method is not allowed against this resource.");
        }
    }

    private ApiResponse objectOperation(ApiRequest request, String bucket, String key, Map<String, String> query) {
        String uploadId = query.get("uploadId");
        switch (request.method()) {
            case "PUT" -> {
                if (request.header("x-amz-copy-source").isPresent()) {
                    throw new S3Exception("NotImplemented", 501, "The slsbench emulator does not copy objects.");
                }
                byte[] content = body(request);
                if (uploadId != null) {
                    String etag = store.uploadPart(bucket, key, uploadId, partNumber(query.get("partNumber")), content);
                    return empty(200).withHeader("ETag", etag);
                }
                S3Object object = store.put(bucket, key, content, request.header("content-type").orElse(null));
                return empty(200).withHeader("ETag", object.etag());
            }
            case "GET", "HEAD" -> {
                S3Object object = store.get(bucket, key);
                ApiResponse response = new ApiResponse(200, new LinkedHashMap<>(),
                        "HEAD".equals(request.method()) ? new byte[0] : object.content())
                        .withHeader("Content-Type", object.contentType())
                        .withHeader("ETag", object.etag())
                        .withHeader("Last-Modified", HTTP_DATE.format(object.lastModified()))
                        .withHeader("x-amz-request-id", RequestIds.next());
                return "HEAD".equals(request.method())
                        ? response.withHeader("Content-Length", Integer.toString(object.content().length)) : response;
            }
            case "POST" -> {
                if (query.containsKey("uploads")) {
                    String id = store.createUpload(bucket, key, request.header("content-type").orElse(null));
                    return xml(200, "<InitiateMultipartUploadResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                            + "<Bucket>" + escape(bucket) + "</Bucket><Key>" + escape(key) + "</Key><UploadId>" + id
                            + "</UploadId></InitiateMultipartUploadResult>");
                }
                if (uploadId != null) {
                    List<Integer> parts = new ArrayList<>();
                    Matcher matcher = PART_NUMBER.matcher(new String(request.body(), StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        parts.add(Integer.parseInt(matcher.group(1)));
                    }
                    S3Object object = store.completeUpload(bucket, key, uploadId, parts);
                    return xml(200, "<CompleteMultipartUploadResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                            + "<Location>/" + escape(bucket) + "/" + escape(key) + "</Location><Bucket>" + escape(bucket)
                            + "</Bucket><Key>" + escape(key) + "</Key><ETag>" + escape(object.etag())
                            + "</ETag></CompleteMultipartUploadResult>");
                }
                throw new S3Exception("NotImplemented", 501, "The slsbench emulator does not serve this S3 operation.");
            }
            case "DELETE" -> {
                if (uploadId != null) {
                    store.abortUpload(bucket, key, uploadId);
                } else {
                    store.delete(bucket, key);
                }
                return empty(204);
            }
            default -> throw new S3Exception("MethodNotAllowed", 405, "The specified method is not allowed against this resource.");
        }
    }

    private ApiResponse listBuckets() {
        StringBuilder xml = new StringBuilder("<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<Owner><ID>slsbench</ID></Owner><Buckets>");
        for (String name : store.bucketNames()) {
            xml.append("<Bucket><Name>").append(escape(name)).append("</Name></Bucket>");
        }
        return xml(200, xml.append("</Buckets></ListAllMyBucketsResult>").toString());
    }

    /** ListObjectsV2 (and the V1 form, which clients rarely use now, answered alike); keys after the token, in order. */
    private ApiResponse listObjects(String bucket, Map<String, String> query) {
        String prefix = query.getOrDefault("prefix", "");
        String delimiter = query.get("delimiter");
        int maxKeys = Optional.ofNullable(query.get("max-keys")).map(S3Api::nonNegative).orElse(DEFAULT_MAX_KEYS);
        String after = Optional.ofNullable(query.get("continuation-token")).orElse(query.get("start-after"));
        NavigableMap<String, S3Object> objects = store.list(bucket, prefix);
        if (after != null) {
            objects = objects.tailMap(after, false);
        }
        StringBuilder contents = new StringBuilder();
        TreeSet<String> commonPrefixes = new TreeSet<>();
        int count = 0;
        String last = null;
        boolean truncated = false;
        for (Map.Entry<String, S3Object> entry : objects.entrySet()) {
            String key = entry.getKey();
            String commonPrefix = null;
            if (delimiter != null && !delimiter.isEmpty()) {
                int at = key.indexOf(delimiter, prefix.length());
                if (at >= 0) {
                    commonPrefix = key.substring(0, at + delimiter.length());
                }
            }
            if (commonPrefix != null && commonPrefixes.contains(commonPrefix)) {
                last = key;
                continue;
            }
            if (count == maxKeys) {
                truncated = true;
                break;
            }
            count++;
            last = key;
            if (commonPrefix != null) {
                commonPrefixes.add(commonPrefix);
                continue;
            }
            S3Object object = entry.getValue();
            contents.append("<Contents><Key>").append(escape(key)).append("</Key><LastModified>")
                    .append(ISO.format(object.lastModified())).append("</LastModified><ETag>").append(escape(object.etag()))
                    .append("</ETag><Size>").append(object.content().length).append("</Size><StorageClass>STANDARD"
                            + "</StorageClass></Contents>");
        }
        StringBuilder xml = new StringBuilder("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>")
                .append(escape(bucket)).append("</Name><Prefix>").append(escape(prefix)).append("</Prefix><KeyCount>")
                .append(count).append("</KeyCount><MaxKeys>").append(maxKeys).append("</MaxKeys>");
        if (delimiter != null) {
            xml.append("<Delimiter>").append(escape(delimiter)).append("</Delimiter>");
        }
        xml.append("<IsTruncated>").append(truncated).append("</IsTruncated>");
        if (truncated) {
            xml.append("<NextContinuationToken>").append(escape(last)).append("</NextContinuationToken>");
        }
        xml.append(contents);
        commonPrefixes.forEach(common -> xml.append("<CommonPrefixes><Prefix>").append(escape(common))
                .append("</Prefix></CommonPrefixes>"));
        return xml(200, xml.append("</ListBucketResult>").toString());
    }

    private static int nonNegative(String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new S3Exception("InvalidArgument", 400, "Provided max-keys not an integer or within integer range");
    }

    private static int partNumber(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new S3Exception("InvalidArgument", 400, "Part number must be an integer between 1 and 10000, inclusive");
        }
    }

    /**
     * The object's bytes. The AWS SDK for Java v2 sends PutObject and UploadPart over plain HTTP as
     * {@code Content-Encoding: aws-chunked} with {@code x-amz-content-sha256: STREAMING-...}: chunks
     * {@code HEXSIZE[;chunk-signature=...]\r\nDATA\r\n}, a zero-size chunk, then trailers (its checksum).
     */
    static byte[] body(ApiRequest request) {
        boolean chunked = request.header("x-amz-content-sha256").map(sha -> sha.startsWith("STREAMING-")).orElse(false)
                || request.header("content-encoding").map(encoding -> encoding.contains("aws-chunked")).orElse(false);
        return chunked ? decodeChunked(request.body()) : request.body();
    }

    private static byte[] decodeChunked(byte[] body) {
        ByteArrayOutputStream content = new ByteArrayOutputStream(body.length);
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOfCrlf(body, at);
            if (lineEnd < 0) {
                throw new S3Exception("IncompleteBody", 400, "The aws-chunked body ends inside a chunk header.");
            }
            String header = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
            int semicolon = header.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon < 0 ? header : header.substring(0, semicolon)).strip(), 16);
            } catch (NumberFormatException e) {
                throw new S3Exception("IncompleteBody", 400, "Bad aws-chunked chunk header: " + header);
            }
            at = lineEnd + 2;
            if (size == 0) {
                break;
            }
            if (at + size > body.length) {
                throw new S3Exception("IncompleteBody", 400, "The aws-chunked body ends inside a chunk.");
            }
            content.write(body, at, size);
            at += size + 2;
        }
        return content.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            query.put(decode(equals < 0 ? pair : pair.substring(0, equals)), equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return query;
    }

    /** Percent-decoding; a {@code +} in an S3 path or query is a plus sign as the SDKs encode it, not a space. */
    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static ApiResponse empty(int status) {
        return new ApiResponse(status, new LinkedHashMap<>(), new byte[0]).withHeader("x-amz-request-id", RequestIds.next());
    }

    private static ApiResponse xml(int status, String body) {
        return ApiResponse.of(status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body)
                .withHeader("x-amz-request-id", RequestIds.next());
    }

    private static ApiResponse error(String code, int status, String message, String resource, boolean head) {
        if (head) {
            return empty(status);
        }
        return xml(status, "<Error><Code>" + code + "</Code><Message>" + escape(message) + "</Message><Resource>"
                + escape(resource) + "</Resource><RequestId>" + RequestIds.next() + "</RequestId></Error>");
    }
}
