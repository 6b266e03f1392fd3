package dev.slsbench.emulator.cloudwatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slsbench.emulator.http.ApiRequest;

/**
 * AWS JSON 1.0 as CloudWatch speaks it: {@code POST /} with
 * {@code X-Amz-Target: GraniteServiceVersion20100801.<Operation>}, epoch-second timestamps.
 */
final class JsonProtocol extends StructuredProtocol {

    static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    private static final String TARGET_PREFIX = SERVICE + ".";

    JsonProtocol() {
        super(new ObjectMapper(), CONTENT_TYPE);
    }

    static boolean recognises(ApiRequest request) {
        return request.method().equals("POST")
                && request.header("X-Amz-Target").filter(t -> t.startsWith(TARGET_PREFIX)).isPresent();
    }

    @Override
    public Call decode(ApiRequest request) {
        String operation = request.header("X-Amz-Target").orElseThrow().substring(TARGET_PREFIX.length());
        return new Call(operation, read(request.body(), "JSON"));
    }
}
