package dev.slsbench.emulator.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

/**
 * Prints what {@link InMemoryMetricStore#put} costs: nanoseconds per put on one thread and on
 * several at once (the runtime's pattern: five metrics per invocation for one endpoint), and
 * heap bytes per busy second of a latency metric. A benchmark, not a test: it asserts nothing.
 *
 * <p>Run after {@code mvn -pl emulator test-compile}:
 * {@code java -cp emulator/target/classes:emulator/target/test-classes:$HDR_JAR
 * dev.slsbench.emulator.metrics.MetricStorePutBenchmark}
 */
public final class MetricStorePutBenchmark {

    private static final String[] METRICS = {"Invocations", "ModelLatency", "OverheadLatency", "Invocation4XXErrors",
        "Invocation5XXErrors"};
    private static final String[] UNITS = {"Count", "Microseconds", "Microseconds", "Count", "Count"};

    private MetricStorePutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (int threads : new int[] {1, 2, 4}) {
            putRate(threads, Duration.ofSeconds(2));
            double nanosPerPut = putRate(threads, Duration.ofSeconds(4));
            System.out.printf("put, %d thread(s): %.0f ns per put per thread (%.0f puts/s in all)%n", threads,
                    nanosPerPut, threads * 1e9 / nanosPerPut);
        }
        heapPerBusySecond(5_000, 300);
        heapPerBusySecond(50, 300);
    }

    private static double putRate(int threads, Duration duration) throws InterruptedException {
        InMemoryMetricStore store = new InMemoryMetricStore();
        CountDownLatch start = new CountDownLatch(1);
        LongAdder puts = new LongAdder();
        LongAdder nanos = new LongAdder();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = Thread.ofPlatform().start(() -> {
                SplittableRandom random = new SplittableRandom();
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long began = System.nanoTime();
                long deadline = began + duration.toNanos();
                long count = 0;
                while (System.nanoTime() < deadline) {
                    for (int batch = 0; batch < 100; batch++) {
                        Map<String, String> dimensions = Map.of("EndpointName", "churn", "VariantName", "AllTraffic");
                        Instant now = Instant.now();
                        for (int m = 0; m < METRICS.length; m++) {
                            double value = m == 1 || m == 2 ? 200 + random.nextInt(5_000) : 1;
                            store.put(MetricStore.SAGEMAKER_NAMESPACE, METRICS[m], dimensions, value, UNITS[m], now);
                        }
                        count += METRICS.length;
                    }
                }
                nanos.add(System.nanoTime() - began);
                puts.add(count);
            });
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        return (double) nanos.sum() / puts.sum();
    }

    private static void heapPerBusySecond(int valuesPerSecond, int seconds) {
        Instant t0 = Instant.parse("2025-06-01T12:00:00Z");
        InMemoryMetricStore store = new InMemoryMetricStore(Clock.fixed(t0.plusSeconds(seconds), java.time.ZoneOffset.UTC),
                Duration.ofHours(3));
        SplittableRandom random = new SplittableRandom(1);
        long before = usedHeap();
        for (int s = 0; s < seconds; s++) {
            for (int i = 0; i < valuesPerSecond; i++) {
                double latencyMicros = Math.exp(7 + random.nextDouble() * 2 + random.nextDouble() * random.nextDouble() * 3);
                store.put(MetricStore.SAGEMAKER_NAMESPACE, "ModelLatency", Map.of("EndpointName", "churn"), latencyMicros,
                        "Microseconds", t0.plusSeconds(s).plusNanos(i));
            }
        }
        long after = usedHeap();
        System.out.printf("heap: %d bytes per second holding %d ModelLatency values (%d seconds kept)%n",
                (after - before) / seconds, valuesPerSecond, store.statistics(
                        MetricId.of(MetricStore.SAGEMAKER_NAMESPACE, "ModelLatency", Map.of("EndpointName", "churn")), t0,
                        t0.plusSeconds(seconds), Duration.ofSeconds(1), java.util.Optional.empty()).size());
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
