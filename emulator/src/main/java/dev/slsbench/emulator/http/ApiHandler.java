package dev.slsbench.emulator.http;

/** Answers API requests, whichever HTTP server received them. */
@FunctionalInterface
public interface ApiHandler {

    /**
     * @param receivedNanos {@link System#nanoTime()} when the request's head had arrived
     */
    ApiResponse handle(ApiRequest request, long receivedNanos);
}
