package dev.slsbench.examples.container;

import java.nio.charset.StandardCharsets;

/**
 * What a model handler answers to {@code POST /invocations}.
 *
 * @param status the HTTP status
 * @param contentType the Content-Type of {@code body}
 * @param body the response body
 */
public record InvocationResponse(int status, String contentType, byte[] body) {

    public static InvocationResponse ok(String contentType, String body) {
        return new InvocationResponse(200, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A plain-text error, e.g. 400 for rows the model cannot read. */
    public static InvocationResponse error(int status, String message) {
        return new InvocationResponse(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
