package dev.slsbench.bench;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.load.ClosedLoopSettings;
import dev.slsbench.load.ConcurrencyRunner;
import dev.slsbench.load.LoadListener;
import dev.slsbench.load.LoadTarget;
import dev.slsbench.load.StabilityRunner;
import dev.slsbench.output.RawResultsCsvWriter;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.EndpointShape;
import dev.slsbench.plan.Phase;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.provision.AwsClients;
import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.ProvisioningListener;
import dev.slsbench.provision.Teardown;
import dev.slsbench.record.RecordedConfiguration;
import dev.slsbench.stats.LatencyHistograms;
import org.HdrHistogram.Histogram;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures the harness, not an endpoint, on the emulator's zero-delay {@code slsbench/echo}:
 * <ol>
 *   <li>overhead per call: the client-observed latency minus the emulator's own ModelLatency +
 *       OverheadLatency for the same call (one sequential client, an in-process emulator whose
 *       metric store hands over every call's figures in order), p50 and p99, after a 15-second
 *       warm-up; then the same for a {@link RawInvokeClient} (no SDK, no recording), the floor that
 *       loopback and the emulator's HTTP front set, and the harness's share above it;</li>
 *   <li>heap used (after {@code System.gc()}) once 10,000 and once 1,000,000 calls of one
 *       configuration have been recorded and streamed to its raw CSV, with the emulator in a
 *       child JVM so that only the harness's heap is counted;</li>
 *   <li>calls per second with 64 clients against MaxConcurrency 64, over the same run after its
 *       first 10,000 calls.</li>
 * </ol>
 * Run from the repository root (one line; the exec plugin is skipped in the other modules):
 * <pre>
 * mvn -B -ntp -q -pl framework -am test-compile exec:exec@harness-overhead -Dexec.skip=true -Dexec.executable=java
 * </pre>
 * or with other counts: {@code java -cp <test classpath> dev.slsbench.bench.HarnessOverheadBenchmark
 * OVERHEAD_CALLS HEAP_CALLS CLIENTS}.
 */
public final class HarnessOverheadBenchmark {

    private static final Payloads PAYLOAD = Payloads.of(Invocation.of("1,2,3,4,5", "text/csv"));
    /** Sequential calls before the overhead is measured: the JIT needs seconds to compile the SDK's call path. */
    private static final Duration WARM_UP = Duration.ofSeconds(15);

    private HarnessOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int overheadCalls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int heapCalls = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        Path work = Files.createTempDirectory("slsbench-bench");
        System.out.printf(Locale.ROOT, "slsbench harness benchmark: %d overhead calls, %d heap calls, %d clients; "
                + "%d processors; java %s%n", overheadCalls, heapCalls, clients,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try {
            overhead(overheadCalls);
            heapAndThroughput(heapCalls, clients, work);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static void overhead(int calls) throws Exception {
        PerCallLatencyStore store = new PerCallLatencyStore(calls);
        try (LocalSageMaker emulator = LocalSageMaker.start(EmulatorOptions.builder().metricStore(store).build());
             AwsClients aws = AwsClients.create(BenchEndpoints.target(emulator.endpointUrl()), 4);
             Teardown teardown = new Teardown(aws.sageMaker(), new ProvisioningListener() { })) {
            DeployedEndpoint endpoint = BenchEndpoints.deployEcho(aws, BenchEndpoints.target(emulator.endpointUrl()),
                    teardown, new EndpointShape(6144, 1));
            StabilityConfiguration configuration = new StabilityConfiguration(6144);
            LoadTarget target = new LoadTarget(configuration, endpoint.endpointName());
            long warmUpEnd = System.nanoTime() + WARM_UP.toNanos();
            while (System.nanoTime() < warmUpEnd) {
                new StabilityRunner(aws.runtime(), PAYLOAD, new ClosedLoopSettings(2_000, 0, Duration.ZERO, Duration.ZERO),
                        new LoadListener() { }).run(List.of(target), (c, r) -> { });
            }
            long[] clientNanos = new long[calls];
            store.startRecording();
            RecordedConfiguration recorded = new StabilityRunner(aws.runtime(), PAYLOAD,
                    new ClosedLoopSettings(calls, 0, Duration.ZERO, Duration.ZERO), new LoadListener() { })
                    .run(List.of(target), (c, r) -> clientNanos[(int) r.sequence()] = r.latencyNanos()).getFirst();
            if (recorded.outcomes().ok() != calls) {
                throw new IllegalStateException("expected " + calls + " successful calls, got " + recorded.outcomes());
            }
            store.stopRecording();
            Histogram harness = overheadOf(clientNanos, store);
            printOverhead("overhead per call (client latency - ModelLatency - OverheadLatency)", calls, harness);

            Invocation example = PAYLOAD.get(0);
            try (RawInvokeClient raw = new RawInvokeClient(emulator.endpointUrl(), endpoint.endpointName(),
                    example.contentType(), example.body())) {
                warmUpEnd = System.nanoTime() + WARM_UP.toNanos();
                while (System.nanoTime() < warmUpEnd) {
                    raw.call();
                }
                store.startRecording();
                for (int i = 0; i < calls; i++) {
                    long start = System.nanoTime();
                    int status = raw.call();
                    clientNanos[i] = System.nanoTime() - start;
                    if (status != 200) {
                        throw new IllegalStateException("raw call " + i + " answered " + status);
                    }
                }
            }
            Histogram floor = overheadOf(clientNanos, store);
            printOverhead("wire floor (a raw keep-alive HTTP/1.1 socket, no SDK: loopback + the emulator's HTTP front)",
                    calls, floor);
            System.out.printf(Locale.ROOT, "harness above the wire floor: p50 %.3f ms, p99 %.3f ms%n",
                    (harness.getValueAtPercentile(50) - floor.getValueAtPercentile(50)) / 1e6,
                    (harness.getValueAtPercentile(99) - floor.getValueAtPercentile(99)) / 1e6);
        }
    }

    /** Each call's client latency minus the emulator's own figures for it (negative ones counted as 0). */
    private static Histogram overheadOf(long[] clientNanos, PerCallLatencyStore store) {
        if (store.count() != clientNanos.length) {
            throw new IllegalStateException("expected " + clientNanos.length + " calls with metrics, got "
                    + store.count() + " metric pairs");
        }
        Histogram overhead = LatencyHistograms.newHistogram();
        for (int i = 0; i < clientNanos.length; i++) {
            overhead.recordValue(Math.max(0, clientNanos[i] - store.emulatorNanos(i)));
        }
        return overhead;
    }

    private static void printOverhead(String what, int calls, Histogram overhead) {
        System.out.printf(Locale.ROOT, "%s, %d sequential calls: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", what, calls,
                overhead.getValueAtPercentile(50) / 1e6, overhead.getValueAtPercentile(99) / 1e6,
                overhead.getMaxValue() / 1e6);
    }

    private static void heapAndThroughput(int calls, int clients, Path work) throws Exception {
        try (ChildEmulator emulator = ChildEmulator.start(work.resolve("emulator.log"));
             AwsClients aws = AwsClients.create(BenchEndpoints.target(emulator.endpointUrl()), clients);
             Teardown teardown = new Teardown(aws.sageMaker(), new ProvisioningListener() { })) {
            DeployedEndpoint endpoint = BenchEndpoints.deployEcho(aws, BenchEndpoints.target(emulator.endpointUrl()), teardown,
                    new EndpointShape(6144, clients));
            ConcurrencyConfiguration configuration = new ConcurrencyConfiguration(6144, clients, clients);
            HeapProbe probe = new HeapProbe(Math.min(10_000, calls), calls);
            try (RawResultsCsvWriter raw = RawResultsCsvWriter.open(Phase.CONCURRENCY, work.resolve("raw.csv"))) {
                RecordedConfiguration recorded = new ConcurrencyRunner(aws.runtime(), PAYLOAD,
                        new ClosedLoopSettings(calls, 0, Duration.ZERO, Duration.ZERO), probe)
                        .run(List.of(new LoadTarget(configuration, endpoint.endpointName())), raw::append).getFirst();
                System.out.printf(Locale.ROOT, "%d calls with %d clients: %s; raw CSV %d rows, %d MB%n",
                        recorded.issued(), clients, recorded.outcomes(), raw.rows(), Files.size(work.resolve("raw.csv")) >> 20);
            }
            probe.report();
        }
    }

    /** Heap used after a full GC when the configuration passes two call counts, and the rate between them. */
    private static final class HeapProbe implements LoadListener {
        private final long early;
        private final long late;
        private final AtomicBoolean earlyTaken = new AtomicBoolean();
        private final AtomicBoolean lateTaken = new AtomicBoolean();
        private volatile long earlyHeap;
        private volatile long lateHeap;
        private volatile long earlyNanos;
        private volatile long lateNanos;
        private volatile long earlyDone;
        private volatile long lateDone;

        HeapProbe(long early, long late) {
            this.early = early;
            this.late = late;
        }

        @Override
        public void progress(BenchmarkConfiguration configuration, long done, long planned) {
            if (done >= early && earlyTaken.compareAndSet(false, true)) {
                earlyDone = done;
                earlyHeap = usedHeapAfterGc();
                earlyNanos = System.nanoTime();
            } else if (done >= late && lateTaken.compareAndSet(false, true)) {
                lateNanos = System.nanoTime();
                lateDone = done;
                lateHeap = usedHeapAfterGc();
            }
        }

        void report() {
            double seconds = (lateNanos - earlyNanos) / 1e9;
            System.out.printf(Locale.ROOT, "heap used after GC: %.1f MB after %d calls, %.1f MB after %d calls "
                            + "(growth %.1f MB)%n", earlyHeap / 1048576.0, earlyDone, lateHeap / 1048576.0, lateDone,
                    (lateHeap - earlyHeap) / 1048576.0);
            System.out.printf(Locale.ROOT, "throughput: %.0f calls/s (calls %d to %d in %.1f s)%n",
                    (lateDone - earlyDone) / seconds, earlyDone, lateDone, seconds);
        }

        private static long usedHeapAfterGc() {
            System.gc();
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
