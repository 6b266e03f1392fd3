package dev.slsbench.emulator.s3;

/** An error S3 answers with: its code (e.g. {@code NoSuchKey}), HTTP status and message. */
public final class S3Exception extends RuntimeException {

    private final String code;
    private final int status;

    S3Exception(String code, int status, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    static S3Exception noSuchBucket(String bucket) {
        return new S3Exception("NoSuchBucket", 404, "The specified bucket does not exist: " + bucket);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
