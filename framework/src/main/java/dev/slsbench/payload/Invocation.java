package dev.slsbench.payload;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One example InvokeEndpoint request: the body and the optional headers the API takes.
 *
 * <p>The body is copied on the way in and out, so an {@code Invocation} is immutable; use
 * {@link #bodyBuffer()} for a read-only view without a copy. Equality compares the body's bytes.
 * The optional fields are {@code null} when absent (their {@code Optional} twins exist for
 * callers who prefer them). Limits are those of {@link PayloadLimits}; a value outside them is
 * rejected with an {@link IllegalArgumentException} naming the field.
 *
 * @param body the request body, at most {@link PayloadLimits#MAX_SERVERLESS_BODY_BYTES}
 * @param contentType the {@code ContentType} (MIME type of the body), or {@code null}
 * @param accept the {@code Accept} header, or {@code null}
 * @param customAttributes the {@code CustomAttributes} header, or {@code null}
 * @param inferenceId the {@code InferenceId}, or {@code null}
 * @param targetVariant the {@code TargetVariant}, or {@code null}
 */
public record Invocation(byte[] body, String contentType, String accept, String customAttributes,
                         String inferenceId, String targetVariant) {

    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");
    private static final Pattern PRINTABLE_NO_LEADING_SPACE = Pattern.compile("\\S\\p{Print}*");
    private static final Pattern VARIANT_NAME = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9])*");

    public Invocation {
        Objects.requireNonNull(body, "body");
        if (body.length > PayloadLimits.MAX_SERVERLESS_BODY_BYTES) {
            throw new IllegalArgumentException("Body: " + body.length + " bytes exceed the serverless limit of "
                    + PayloadLimits.MAX_SERVERLESS_BODY_BYTES + " bytes");
        }
        body = body.clone();
        header("ContentType", contentType);
        header("Accept", accept);
        header("CustomAttributes", customAttributes);
        if (inferenceId != null && (inferenceId.length() > PayloadLimits.MAX_INFERENCE_ID_CHARS
                || !PRINTABLE_NO_LEADING_SPACE.matcher(inferenceId).matches())) {
            throw new IllegalArgumentException("InferenceId: '" + inferenceId + "' is not 1.."
                    + PayloadLimits.MAX_INFERENCE_ID_CHARS + " printable characters");
        }
        if (targetVariant != null && (targetVariant.length() > PayloadLimits.MAX_TARGET_VARIANT_CHARS
                || !VARIANT_NAME.matcher(targetVariant).matches())) {
            throw new IllegalArgumentException("TargetVariant: '" + targetVariant + "' is not a variant name");
        }
    }

    /** A text body (encoded as UTF-8) with a content type and no other headers. */
    public static Invocation of(String body, String contentType) {
        return new Invocation(body.getBytes(StandardCharsets.UTF_8), contentType, null, null, null, null);
    }

    /** A binary body with a content type and no other headers. */
    public static Invocation ofBytes(byte[] body, String contentType) {
        return new Invocation(body, contentType, null, null, null, null);
    }

    /** A copy of the body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** A read-only view of the body, without copying it. */
    public ByteBuffer bodyBuffer() {
        return ByteBuffer.wrap(body).asReadOnlyBuffer();
    }

    /** The body's size in bytes. */
    public int bodyBytes() {
        return body.length;
    }

    /** This invocation with another {@code Accept} header. */
    public Invocation withAccept(String newAccept) {
        return new Invocation(body, contentType, newAccept, customAttributes, inferenceId, targetVariant);
    }

    /** This invocation with other {@code CustomAttributes}. */
    public Invocation withCustomAttributes(String attributes) {
        return new Invocation(body, contentType, accept, attributes, inferenceId, targetVariant);
    }

    /** This invocation with another {@code InferenceId}. */
    public Invocation withInferenceId(String id) {
        return new Invocation(body, contentType, accept, customAttributes, id, targetVariant);
    }

    /** This invocation with another {@code TargetVariant}. */
    public Invocation withTargetVariant(String variant) {
        return new Invocation(body, contentType, accept, customAttributes, inferenceId, variant);
    }

    /** {@link #contentType()} as an {@code Optional}. */
    public Optional<String> contentTypeIfPresent() { return Optional.ofNullable(contentType); }

    /** {@link #accept()} as an {@code Optional}. */
    public Optional<String> acceptIfPresent() { return Optional.ofNullable(accept); }

    /** {@link #customAttributes()} as an {@code Optional}. */
    public Optional<String> customAttributesIfPresent() { return Optional.ofNullable(customAttributes); }

    /** {@link #inferenceId()} as an {@code Optional}. */
    public Optional<String> inferenceIdIfPresent() { return Optional.ofNullable(inferenceId); }

    /** {@link #targetVariant()} as an {@code Optional}. */
    public Optional<String> targetVariantIfPresent() { return Optional.ofNullable(targetVariant); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Invocation i
                && Arrays.equals(body, i.body)
                && Objects.equals(contentType, i.contentType)
                && Objects.equals(accept, i.accept)
                && Objects.equals(customAttributes, i.customAttributes)
                && Objects.equals(inferenceId, i.inferenceId)
                && Objects.equals(targetVariant, i.targetVariant);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(body) + Objects.hash(contentType, accept, customAttributes, inferenceId, targetVariant);
    }

    @Override
    public String toString() {
        int shown = Math.min(body.length, 16);
        return "Invocation[body=" + body.length + " bytes (" + HexFormat.of().formatHex(body, 0, shown)
                + (shown < body.length ? "..." : "") + "), contentType=" + contentType + ", accept=" + accept
                + ", customAttributes=" + customAttributes + ", inferenceId=" + inferenceId
                + ", targetVariant=" + targetVariant + "]";
    }

    private static void header(String name, String value) {
        if (value != null && (value.length() > PayloadLimits.MAX_HEADER_CHARS || !ASCII.matcher(value).matches())) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not at most "
                    + PayloadLimits.MAX_HEADER_CHARS + " ASCII characters");
        }
    }
}
