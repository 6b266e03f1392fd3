package dev.slsbench.emulator.bench;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.emulator.metrics.MetricStore;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the emulator itself (not a test): invocations per second through the emulator with 32
 * concurrent {@link SageMakerRuntimeClient} callers on the built-in zero-delay {@code slsbench/echo}
 * image (MaxConcurrency 32, 6144 MB), and the latency the emulator adds: the client-observed p50
 * minus the p50 of the emulator's own ModelLatency for the same calls, at 1 and at 32 clients.
 *
 * <pre>{@code
 * mvn -B -ntp -q -pl emulator test-compile exec:java
 * }</pre>
 * Optional system properties: {@code bench.seconds} (measured seconds per phase, default 10),
 * {@code bench.warmupSeconds} (default 5), {@code bench.clients} (default 32),
 * {@code slsbench.emulator.httpThreads} ({@code virtual}, {@code cached} or a fixed pool size for the HTTP front).
 */
public final class EmulatorThroughputBenchmark {

    private static final String ENDPOINT = "bench-echo";
    private static final byte[] PAYLOAD = "1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0".getBytes();

    private EmulatorThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 10);
        int warmupSeconds = Integer.getInteger("bench.warmupSeconds", 5);
        int clients = Integer.getInteger("bench.clients", 32);
        ModelLatencyCapture capture = new ModelLatencyCapture();
        try (LocalSageMaker emulator = LocalSageMaker.start(EmulatorOptions.builder().metricStore(capture)
                .idleTimeout(Duration.ofMinutes(10)).build())) {
            StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"));
            try (SageMakerClient sageMaker = SageMakerClient.builder().endpointOverride(emulator.endpointUrl())
                    .region(Region.US_EAST_1).credentialsProvider(credentials).httpClientBuilder(ApacheHttpClient.builder()).build();
                 SageMakerRuntimeClient runtime = SageMakerRuntimeClient.builder().endpointOverride(emulator.endpointUrl())
                         .region(Region.US_EAST_1).credentialsProvider(credentials)
                         .httpClientBuilder(ApacheHttpClient.builder().maxConnections(clients * 2))
                         .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
                createEndpoint(sageMaker, clients);
                System.out.printf(Locale.ROOT, "slsbench emulator benchmark: slsbench/echo, 6144 MB, MaxConcurrency %d, %d cores, %s%n",
                        clients, Runtime.getRuntime().availableProcessors(),
                        "HTTP front threads: " + System.getProperty("slsbench.emulator.httpThreads", "cached"));
                runPhase(runtime, capture, 1, warmupSeconds, seconds);
                runPhase(runtime, capture, clients, warmupSeconds, seconds);
            }
        }
    }

    private static void createEndpoint(SageMakerClient sageMaker, int maxConcurrency) {
        sageMaker.createModel(model -> model.modelName(ENDPOINT).primaryContainer(container -> container.image("slsbench/echo")));
        sageMaker.createEndpointConfig(config -> config.endpointConfigName(ENDPOINT).productionVariants(ProductionVariant.builder()
                .variantName("AllTraffic").modelName(ENDPOINT)
                .serverlessConfig(serverless -> serverless.memorySizeInMB(6144).maxConcurrency(maxConcurrency)).build()));
        sageMaker.createEndpoint(endpoint -> endpoint.endpointName(ENDPOINT).endpointConfigName(ENDPOINT));
        sageMaker.waiter().waitUntilEndpointInService(request -> request.endpointName(ENDPOINT),
                waiter -> waiter.waitTimeout(Duration.ofMinutes(2)).maxAttempts(10_000)
                        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(50))));
    }

    private static void runPhase(SageMakerRuntimeClient runtime, ModelLatencyCapture capture, int clients, int warmupSeconds,
            int seconds) throws InterruptedException {
        Recorder clientLatency = new Recorder(3);
        AtomicLong failures = new AtomicLong();
        long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long measureEnd = warmupEnd + TimeUnit.SECONDS.toNanos(seconds);
        InvokeEndpointRequest request = InvokeEndpointRequest.builder().endpointName(ENDPOINT).contentType("text/csv")
                .body(SdkBytes.fromByteArray(PAYLOAD)).build();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            callers.add(Thread.ofPlatform().name("bench-client-" + i).start(() -> {
                while (true) {
                    long start = System.nanoTime();
                    if (start >= measureEnd) {
                        return;
                    }
                    boolean ok = true;
                    try {
                        runtime.invokeEndpoint(request);
                    } catch (RuntimeException e) {
                        ok = false;
                    }
                    long end = System.nanoTime();
                    if (start >= warmupEnd && end <= measureEnd) {
                        if (ok) {
                            clientLatency.recordValue(TimeUnit.NANOSECONDS.toMicros(end - start));
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                }
            }));
        }
        long sleepNanos = warmupEnd - System.nanoTime();
        TimeUnit.NANOSECONDS.sleep(sleepNanos);
        capture.start();
        clientLatency.reset();
        for (Thread caller : callers) {
            caller.join();
        }
        capture.stop();
        Histogram client = clientLatency.getIntervalHistogram();
        Histogram model = capture.modelLatency();
        Histogram overhead = capture.overheadLatency();
        double perSecond = (double) client.getTotalCount() / seconds;
        System.out.printf(Locale.ROOT, "%2d client(s): %,9.0f invocations/s over %d s (%d ok, %d failed)%n", clients, perSecond,
                seconds, client.getTotalCount(), failures.get());
        System.out.printf(Locale.ROOT, "    client latency     p50 %6d us  p90 %6d us  p99 %6d us%n",
                client.getValueAtPercentile(50), client.getValueAtPercentile(90), client.getValueAtPercentile(99));
        System.out.printf(Locale.ROOT, "    ModelLatency       p50 %6d us  p90 %6d us  p99 %6d us%n",
                model.getValueAtPercentile(50), model.getValueAtPercentile(90), model.getValueAtPercentile(99));
        System.out.printf(Locale.ROOT, "    OverheadLatency    p50 %6d us%n", overhead.getValueAtPercentile(50));
        System.out.printf(Locale.ROOT, "    added latency (client p50 - ModelLatency p50): %d us%n",
                client.getValueAtPercentile(50) - model.getValueAtPercentile(50));
    }

    /** Keeps the emulator's ModelLatency and OverheadLatency datapoints while a phase is measured. */
    private static final class ModelLatencyCapture implements MetricStore {

        private final Recorder model = new Recorder(3);
        private final Recorder overhead = new Recorder(3);
        private volatile boolean measuring;

        void start() {
            model.reset();
            overhead.reset();
            measuring = true;
        }

        void stop() {
            measuring = false;
        }

        Histogram modelLatency() {
            return model.getIntervalHistogram();
        }

        Histogram overheadLatency() {
            return overhead.getIntervalHistogram();
        }

        @Override
        public void put(String namespace, String metricName, Map<String, String> dimensions, double value, String unit,
                Instant timestamp) {
            if (!measuring) {
                return;
            }
            if (metricName.equals("ModelLatency")) {
                model.recordValue((long) value);
            } else if (metricName.equals("OverheadLatency")) {
                overhead.recordValue((long) value);
            }
        }
    }
}
