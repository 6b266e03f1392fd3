package dev.slsbench.emulator.images;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A small blocking HTTP/1.1 server implementing the SageMaker container contract for the built-in
 * images: {@code GET /ping} answers 200 once the server is up, {@code POST /invocations} calls the
 * image's handler. It binds loopback on {@code SAGEMAKER_BIND_TO_PORT} (8080 when unset), keeps
 * connections alive and serves each connection on its own thread. JDK only, because built-in images
 * run with nothing but the emulator's own classes on their class path.
 */
final class ContainerHttpServer {

    /** One request as the handler sees it; header names are lower case. */
    record Request(String method, String path, Map<String, String> headers, byte[] body) {

        String header(String lowerCaseName, String fallback) {
            return headers.getOrDefault(lowerCaseName, fallback);
        }
    }

    /** One response; {@code headers} may be empty. */
    record Response(int status, String contentType, Map<String, String> headers, byte[] body) {

        static Response of(int status, String contentType, byte[] body) {
            return new Response(status, contentType, Map.of(), body);
        }

        static Response text(int status, String text) {
            return of(status, "text/plain", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What an image does with {@code POST /invocations}. */
    interface Handler {
        Response invoke(Request request) throws Exception;
    }

    private static final int MAX_HEADER_LINE_BYTES = 16 * 1024;

    private final Handler handler;

    private ContainerHttpServer(Handler handler) {
        this.handler = handler;
    }

    /**
     * Sleeps {@code SLSBENCH_STARTUP_DELAY_MS} (if set), then serves until the process is killed.
     * Requires {@code serve} as the only argument, like a SageMaker container entry point.
     */
    static void serve(String[] args, Handler handler) throws IOException, InterruptedException {
        if (args.length != 1 || !"serve".equals(args[0])) {
            System.err.println("usage: <image> serve (got " + String.join(" ", args) + ")");
            System.exit(2);
        }
        long startupDelayMillis = longEnv("SLSBENCH_STARTUP_DELAY_MS", 0);
        if (startupDelayMillis > 0) {
            Thread.sleep(startupDelayMillis);
        }
        int port = (int) longEnv("SAGEMAKER_BIND_TO_PORT", 8080);
        new ContainerHttpServer(handler).run(port);
    }

    static long longEnv(String name, long fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            System.err.println(name + " is not a number: " + value);
            System.exit(2);
            return fallback;
        }
    }

    private void run(int port) throws IOException {
        try (ServerSocket server = new ServerSocket(port, 128, InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket socket = server.accept();
                Thread.ofPlatform().daemon().name("conn-" + socket.getPort()).start(() -> serveConnection(socket));
            }
        }
    }

    private void serveConnection(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            while (true) {
                Request request = readRequest(in);
                if (request == null) {
                    return;
                }
                Response response = dispatch(request);
                writeResponse(out, response);
                if ("close".equalsIgnoreCase(request.header("connection", ""))) {
                    return;
                }
            }
        } catch (IOException e) {
            // the peer went away; nothing to answer
        }
    }

    private Response dispatch(Request request) {
        if ("/ping".equals(request.path()) && "GET".equals(request.method())) {
            return Response.of(200, "application/json", "{}".getBytes(StandardCharsets.US_ASCII));
        }
        if ("/invocations".equals(request.path()) && "POST".equals(request.method())) {
            try {
                return handler.invoke(request);
            } catch (Exception e) {
                return Response.text(500, "invocation failed: " + e);
            }
        }
        return Response.text(404, "no route for " + request.method() + " " + request.path());
    }

    private static Request readRequest(InputStream in) throws IOException {
        String requestLine = readLine(in);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ", 3);
        if (parts.length < 2) {
            throw new IOException("bad request line: " + requestLine);
        }
        Map<String, String> headers = new HashMap<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        String path = parts[1];
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunked(in);
        } else {
            body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0").trim()));
        }
        return new Request(parts[0], path, headers, body);
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                throw new EOFException("chunked body ended early");
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
            if (size == 0) {
                for (String trailer = readLine(in); trailer != null && !trailer.isEmpty(); trailer = readLine(in)) {
                    // trailers are ignored
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            readLine(in);
        }
    }

    /** Reads one CRLF- (or LF-) terminated line as ISO-8859-1; null at end of stream before any byte. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() >= MAX_HEADER_LINE_BYTES) {
                throw new IOException("header line too long");
            }
            line.append((char) b);
        }
        if (line.isEmpty()) {
            return null;
        }
        throw new EOFException("connection closed inside a line");
    }

    private static void writeResponse(OutputStream out, Response response) throws IOException {
        StringBuilder head = new StringBuilder(128)
                .append("HTTP/1.1 ").append(response.status()).append(' ').append(reason(response.status())).append("\r\n")
                .append("Content-Type: ").append(response.contentType()).append("\r\n")
                .append("Content-Length: ").append(response.body().length).append("\r\n");
        response.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(response.body());
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            default -> "Status";
        };
    }
}
