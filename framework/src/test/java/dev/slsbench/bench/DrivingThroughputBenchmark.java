package dev.slsbench.bench;

import dev.slsbench.load.ClosedLoopSettings;
import dev.slsbench.load.ConcurrencyRunner;
import dev.slsbench.load.LoadListener;
import dev.slsbench.load.LoadTarget;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.EndpointShape;
import dev.slsbench.provision.AwsClients;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.ProvisioningListener;
import dev.slsbench.provision.Teardown;
import dev.slsbench.record.RecordedConfiguration;
import org.HdrHistogram.Histogram;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast the harness drives an endpoint compared with what the wire allows: against one
 * {@code slsbench/echo} endpoint (6144 MB, MaxConcurrency the most clients asked for) of an emulator in its own JVM,
 * Debian's {@code wrk} ({@code -t2 -cN}, plain POSTs of the same body) and then slsbench's
 * concurrency runner (the real SDK call path, recording included) with the same number of
 * clients, back to back, at 8 and at 64 clients. Prints requests/s, latency p50/p99 and the
 * slsbench/wrk ratio of answered calls per second (refused ones, e.g. throttles, left out of both).
 * Without {@code wrk} on the PATH only slsbench's figures are printed.
 *
 * <p>{@code java -cp <framework test classpath> dev.slsbench.bench.DrivingThroughputBenchmark [SECONDS [CLIENTS...]]}
 * (default 5 s, 8 and 64 clients); {@code bench/run} runs it.
 */
public final class DrivingThroughputBenchmark {

    private static final String BODY = "1,2,3,4,5";
    private static final Payloads PAYLOAD = Payloads.of(Invocation.of(BODY, "text/csv"));
    private static final Duration MIN_WARM_UP = Duration.ofSeconds(15);

    private DrivingThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Integer> clientCounts = args.length > 1
                ? List.of(args).subList(1, args.length).stream().map(Integer::valueOf).toList() : List.of(8, 64);
        int maxConcurrency = clientCounts.stream().mapToInt(Integer::intValue).max().orElseThrow();
        Path work = Files.createTempDirectory("slsbench-throughput");
        Optional<Path> wrk = onPath("wrk");
        System.out.printf(Locale.ROOT, "driving throughput: slsbench/echo, 6144 MB, MaxConcurrency %d, %d s per run, "
                + "%d processors, java %s%n", maxConcurrency, seconds, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        if (wrk.isEmpty()) {
            System.out.println("wrk: not on the PATH (Debian: apt-get install wrk); slsbench's figures only");
        }
        try (ChildEmulator emulator = ChildEmulator.start(work.resolve("emulator.log"))) {
            AwsTarget target = BenchEndpoints.target(emulator.endpointUrl());
            try (AwsClients aws = AwsClients.create(target, maxConcurrency);
                 Teardown teardown = new Teardown(aws.sageMaker(), new ProvisioningListener() { })) {
                DeployedEndpoint endpoint = BenchEndpoints.deployEcho(aws, target, teardown,
                        new EndpointShape(6144, maxConcurrency));
                warmAllContainers(aws, endpoint, maxConcurrency);
                URI invocations = emulator.endpointUrl().resolve("/endpoints/" + endpoint.endpointName() + "/invocations");
                Path script = work.resolve("post.lua");
                Files.writeString(script, "wrk.method = \"POST\"\nwrk.body = \"" + BODY
                        + "\"\nwrk.headers[\"Content-Type\"] = \"text/csv\"\n", StandardCharsets.UTF_8);
                for (int clients : clientCounts) {
                    Optional<Rate> wire = Optional.empty();
                    if (wrk.isPresent()) {
                        wrk(wrk.get(), script, invocations, clients, 2);
                        wire = Optional.of(wrk(wrk.get(), script, invocations, clients, seconds));
                    }
                    Rate harness = slsbench(aws, endpoint, clients, maxConcurrency, seconds);
                    if (wire.isPresent()) {
                        print("wrk", clients, wire.get());
                    }
                    print("slsbench", clients, harness);
                    if (wire.isPresent()) {
                        System.out.printf(Locale.ROOT, "  %2d clients: slsbench/wrk = %.2f%n", clients,
                                harness.perSecond() / wire.get().perSecond());
                    }
                }
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** Requests per second and latency percentiles of one run. */
    record Rate(double perSecond, double p50Millis, double p99Millis, String note) {
    }

    private static void print(String tool, int clients, Rate rate) {
        System.out.printf(Locale.ROOT, "  %2d clients: %-8s %,9.0f calls/s  p50 %7.3f ms  p99 %7.3f ms%s%n", clients, tool,
                rate.perSecond(), rate.p50Millis(), rate.p99Millis(), rate.note());
    }

    /** Calls with MaxConcurrency clients until none is throttled: every container has started and stays warm. */
    private static void warmAllContainers(AwsClients aws, DeployedEndpoint endpoint, int maxConcurrency)
            throws InterruptedException {
        long start = System.nanoTime();
        for (int attempt = 1; attempt <= 20; attempt++) {
            RecordedConfiguration warm = concurrency(aws, endpoint, maxConcurrency, maxConcurrency, maxConcurrency * 20L);
            if (warm.outcomes().throttled() == 0 && warm.outcomes().ok() == warm.issued()) {
                System.out.printf(Locale.ROOT, "  %d containers warm after %.1f s%n", maxConcurrency,
                        (System.nanoTime() - start) / 1e9);
                return;
            }
        }
        System.out.println("  warning: calls were still throttled after 20 warm-up rounds; figures include cold starts");
    }

    /**
     * Warm-up rounds of about two seconds, for at least {@link #MIN_WARM_UP} and until the rate
     * stops growing by more than 5 % (the JIT takes tens of seconds to compile the SDK's call path
     * on two busy cores; at most 30 rounds),
     * then a run sized to last {@code seconds} at the last round's rate.
     */
    private static Rate slsbench(AwsClients aws, DeployedEndpoint endpoint, int clients, int maxConcurrency, int seconds)
            throws InterruptedException {
        long start = System.nanoTime();
        double previous = 0;
        double warmRate = 0;
        long roundCalls = clients * 200L;
        for (int round = 1; round <= 30; round++) {
            RecordedConfiguration warm = concurrency(aws, endpoint, clients, maxConcurrency, roundCalls);
            previous = warmRate;
            warmRate = warm.issued() / seconds(warm);
            roundCalls = Math.max(clients * 50L, (long) (warmRate * 2));
            if (System.nanoTime() - start > MIN_WARM_UP.toNanos() && warmRate < previous * 1.05) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "  %2d clients: slsbench warmed up for %.0f s%n", clients,
                (System.nanoTime() - start) / 1e9);
        long calls = Math.max(clients * 100L, (long) (warmRate * seconds));
        RecordedConfiguration measured = concurrency(aws, endpoint, clients, maxConcurrency, calls);
        Histogram latency = measured.successLatencies();
        long failed = measured.issued() - measured.outcomes().ok();
        return new Rate(measured.outcomes().ok() / seconds(measured), latency.getValueAtPercentile(50) / 1e6,
                latency.getValueAtPercentile(99) / 1e6,
                failed == 0 ? "" : "  (" + measured.outcomes() + ")");
    }

    private static RecordedConfiguration concurrency(AwsClients aws, DeployedEndpoint endpoint, int clients,
                                                     int maxConcurrency, long calls)
            throws InterruptedException {
        return new ConcurrencyRunner(aws.runtime(), PAYLOAD,
                new ClosedLoopSettings(Math.toIntExact(calls), 0, Duration.ZERO, Duration.ZERO), new LoadListener() { })
                .run(List.of(new LoadTarget(new ConcurrencyConfiguration(6144, maxConcurrency, clients),
                        endpoint.endpointName())), (configuration, call) -> { })
                .getFirst();
    }

    private static double seconds(RecordedConfiguration recorded) {
        return Duration.between(recorded.windowStart(), recorded.windowEnd()).toNanos() / 1e9;
    }

    private static Rate wrk(Path wrk, Path script, URI url, int clients, int seconds)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(wrk.toString(), "-t2", "-c" + clients, "-d" + seconds + "s", "--latency",
                "-s", script.toString(), url.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("wrk exited with " + process.exitValue() + ":\n" + output);
        }
        // wrk counts refused calls (ThrottlingException, 4xx/5xx) in Requests/sec: count only answered ones
        Matcher nonOk = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
        long refused = nonOk.find() ? Long.parseLong(nonOk.group(1)) : 0;
        double requests = number(output, "(\\d+) requests in ");
        double elapsedSeconds = number(output, " requests in ([\\d.]+)s");
        return new Rate((requests - refused) / elapsedSeconds, millis(output, "50%"), millis(output, "99%"),
                refused == 0 ? "" : "  (" + refused + " non-2xx responses left out)");
    }

    private static double number(String output, String regex) throws IOException {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        if (!matcher.find()) {
            throw new IOException("no " + regex + " in wrk's output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static double millis(String output, String percentile) throws IOException {
        Matcher matcher = Pattern.compile("\\s" + percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(output);
        if (!matcher.find()) {
            throw new IOException("no " + percentile + " latency in wrk's output:\n" + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static Optional<Path> onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
