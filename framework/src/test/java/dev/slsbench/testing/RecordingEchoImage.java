package dev.slsbench.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;

/**
 * A test model image following the SageMaker container contract: answers {@code GET /ping} and
 * echoes {@code POST /invocations}, appending each request body as one line to
 * {@code <SLSBENCH_RECORD_DIR>/<container id>.log}. A test so learns, from the model's side, which
 * examples each endpoint received and how often.
 */
public final class RecordingEchoImage {

    private RecordingEchoImage() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getenv().getOrDefault("SAGEMAKER_BIND_TO_PORT", "8080"));
        Path log = Path.of(System.getenv("SLSBENCH_RECORD_DIR"))
                .resolve(System.getenv().getOrDefault("SLSBENCH_CONTAINER_ID", "container") + ".log");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/ping", exchange -> answer(exchange, new byte[0]));
        server.createContext("/invocations", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            synchronized (RecordingEchoImage.class) {
                Files.writeString(log, new String(body, StandardCharsets.UTF_8) + "\n", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            answer(exchange, body);
        });
        server.start();
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
