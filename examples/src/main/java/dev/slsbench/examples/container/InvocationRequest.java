package dev.slsbench.examples.container;

import java.util.Locale;
import java.util.Optional;

/**
 * One {@code POST /invocations} call as a model handler sees it.
 *
 * @param contentType the request's Content-Type, empty when absent
 * @param accept the request's Accept, empty when absent
 * @param body the request body
 */
public record InvocationRequest(Optional<String> contentType, Optional<String> accept, byte[] body) {

    /** The media type of the body, lower case and without parameters ({@code text/csv; charset=utf-8} → {@code text/csv}). */
    public Optional<String> mediaType() {
        return contentType.map(InvocationRequest::bareMediaType).filter(type -> !type.isEmpty());
    }

    static String bareMediaType(String headerValue) {
        int semicolon = headerValue.indexOf(';');
        return (semicolon < 0 ? headerValue : headerValue.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
