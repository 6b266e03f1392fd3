package dev.slsbench.emulator.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.http.ApiResponse;
import dev.slsbench.emulator.http.RequestIds;

import java.nio.charset.StandardCharsets;

/**
 * The SageMaker runtime's errors as the restJson1 protocol carries them: the error code in the
 * {@code x-amzn-ErrorType} header, the members of the error shape (from the {@code sagemaker-runtime}
 * service model) in a JSON body, and the status code the model assigns to the shape.
 */
final class RuntimeErrors {

    static final String ACCOUNT = "000000000000";
    static final String REGION = "us-east-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuntimeErrors() {
    }

    /** 400 ValidationError, e.g. for an endpoint that does not exist. */
    static ApiResponse validationError(String message) {
        return error(400, "ValidationError", message);
    }

    static ApiResponse endpointNotFound(String endpointName) {
        return validationError("Endpoint " + endpointName + " of account " + ACCOUNT + " not found.");
    }

    /** SageMaker Serverless answers throttled calls with status 400 and ThrottlingException. */
    static ApiResponse throttling(String message) {
        return error(400, "ThrottlingException", message);
    }

    /**
     * Over the payload limit: SageMaker's front end refuses the body with a bare 413, before it
     * reaches a container and without an error code (clients report the status as the code).
     */
    static ApiResponse payloadTooLarge(long limitBytes) {
        return ApiResponse.of(413, "application/json", "{\"message\":\"HTTP content length exceeded " + limitBytes + " bytes.\"}")
                .withHeader("x-amzn-RequestId", RequestIds.next());
    }

    /** 429 ModelNotReadyException: the variant's serverless resources are still being provisioned. */
    static ApiResponse modelNotReady(String message) {
        return error(429, "ModelNotReadyException", message);
    }

    static ApiResponse serviceUnavailable(String message) {
        return error(503, "ServiceUnavailable", message);
    }

    static ApiResponse internalFailure(String message) {
        return error(500, "InternalFailure", message);
    }

    /**
     * 424 ModelError: the container failed the call.
     *
     * @param originalStatusCode the container's status, or null when it never answered
     * @param originalMessage the container's body, or null
     */
    static ApiResponse modelError(String endpointName, String message, Integer originalStatusCode, String originalMessage) {
        ObjectNode body = JSON.createObjectNode();
        body.put("ErrorCode", originalStatusCode != null && originalStatusCode < 500 ? "CLIENT_ERROR_FROM_MODEL"
                : "SERVER_ERROR_FROM_MODEL");
        body.put("LogStreamArn", logGroupArn(endpointName));
        body.put("Message", message);
        if (originalMessage != null) {
            body.put("OriginalMessage", originalMessage);
        }
        if (originalStatusCode != null) {
            body.put("OriginalStatusCode", originalStatusCode);
        }
        return response(424, "ModelError", body);
    }

    /** The message SageMaker gives when the container answers with a non-2xx status. */
    static String modelStatusMessage(String endpointName, int status, String containerBody) {
        String kind = status < 500 ? "client" : "server";
        return "Received " + kind + " error (" + status + ") from primary with message \"" + containerBody + "\". See "
                + "https://" + REGION + ".console.aws.amazon.com/cloudwatch/home?region=" + REGION
                + "#logEventViewer:group=/aws/sagemaker/Endpoints/" + endpointName + " in account " + ACCOUNT
                + " for more information.";
    }

    static String logGroupArn(String endpointName) {
        return "arn:aws:logs:" + REGION + ":" + ACCOUNT + ":log-group:/aws/sagemaker/Endpoints/" + endpointName;
    }

    private static ApiResponse error(int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("message", message);
        return response(status, code, body);
    }

    private static ApiResponse response(int status, String code, ObjectNode body) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            bytes = ("{\"message\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        return ApiResponse.of(status, "application/json", bytes)
                .withHeader("x-amzn-ErrorType", code)
                .withHeader("x-amzn-RequestId", RequestIds.next());
    }
}
