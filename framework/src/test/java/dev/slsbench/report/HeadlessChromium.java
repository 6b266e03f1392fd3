package dev.slsbench.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium started for one test, with its DevTools endpoint: launched with a fresh
 * profile, remote debugging on a free loopback port (read from the "DevTools listening on" line
 * it prints), background networking, updates and sync off. {@link #close()} stops the browser
 * and every process it started.
 */
final class HeadlessChromium implements AutoCloseable {

    /** Where Debian's {@code chromium} package installs the browser; {@code CHROMIUM} overrides it. */
    static final Path DEFAULT_BINARY = Path.of("/usr/bin/chromium");
    private static final Pattern DEVTOOLS_URL = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final URI browserWebSocket;

    private HeadlessChromium(Process process, URI browserWebSocket) {
        this.process = process;
        this.browserWebSocket = browserWebSocket;
    }

    /** The browser binary, when one is installed. */
    static Optional<Path> binary() {
        Path binary = Optional.ofNullable(System.getenv("CHROMIUM")).map(Path::of).orElse(DEFAULT_BINARY);
        return Files.isExecutable(binary) ? Optional.of(binary) : Optional.empty();
    }

    /** Starts the browser with {@code profile} as its (fresh) user-data directory. */
    static HeadlessChromium launch(Path binary, Path profile) throws Exception {
        Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<URI> url = new CompletableFuture<>();
        Thread stderr = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    Matcher m = DEVTOOLS_URL.matcher(line);
                    if (m.find()) {
                        url.complete(URI.create(m.group(1)));
                    }
                }
                url.completeExceptionally(new IOException("chromium exited without a DevTools URL"));
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
        }, "chromium-stderr");
        stderr.setDaemon(true);
        stderr.start();
        try {
            return new HeadlessChromium(process, url.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            stop(process);
            throw e;
        }
    }

    /** The browser-level DevTools WebSocket URL. */
    URI browserWebSocket() {
        return browserWebSocket;
    }

    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
