package dev.slsbench.emulator.cloudwatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.slsbench.emulator.http.ApiRequest;
import dev.slsbench.emulator.http.ApiResponse;

/**
 * Smithy RPC v2 CBOR as recent botocore speaks it to CloudWatch:
 * {@code POST /service/GraniteServiceVersion20100801/operation/<Operation>} with
 * {@code smithy-protocol: rpc-v2-cbor}, CBOR bodies, timestamps as tag 1 epoch seconds.
 */
final class CborProtocol extends StructuredProtocol {

    static final String CONTENT_TYPE = "application/cbor";
    private static final String PATH_PREFIX = "/service/" + SERVICE + "/operation/";

    CborProtocol() {
        super(new ObjectMapper(new CBORFactory()), CONTENT_TYPE);
    }

    static boolean recognises(ApiRequest request) {
        return request.method().equals("POST") && request.path().startsWith(PATH_PREFIX);
    }

    @Override
    public Call decode(ApiRequest request) {
        return new Call(request.path().substring(PATH_PREFIX.length()), read(request.body(), "CBOR"));
    }

    @Override
    ApiResponse response(int status, ObjectNode body, String requestId) {
        return super.response(status, body, requestId).withHeader("smithy-protocol", "rpc-v2-cbor");
    }
}
