package dev.slsbench.payload;

/**
 * The request limits SageMaker documents for serverless InvokeEndpoint calls, checked when
 * payloads are loaded so an oversized body fails before any endpoint is created.
 */
public final class PayloadLimits {

    /**
     * The largest request body a serverless endpoint accepts: "The maximum request and response
     * payload size for serverless invocations is 4 MB" (SageMaker Developer Guide, "Invoke a
     * serverless endpoint"), read as 4 MiB. Real-time endpoints accept 6 MB; serverless less.
     */
    public static final int MAX_SERVERLESS_BODY_BYTES = 4 * 1024 * 1024;
    /** The longest {@code ContentType}, {@code Accept} or {@code CustomAttributes} header (service model). */
    public static final int MAX_HEADER_CHARS = 1024;
    /** The longest {@code InferenceId} (service model). */
    public static final int MAX_INFERENCE_ID_CHARS = 64;
    /** The longest {@code TargetVariant} (service model). */
    public static final int MAX_TARGET_VARIANT_CHARS = 63;

    private PayloadLimits() {
    }
}
