package dev.slsbench.examples;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An example container started as the emulator starts it (its command, {@code serve}, and
 * {@code SAGEMAKER_BIND_TO_PORT}), for tests of the container contract over real HTTP without
 * an emulator in between.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final URI baseUri;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    /** Starts {@code image}'s command and waits until {@code /ping} answers 200. */
    public static ServerProcess start(String image, Map<String, String> environment, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(ExampleImages.command(image));
        command.add("serve");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("SAGEMAKER_BIND_TO_PORT", Integer.toString(port));
        ServerProcess server = new ServerProcess(builder.start(), URI.create("http://127.0.0.1:" + port));
        try {
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                    .failFast("the server process ended", () -> !server.process.isAlive())
                    .until(server::answersPing);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public HttpResponse<String> send(String method, String path, String contentType, String accept, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> invoke(String contentType, String accept, String body) throws IOException, InterruptedException {
        return send("POST", "/invocations", contentType, accept, body);
    }

    private boolean answersPing() throws InterruptedException {
        try {
            return send("GET", "/ping", null, null, null).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.close();
    }
}
