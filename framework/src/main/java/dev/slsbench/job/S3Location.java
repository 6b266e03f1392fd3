package dev.slsbench.job;

import org.apiguardian.api.API;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An S3 bucket and key prefix, written {@code s3://bucket/prefix}.
 *
 * @param bucket the bucket name
 * @param prefix the key prefix without leading or trailing slash, possibly empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record S3Location(String bucket, String prefix) {

    /** S3's bucket naming rules: 3–63 lower-case letters, digits, dots and hyphens, alphanumeric at both ends. */
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern URI = Pattern.compile("s3://([^/]*)(/(.*))?");

    /** @throws IllegalArgumentException when the bucket name breaks S3's rules */
    public S3Location {
        if (bucket == null || !BUCKET.matcher(bucket).matches() || bucket.contains("..")) {
            throw new IllegalArgumentException("'" + bucket + "' is not a valid S3 bucket name (3-63 lower-case letters,"
                    + " digits, dots and hyphens)");
        }
        prefix = prefix == null ? "" : prefix.replaceAll("^/+|/+$", "");
    }

    /**
     * Reads {@code s3://bucket[/prefix]}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static S3Location parse(String uri) {
        Matcher matcher = uri == null ? null : URI.matcher(uri);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("'" + uri + "' is not an S3 URI like s3://bucket/prefix");
        }
        return new S3Location(matcher.group(1), matcher.group(3));
    }

    /** The location {@code name} below this one. */
    public S3Location child(String name) {
        return new S3Location(bucket, prefix.isEmpty() ? name : prefix + "/" + name);
    }

    /** The key of an object {@code name} below this prefix. */
    public String key(String name) {
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    public String uri() {
        return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
    }

    @Override
    public String toString() {
        return uri();
    }
}
