package dev.slsbench.emulator.cloudwatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.slsbench.emulator.http.ApiRequest;
import dev.slsbench.emulator.http.ApiResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server that hands every request to a {@link CloudWatchApi}, standing in for
 * the emulator's own HTTP front in these tests; requests CloudWatch does not accept get 404.
 */
final class CloudWatchTestServer implements AutoCloseable {

    private final HttpServer server;
    private final List<String> protocolsSeen = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    CloudWatchTestServer(CloudWatchApi api) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> serve(api, exchange, protocolsSeen));
        server.setExecutor(executor);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The protocol of every request served so far: {@code cbor}, {@code json}, {@code query} or {@code other}. */
    List<String> protocolsSeen() {
        return List.copyOf(protocolsSeen);
    }

    private static String protocolOf(ApiRequest request) {
        if (CborProtocol.recognises(request)) {
            return "cbor";
        }
        if (JsonProtocol.recognises(request)) {
            return "json";
        }
        return QueryProtocol.recognises(request) ? "query" : "other";
    }

    private static void serve(CloudWatchApi api, HttpExchange exchange, List<String> protocolsSeen) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach(
                    (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
            URI uri = exchange.getRequestURI();
            ApiRequest request = new ApiRequest(exchange.getRequestMethod(), uri.getPath(),
                    uri.getRawQuery() == null ? "" : uri.getRawQuery(), headers,
                    exchange.getRequestBody().readAllBytes());
            protocolsSeen.add(protocolOf(request));
            ApiResponse response = CloudWatchApi.accepts(request) ? api.handle(request)
                    : ApiResponse.of(404, "text/plain", "not a CloudWatch request");
            response.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            if (response.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
