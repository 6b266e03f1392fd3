package dev.slsbench.emulator.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the emulator's API handlers see it, independent of the HTTP server that
 * received it. Header names are matched case-insensitively.
 *
 * @param method the HTTP method, upper case
 * @param path the request path without the query string
 * @param query the raw query string, or empty
 * @param headers header values by lower-case name
 * @param body the request body, never null
 */
public record ApiRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }
}
