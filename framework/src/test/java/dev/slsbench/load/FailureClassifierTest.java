package dev.slsbench.load;

import dev.slsbench.stats.Outcome;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException;
import software.amazon.awssdk.services.sagemakerruntime.model.SageMakerRuntimeException;
import software.amazon.awssdk.services.sagemakerruntime.model.ValidationErrorException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureClassifierTest {

    private static AwsErrorDetails details(String code, String message) {
        return AwsErrorDetails.builder().errorCode(code).errorMessage(message).build();
    }

    @Test
    void throttlingExceptionIsThrottled() {
        Throwable e = SageMakerRuntimeException.builder().statusCode(400)
                .awsErrorDetails(details("ThrottlingException", "Rate exceeded")).build();

        assertThat(FailureClassifier.classify(e)).isEqualTo(Outcome.THROTTLED);
        assertThat(FailureClassifier.message(e)).isEqualTo("ThrottlingException: Rate exceeded");
    }

    @Test
    void http429IsThrottledWhateverItsCode() {
        Throwable e = SageMakerRuntimeException.builder().statusCode(429)
                .awsErrorDetails(details("TooManyRequests", "slow down")).build();

        assertThat(FailureClassifier.classify(e)).isEqualTo(Outcome.THROTTLED);
    }

    @Test
    void modelErrorMentioningInsufficientMemoryInAnyCaseIsInsufficientMemory() {
        Throwable e = ModelErrorException.builder().statusCode(424)
                .awsErrorDetails(details("ModelError", "Received server error (500): Insufficient Memory for the model"))
                .build();

        assertThat(FailureClassifier.classify(e)).isEqualTo(Outcome.INSUFFICIENT_MEMORY);
    }

    @Test
    void otherModelErrorsAreModelErrors() {
        Throwable e = ModelErrorException.builder().statusCode(424)
                .awsErrorDetails(details("ModelError", "Received client error (400) from primary")).build();

        assertThat(FailureClassifier.classify(e)).isEqualTo(Outcome.MODEL_ERROR);
    }

    @Test
    void everythingElseIsAClientError() {
        assertThat(FailureClassifier.classify(ValidationErrorException.builder().statusCode(400)
                .awsErrorDetails(details("ValidationError", "bad")).build())).isEqualTo(Outcome.CLIENT_ERROR);
        assertThat(FailureClassifier.classify(ApiCallTimeoutException.create(10))).isEqualTo(Outcome.CLIENT_ERROR);
        assertThat(FailureClassifier.classify(SdkClientException.create("connection refused")))
                .isEqualTo(Outcome.CLIENT_ERROR);
        assertThat(FailureClassifier.message(SdkClientException.create("connection refused")))
                .isEqualTo("SdkClientException: connection refused");
    }
}
