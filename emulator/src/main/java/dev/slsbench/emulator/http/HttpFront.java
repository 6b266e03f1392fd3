package dev.slsbench.emulator.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The emulator's single HTTP port, on the JDK's built-in server ({@code com.sun.net.httpserver}) with
 * TCP_NODELAY. Exchanges run on a cached pool of platform threads: a call blocks its thread while
 * the container works, and a platform thread blocked in a socket read wakes with fewer hops than a
 * virtual thread, which keeps scheduling out of the measured ModelLatency. The system property
 * {@code slsbench.emulator.httpThreads} picks {@code virtual} threads or a fixed pool size instead.
 * Turns each exchange into an {@link ApiRequest} for the {@link ApiHandler} and writes the
 * {@link ApiResponse} back; bodies over the front's limit are refused with 413 before they are read.
 */
public final class HttpFront implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpFront.class.getName());
    private static final int BACKLOG = 1024;

    static {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // The JDK server keeps at most 200 idle keep-alive connections and closes any further one
        // as soon as it goes idle, racing a client that reuses it at that moment: the client's next
        // request meets a closed socket ("The target server failed to respond"), a call the
        // emulator never saw. With 200 benchmark clients plus the control plane that happened a
        // few times per 6,000 calls (AccountingUnderLoadTest); SageMaker's front end does not
        // drop keep-alive connections like that.
        if (System.getProperty("sun.net.httpserver.maxIdleConnections") == null) {
            System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private HttpFront(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds and starts serving.
     *
     * @param port 0 for a free port
     * @param maxBodyBytes the largest request body the front reads; larger ones get 413
     */
    public static HttpFront start(String host, int port, ApiHandler handler, long maxBodyBytes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), BACKLOG);
        String threads = System.getProperty("slsbench.emulator.httpThreads", "cached");
        ExecutorService executor = switch (threads) {
            case "virtual" -> Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("slsbench-http-", 0).factory());
            case "cached" -> Executors.newCachedThreadPool(Thread.ofPlatform().name("slsbench-http-", 0).daemon().factory());
            default -> Executors.newFixedThreadPool(Integer.parseInt(threads),
                    Thread.ofPlatform().name("slsbench-http-", 0).daemon().factory());
        };
        server.setExecutor(executor);
        server.createContext("/", exchange -> serve(exchange, handler, maxBodyBytes));
        server.start();
        return new HttpFront(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, ApiHandler handler, long maxBodyBytes) {
        long receivedNanos = System.nanoTime();
        try (exchange) {
            Headers requestHeaders = exchange.getRequestHeaders();
            Map<String, List<String>> headers = new HashMap<>(requestHeaders.size() * 2);
            requestHeaders.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            ApiResponse response;
            long declaredLength = declaredLength(headers);
            if (declaredLength > maxBodyBytes) {
                response = ApiResponse.of(413, "application/json",
                        "{\"message\":\"HTTP content length exceeded " + maxBodyBytes + " bytes.\"}");
            } else {
                byte[] body = readBody(exchange.getRequestBody(), declaredLength, maxBodyBytes);
                if (body == null) {
                    response = ApiResponse.of(413, "application/json",
                            "{\"message\":\"HTTP content length exceeded " + maxBodyBytes + " bytes.\"}");
                } else {
                    URI uri = exchange.getRequestURI();
                    String query = uri.getRawQuery();
                    ApiRequest request = new ApiRequest(exchange.getRequestMethod(), uri.getRawPath(),
                            query == null ? "" : query, headers, body);
                    response = handler.handle(request, receivedNanos);
                }
            }
            write(exchange, response);
        } catch (IOException e) {
            LOG.log(Level.FINE, "client went away", e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "request failed", e);
        }
    }

    private static long declaredLength(Map<String, List<String>> headers) {
        List<String> values = headers.get("content-length");
        if (values == null || values.isEmpty()) {
            return -1;
        }
        try {
            return Long.parseLong(values.getFirst().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The body, or null when it is longer than the limit. */
    private static byte[] readBody(InputStream in, long declaredLength, long maxBodyBytes) throws IOException {
        if (declaredLength >= 0) {
            return in.readNBytes((int) declaredLength);
        }
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        return body.length > maxBodyBytes ? null : body;
    }

    private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
        Headers responseHeaders = exchange.getResponseHeaders();
        response.headers().forEach(responseHeaders::set);
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops accepting requests and closes open connections. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
