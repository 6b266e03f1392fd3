package dev.slsbench.emulator.s3;

import java.time.Instant;

/**
 * One stored object.
 *
 * @param content its bytes
 * @param etag the quoted ETag S3 answers with: the MD5 of the content, or of the parts for a multipart upload
 * @param contentType the Content-Type it was stored with
 * @param lastModified when it was stored
 */
public record S3Object(byte[] content, String etag, String contentType, Instant lastModified) {
}
