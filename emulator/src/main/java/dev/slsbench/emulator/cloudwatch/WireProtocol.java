package dev.slsbench.emulator.cloudwatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.http.ApiRequest;
import dev.slsbench.emulator.http.ApiResponse;

/**
 * One of the wire protocols CloudWatch clients speak: it turns a request into an operation name
 * and its input members, and an output tree or an error into a response.
 */
interface WireProtocol {

    /** @throws CloudWatchError when the request cannot be read */
    Call decode(ApiRequest request);

    ApiResponse encode(String operation, ObjectNode output, String requestId);

    ApiResponse encodeError(CloudWatchError error, String requestId);

    /** An operation to run with its input members. */
    record Call(String operation, RequestFields input) {
    }
}
