package dev.slsbench.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP response produced by an API handler, written back by whichever HTTP server is in use.
 *
 * @param status the HTTP status code
 * @param headers response headers (single-valued)
 * @param body the response body, never null
 */
public record ApiResponse(int status, Map<String, String> headers, byte[] body) {

    public static ApiResponse of(int status, String contentType, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        return new ApiResponse(status, headers, body);
    }

    public static ApiResponse of(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with one more header. */
    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, copy, body);
    }
}
