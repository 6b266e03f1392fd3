package dev.slsbench.load;

import dev.slsbench.stats.Outcome;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException;

import java.util.Locale;

/**
 * Classifies a failed InvokeEndpoint call as the toolkit does: a {@code ThrottlingException}
 * (any AWS error the SDK counts as throttling, e.g. HTTP 429) is {@link Outcome#THROTTLED}; a
 * {@code ModelError} whose message contains "insufficient memory" (any case) is
 * {@link Outcome#INSUFFICIENT_MEMORY}; any other {@code ModelError} is
 * {@link Outcome#MODEL_ERROR}; everything else (validation and service errors, timeouts, I/O
 * failures, interruptions) is {@link Outcome#CLIENT_ERROR}.
 */
public final class FailureClassifier {

    private static final String INSUFFICIENT_MEMORY = "insufficient memory";

    private FailureClassifier() {
    }

    /** The outcome of a call that failed with {@code failure}. */
    public static Outcome classify(Throwable failure) {
        if (failure instanceof AwsServiceException aws) {
            String code = aws.awsErrorDetails() == null ? null : aws.awsErrorDetails().errorCode();
            if ("ThrottlingException".equals(code) || aws.isThrottlingException()) {
                return Outcome.THROTTLED;
            }
            if (aws instanceof ModelErrorException || "ModelError".equals(code)) {
                return message(failure).toLowerCase(Locale.ROOT).contains(INSUFFICIENT_MEMORY)
                        ? Outcome.INSUFFICIENT_MEMORY : Outcome.MODEL_ERROR;
            }
        }
        return Outcome.CLIENT_ERROR;
    }

    /** A one-line description of {@code failure}: the AWS error code and message when there is one. */
    public static String message(Throwable failure) {
        if (failure instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            String message = aws.awsErrorDetails().errorMessage();
            return aws.awsErrorDetails().errorCode() + ": " + (message == null ? aws.getMessage() : message);
        }
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
