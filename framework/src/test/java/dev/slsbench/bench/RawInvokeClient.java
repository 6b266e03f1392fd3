package dev.slsbench.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The least a client can do for one InvokeEndpoint call: a pre-built, unsigned HTTP/1.1 request
 * written to one keep-alive socket and the answer read back, with no SDK, no signing and no
 * recording. Its latency over the emulator's own ModelLatency + OverheadLatency is the wire's and
 * the emulator's HTTP front's share (loopback, thread hand-offs), which no harness can avoid;
 * whatever slsbench adds above it is the harness's own.
 */
final class RawInvokeClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] request;

    RawInvokeClient(URI emulator, String endpointName, String contentType, byte[] body) throws IOException {
        socket = new Socket(emulator.getHost(), emulator.getPort());
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream());
        byte[] head = ("POST /endpoints/" + endpointName + "/invocations HTTP/1.1\r\n"
                + "Host: " + emulator.getHost() + ":" + emulator.getPort() + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
    }

    /** Makes one call and returns its HTTP status. */
    int call() throws IOException {
        out.write(request);
        out.flush();
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = 0;
        for (String header = line(); !header.isEmpty(); header = line()) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring("content-length:".length()).trim());
            }
        }
        if (in.readNBytes(length).length != length) {
            throw new IOException("connection closed in a response body");
        }
        return status;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed in a response head");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
