package dev.slsbench.emulator.container;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One persistent HTTP/1.1 connection from the emulator to a container's model server. Purpose-built
 * rather than {@code java.net.http}: a container serves one request at a time, so a blocking
 * socket with a reused buffer and no per-call futures keeps the forwarding cost at a few
 * microseconds. Understands Content-Length, chunked and read-until-close responses; reconnects once
 * when a reused connection turns out to have been closed by the server while idle. Not
 * thread-safe: the fleet hands a container to one caller at a time.
 */
public final class ContainerConnection implements Closeable {

    private static final int BUFFER_BYTES = 16 * 1024;
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    private final int port;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int exchangesOnSocket;

    public ContainerConnection(int port) {
        this.port = port;
    }

    /**
     * Sends one request and reads the whole response.
     *
     * @param headers extra request headers (Content-Length and Host are added)
     * @param timeoutNanos the longest the exchange may take, from now
     * @throws SocketTimeoutException when the container did not answer in time
     * @throws IOException when the container closed the connection or could not be reached
     */
    public ContainerResponse exchange(String method, String path, Map<String, String> headers, byte[] body,
            long timeoutNanos) throws IOException {
        long deadlineNanos = System.nanoTime() + timeoutNanos;
        boolean reused = socket != null && exchangesOnSocket > 0;
        try {
            return exchangeOnce(method, path, headers, body, deadlineNanos);
        } catch (StaleConnectionException e) {
            closeQuietly();
            if (!reused) {
                throw e;
            }
            return exchangeOnce(method, path, headers, body, deadlineNanos);
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    private ContainerResponse exchangeOnce(String method, String path, Map<String, String> headers, byte[] body,
            long deadlineNanos) throws IOException {
        ensureConnected();
        try {
            writeRequest(method, path, headers, body);
        } catch (IOException e) {
            throw new StaleConnectionException();
        }
        exchangesOnSocket++;
        ContainerResponse response = readResponse(deadlineNanos);
        if (response.closeAfter()) {
            closeQuietly();
        }
        return response;
    }

    private void ensureConnected() throws IOException {
        if (socket != null) {
            return;
        }
        Socket fresh = new Socket();
        try {
            fresh.setTcpNoDelay(true);
            fresh.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            fresh.close();
            throw e;
        }
        socket = fresh;
        in = fresh.getInputStream();
        out = fresh.getOutputStream();
        position = 0;
        limit = 0;
        exchangesOnSocket = 0;
    }

    private void writeRequest(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(256)
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (headBytes.length + body.length <= BUFFER_BYTES * 4) {
            byte[] packet = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, packet, 0, headBytes.length);
            System.arraycopy(body, 0, packet, headBytes.length, body.length);
            out.write(packet);
        } else {
            out.write(headBytes);
            out.write(body);
        }
        out.flush();
    }

    private ContainerResponse readResponse(long deadlineNanos) throws IOException {
        String statusLine = readLine(deadlineNanos, true);
        int firstSpace = statusLine.indexOf(' ');
        if (!statusLine.startsWith("HTTP/1.") || firstSpace < 0 || statusLine.length() < firstSpace + 4) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(firstSpace + 1, firstSpace + 4));
        String contentType = null;
        String customAttributes = null;
        long contentLength = -1;
        boolean chunked = false;
        boolean close = statusLine.startsWith("HTTP/1.0");
        for (String line = readLine(deadlineNanos, false); !line.isEmpty(); line = readLine(deadlineNanos, false)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Content-Type")) {
                contentType = value;
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                close = value.equalsIgnoreCase("close");
            } else if (name.equalsIgnoreCase("X-Amzn-SageMaker-Custom-Attributes")) {
                customAttributes = value;
            }
        }
        byte[] body;
        if (chunked) {
            body = readChunkedBody(deadlineNanos);
        } else if (contentLength >= 0) {
            body = readExactly(Math.toIntExact(contentLength), deadlineNanos);
        } else {
            body = readToEnd(deadlineNanos);
            close = true;
        }
        return new ContainerResponse(status, contentType, customAttributes, body, close);
    }

    private byte[] readChunkedBody(long deadlineNanos) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(deadlineNanos, false);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
            if (size == 0) {
                while (!readLine(deadlineNanos, false).isEmpty()) {
                    // trailers are ignored
                }
                return body.toByteArray();
            }
            body.write(readExactly(size, deadlineNanos));
            readLine(deadlineNanos, false);
        }
    }

    private byte[] readExactly(int length, long deadlineNanos) throws IOException {
        byte[] result = new byte[length];
        int filled = Math.min(length, limit - position);
        System.arraycopy(buffer, position, result, 0, filled);
        position += filled;
        while (filled < length) {
            setTimeout(deadlineNanos);
            int read = in.read(result, filled, length - filled);
            if (read < 0) {
                throw new EOFException("container closed the connection after " + filled + " of " + length + " body bytes");
            }
            filled += read;
        }
        return result;
    }

    private byte[] readToEnd(long deadlineNanos) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(buffer, position, limit - position);
        position = limit;
        byte[] chunk = new byte[BUFFER_BYTES];
        while (true) {
            setTimeout(deadlineNanos);
            int read = in.read(chunk);
            if (read < 0) {
                return body.toByteArray();
            }
            body.write(chunk, 0, read);
        }
    }

    private String readLine(long deadlineNanos, boolean firstOfResponse) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            if (position == limit && !fill(deadlineNanos)) {
                if (firstOfResponse && line.isEmpty()) {
                    throw new StaleConnectionException();
                }
                throw new EOFException("container closed the connection inside the response head");
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() > BUFFER_BYTES) {
                throw new IOException("response header line too long");
            }
            line.append((char) (b & 0xff));
        }
    }

    private boolean fill(long deadlineNanos) throws IOException {
        setTimeout(deadlineNanos);
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private void setTimeout(long deadlineNanos) throws IOException {
        long remainingMillis = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (remainingMillis <= 0) {
            throw new SocketTimeoutException("the container did not answer in time");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
    }

    private void closeQuietly() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // already broken
            }
            socket = null;
            in = null;
            out = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    /** The server had closed the connection before the request went out or before any byte of the answer. */
    private static final class StaleConnectionException extends EOFException {
        StaleConnectionException() {
            super("container closed the connection before answering");
        }
    }
}
