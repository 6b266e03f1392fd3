package dev.slsbench.emulator.cloudwatch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.http.ApiResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What the two document protocols of CloudWatch share (AWS JSON 1.0 and Smithy RPC v2 CBOR,
 * both awsQueryCompatible): a document body in, a document body out, and errors carrying the
 * shape name in {@code __type} plus the query error code in {@code x-amzn-query-error}.
 */
abstract class StructuredProtocol implements WireProtocol {

    static final String SERVICE = "GraniteServiceVersion20100801";
    static final String SHAPE_NAMESPACE = "com.amazonaws.cloudwatch#";

    private final ObjectMapper mapper;
    private final String contentType;

    StructuredProtocol(ObjectMapper mapper, String contentType) {
        this.mapper = mapper;
        this.contentType = contentType;
    }

    RequestFields read(byte[] body, String format) {
        if (body.length == 0) {
            return new RequestFields(JsonNodeFactory.instance.objectNode(), "");
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw CloudWatchError.malformedRequest("The request body is not valid " + format + ": " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException json ? json.getOriginalMessage() : e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw CloudWatchError.malformedRequest("The request body must be a " + format + " map.");
        }
        return new RequestFields(root, "");
    }

    @Override
    public ApiResponse encode(String operation, ObjectNode output, String requestId) {
        return response(200, output, requestId);
    }

    @Override
    public ApiResponse encodeError(CloudWatchError error, String requestId) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("__type", SHAPE_NAMESPACE + error.shapeName);
        body.put(error.shapeName.equals("InternalServiceFault") ? "Message" : "message", error.getMessage());
        return response(error.status, body, requestId)
                .withHeader("x-amzn-query-error", error.code + ";" + error.faultType());
    }

    ApiResponse response(int status, ObjectNode body, String requestId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = mapper.getFactory().createGenerator(bytes)) {
            TreeEmitter.write(generator, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ApiResponse.of(status, contentType, bytes.toByteArray()).withHeader("x-amzn-RequestId", requestId);
    }
}
