package dev.slsbench.examples.container;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An HTTP server for the SageMaker container contract on the JDK's {@code HttpServer}:
 * {@code GET /ping} answers 200 (a server is started once its model is loaded, so listening means
 * ready) and {@code POST /invocations} goes to the model's {@link InvocationHandler}. It binds
 * loopback on the port SageMaker (and the slsbench emulator) passes in {@code SAGEMAKER_BIND_TO_PORT},
 * 8080 when unset. Bodies over {@value #MAX_BODY_BYTES} bytes are refused with 413, above
 * SageMaker's own limits.
 */
public final class ContainerServer implements AutoCloseable {

    /** The port a SageMaker container listens on unless {@code SAGEMAKER_BIND_TO_PORT} says otherwise. */
    public static final int DEFAULT_PORT = 8080;
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ContainerServer.class.getName());
    private static final int WORKER_THREADS = 4;

    private final HttpServer server;
    private final ExecutorService workers;
    private final InvocationHandler handler;

    private ContainerServer(HttpServer server, ExecutorService workers, InvocationHandler handler) {
        this.server = server;
        this.workers = workers;
        this.handler = handler;
    }

    /**
     * Starts serving on loopback.
     *
     * @param port the port, 0 for any free one
     */
    public static ContainerServer start(int port, InvocationHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS, Thread.ofPlatform()
                .name("container-worker-", 0).daemon(false).factory());
        ContainerServer container = new ContainerServer(server, workers, handler);
        server.createContext("/", container::handle);
        server.setExecutor(workers);
        server.start();
        return container;
    }

    /** The port from {@code SAGEMAKER_BIND_TO_PORT}, else {@value #DEFAULT_PORT}. */
    public static int portFromEnvironment() {
        String value = System.getenv("SAGEMAKER_BIND_TO_PORT");
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SAGEMAKER_BIND_TO_PORT must be a port number, got: " + value, e);
        }
    }

    /**
     * Checks a container's arguments: nothing or the single word {@code serve}, which is how
     * SageMaker (and the emulator) starts an inference container, after any options the command
     * line gave. Exits with status 2 and a usage line otherwise.
     */
    public static void requireServeArgument(String[] remainingArgs, String usage, PrintStream err) {
        if (remainingArgs.length > 1 || (remainingArgs.length == 1 && !"serve".equals(remainingArgs[0]))) {
            err.println("usage: " + usage + " [serve]; got: " + String.join(" ", remainingArgs));
            System.exit(2);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            InvocationResponse response;
            if ("/ping".equals(path)) {
                response = "GET".equals(method) ? InvocationResponse.ok("text/plain", "")
                        : methodNotAllowed(exchange, "GET");
            } else if ("/invocations".equals(path)) {
                response = "POST".equals(method) ? invoke(exchange) : methodNotAllowed(exchange, "POST");
            } else {
                response = InvocationResponse.error(404, "no such path: " + path + " (a SageMaker container serves /ping and /invocations)");
            }
            send(exchange, response);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "request failed", e);
            throw e;
        }
    }

    private InvocationResponse invoke(HttpExchange exchange) throws IOException {
        Optional<byte[]> body = readBody(exchange.getRequestBody());
        if (body.isEmpty()) {
            return InvocationResponse.error(413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        InvocationRequest request = new InvocationRequest(
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")),
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Accept")), body.get());
        try {
            return handler.invoke(request);
        } catch (InvalidInputException e) {
            return InvocationResponse.error(e.status(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the model failed", e);
            return InvocationResponse.error(500, "the model failed: " + e);
        }
    }

    private static InvocationResponse methodNotAllowed(HttpExchange exchange, String allowed) {
        exchange.getResponseHeaders().set("Allow", allowed);
        return InvocationResponse.error(405, exchange.getRequestMethod() + " is not allowed here; use " + allowed);
    }

    private static Optional<byte[]> readBody(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            body.write(buffer, 0, read);
            if (body.size() > MAX_BODY_BYTES) {
                in.transferTo(OutputStream.nullOutputStream());
                return Optional.empty();
            }
        }
        return Optional.of(body.toByteArray());
    }

    private static void send(HttpExchange exchange, InvocationResponse response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops accepting calls and lets the one in flight finish. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
    }
}
