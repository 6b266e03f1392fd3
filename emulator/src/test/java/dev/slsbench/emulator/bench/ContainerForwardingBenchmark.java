package dev.slsbench.emulator.bench;

import dev.slsbench.emulator.container.EnforcementMode;
import dev.slsbench.emulator.container.ContainerConnection;
import dev.slsbench.emulator.container.ContainerProcess;
import dev.slsbench.emulator.container.ContainerSpec;
import dev.slsbench.emulator.container.ResourceGuard;
import dev.slsbench.emulator.images.BuiltInImage;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Compares the emulator's purpose-built keep-alive container connection with {@code java.net.http}
 * for forwarding one call at a time to a warm {@code slsbench/echo} container (not a test).
 *
 * <pre>{@code
 * mvn -B -ntp -q -pl emulator test-compile exec:java -Dexec.mainClass=dev.slsbench.emulator.bench.ContainerForwardingBenchmark
 * }</pre>
 */
public final class ContainerForwardingBenchmark {

    private static final int CALLS = 20_000;
    private static final byte[] PAYLOAD = "1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0".getBytes();

    private ContainerForwardingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ResourceGuard guard = ResourceGuard.create(EnforcementMode.NONE)) {
            ContainerProcess container = ContainerProcess.launch(new ContainerSpec("forwarding-bench", "bench", "AllTraffic",
                    "slsbench/echo", BuiltInImage.ECHO.command(), Map.of(), 6144), guard, null);
            try {
                container.awaitReady(TimeUnit.SECONDS.toNanos(30)).ifPresent(problem -> {
                    throw new IllegalStateException(problem);
                });
                ContainerConnection connection = container.connection();
                HttpClient httpClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + container.port() + "/invocations"))
                        .header("Content-Type", "text/csv").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(PAYLOAD)).build();
                for (int round = 0; round < 2; round++) {
                    Histogram socket = measure(() -> connection.exchange("POST", "/invocations", Map.of("Content-Type", "text/csv"),
                            PAYLOAD, TimeUnit.SECONDS.toNanos(60)));
                    Histogram javaNetHttp = measure(() -> httpClient.send(request, HttpResponse.BodyHandlers.ofByteArray()));
                    String label = round == 0 ? "warm-up " : "measured";
                    print(label + " purpose-built connection", socket);
                    print(label + " java.net.http          ", javaNetHttp);
                }
            } finally {
                container.stopAndWait(5_000);
            }
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static Histogram measure(Call call) throws Exception {
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            call.run();
            histogram.recordValue(System.nanoTime() - start);
        }
        return histogram;
    }

    private static void print(String label, Histogram nanos) {
        System.out.printf(Locale.ROOT, "%s: p50 %5.1f us  p90 %5.1f us  p99 %6.1f us  mean %5.1f us (%d calls)%n", label,
                nanos.getValueAtPercentile(50) / 1e3, nanos.getValueAtPercentile(90) / 1e3,
                nanos.getValueAtPercentile(99) / 1e3, nanos.getMean() / 1e3, nanos.getTotalCount());
    }
}
