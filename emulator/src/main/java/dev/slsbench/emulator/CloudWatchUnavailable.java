package dev.slsbench.emulator;

import dev.slsbench.emulator.http.ApiRequest;
import dev.slsbench.emulator.http.ApiResponse;
import dev.slsbench.emulator.http.RequestIds;

import java.nio.charset.StandardCharsets;

/**
 * Recognises CloudWatch requests (JSON 1.0 or smithy-rpc-v2-cbor with the
 * {@code GraniteServiceVersion20100801} service id, or the query protocol's form-encoded
 * {@code Action=}) and answers them with a clear error, for as long as this build carries no
 * CloudWatch API.
 */
final class CloudWatchUnavailable implements ApiRouter.CloudWatchRoute {

    private static final String SERVICE_ID = "GraniteServiceVersion20100801";

    @Override
    public boolean accepts(ApiRequest request) {
        return request.header("x-amz-target").map(target -> target.startsWith(SERVICE_ID)).orElse(false)
                || request.path().contains(SERVICE_ID)
                || request.header("content-type").map(type -> type.startsWith("application/x-www-form-urlencoded")).orElse(false)
                && new String(request.body(), StandardCharsets.UTF_8).contains("Action=");
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return ApiResponse.of(501, "application/json", "{\"__type\":\"UnknownOperationException\",\"message\":\"The CloudWatch"
                        + " API is not available in this build of the slsbench emulator.\"}")
                .withHeader("x-amzn-ErrorType", "UnknownOperationException")
                .withHeader("x-amzn-RequestId", RequestIds.next());
    }
}
