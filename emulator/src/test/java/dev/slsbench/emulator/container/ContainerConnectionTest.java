package dev.slsbench.emulator.container;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The emulator's connection to a model server, against scripted servers that answer in each framing. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ContainerConnectionTest {

    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void readsContentLengthResponsesOnOneKeptAliveConnection() throws Exception {
        int port = serve(request -> "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nX-Amzn-SageMaker-Custom-Attributes: a=1\r\n"
                + "Content-Length: 5\r\n\r\nhello", 1);
        try (ContainerConnection connection = new ContainerConnection(port)) {
            ContainerResponse first = connection.exchange("POST", "/invocations", Map.of("Content-Type", "text/csv"),
                    "1,2".getBytes(StandardCharsets.UTF_8), TIMEOUT_NANOS);
            ContainerResponse second = connection.exchange("POST", "/invocations", Map.of(), new byte[0], TIMEOUT_NANOS);

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.contentType()).isEqualTo("text/csv");
            assertThat(first.customAttributes()).isEqualTo("a=1");
            assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
            assertThat(second.status()).isEqualTo(200);
        }
        assertThat(requestLines).containsExactly("POST /invocations HTTP/1.1", "POST /invocations HTTP/1.1");
    }

    @Test
    void readsChunkedResponses() throws Exception {
        int port = serve(request -> "HTTP/1.1 500 Internal Server Error\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4\r\nfail\r\n6;ext=1\r\ned now\r\n0\r\n\r\n", 1);
        try (ContainerConnection connection = new ContainerConnection(port)) {
            ContainerResponse response = connection.exchange("POST", "/invocations", Map.of(), new byte[0], TIMEOUT_NANOS);

            assertThat(response.status()).isEqualTo(500);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("failed now");
        }
    }

    @Test
    void readsResponsesThatEndWhenTheServerClosesAndReconnectsNextTime() throws Exception {
        int port = serve(request -> "HTTP/1.0 200 OK\r\n\r\nuntil close", 2);
        try (ContainerConnection connection = new ContainerConnection(port)) {
            ContainerResponse first = connection.exchange("GET", "/ping", Map.of(), new byte[0], TIMEOUT_NANOS);
            ContainerResponse second = connection.exchange("GET", "/ping", Map.of(), new byte[0], TIMEOUT_NANOS);

            assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("until close");
            assertThat(first.closeAfter()).isTrue();
            assertThat(second.status()).isEqualTo(200);
        }
    }

    @Test
    void resendsOnceWhenAKeptAliveConnectionWasClosedWhileIdle() throws Exception {
        int port = serveClosingAfterFirstResponse();
        try (ContainerConnection connection = new ContainerConnection(port)) {
            connection.exchange("GET", "/ping", Map.of(), new byte[0], TIMEOUT_NANOS);
            ContainerResponse afterIdleClose = connection.exchange("GET", "/ping", Map.of(), new byte[0], TIMEOUT_NANOS);

            assertThat(afterIdleClose.status()).isEqualTo(200);
        }
    }

    @Test
    void timesOutWhenTheServerDoesNotAnswer() throws Exception {
        int port = serve(request -> null, 1);
        try (ContainerConnection connection = new ContainerConnection(port)) {
            assertThatThrownBy(() -> connection.exchange("POST", "/invocations", Map.of(), new byte[0],
                    TimeUnit.MILLISECONDS.toNanos(200))).isInstanceOf(SocketTimeoutException.class);
        }
    }

    /** Serves {@code connections} connections; each request gets the scripted answer (null: no answer). */
    private int serve(Function<String, String> answer, int connections) throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            for (int i = 0; i < connections; i++) {
                try (Socket socket = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                    OutputStream out = socket.getOutputStream();
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        requestLines.add(line);
                        int length = 0;
                        for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                            if (header.toLowerCase().startsWith("content-length:")) {
                                length = Integer.parseInt(header.substring(15).trim());
                            }
                        }
                        in.skip(length);
                        String response = answer.apply(line);
                        if (response == null) {
                            socket.getInputStream().read();
                            break;
                        }
                        out.write(response.getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                        if (response.startsWith("HTTP/1.0")) {
                            break;
                        }
                    }
                } catch (IOException e) {
                    return;
                }
            }
        });
        return server.getLocalPort();
    }

    private int serveClosingAfterFirstResponse() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 2; i++) {
                try (Socket socket = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                    for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                        requestLines.add(header);
                    }
                    socket.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                } catch (IOException e) {
                    return;
                }
            }
        });
        return server.getLocalPort();
    }
}
