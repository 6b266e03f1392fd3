package dev.slsbench.provision;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;

import java.util.Locale;

/**
 * Deletes one endpoint, endpoint config or model, treating "already gone" as deleted, so that
 * teardown and cleanup can run any number of times.
 */
final class ResourceDeleter {

    private final SageMakerClient sageMaker;

    ResourceDeleter(SageMakerClient sageMaker) {
        this.sageMaker = sageMaker;
    }

    void deleteEndpoint(String name) {
        try {
            sageMaker.deleteEndpoint(r -> r.endpointName(name));
        } catch (AwsServiceException e) {
            if (!isNotFound(e)) {
                throw e;
            }
        }
    }

    void deleteEndpointConfig(String name) {
        try {
            sageMaker.deleteEndpointConfig(r -> r.endpointConfigName(name));
        } catch (AwsServiceException e) {
            if (!isNotFound(e)) {
                throw e;
            }
        }
    }

    void deleteModel(String name) {
        try {
            sageMaker.deleteModel(r -> r.modelName(name));
        } catch (AwsServiceException e) {
            if (!isNotFound(e)) {
                throw e;
            }
        }
    }

    /** SageMaker reports a missing resource as a ValidationException "Could not find ...". */
    static boolean isNotFound(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
        return "ResourceNotFound".equals(code) || "ResourceNotFoundException".equals(code)
                || ("ValidationException".equals(code) && message != null
                && message.toLowerCase(Locale.ROOT).contains("could not find"));
    }

    static String describe(Throwable e) {
        if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            return aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
