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
 * slsbench/wrk ratio of answered calls per second (refused ones, e.g. throttles, left out of both),
 * and the CPU time each run took per call on Linux: the client's (wrk or the harness JVM) and the
 * endpoint's (the emulator's JVM and its containers). On two cores the client's CPU is taken from
 * the endpoint, so the ratio follows from these: a call costs the endpoint the same either way.
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
                        wrk(wrk.get(), script, invocations, clients, 2, emulator.process());
                        wire = Optional.of(wrk(wrk.get(), script, invocations, clients, seconds, emulator.process()));
                    }
                    Rate harness = slsbench(aws, endpoint, clients, maxConcurrency, seconds, emulator.process());
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

    /**
     * Requests per second, latency percentiles and CPU microseconds per call (-1 where /proc is
     * missing) of one run.
     */
    record Rate(double perSecond, double p50Millis, double p99Millis, double clientCpuMicros, double endpointCpuMicros,
                String note) {
    }

    private static void print(String tool, int clients, Rate rate) {
        System.out.printf(Locale.ROOT, "  %2d clients: %-8s %,9.0f calls/s  p50 %7.3f ms  p99 %7.3f ms  "
                        + "CPU/call: client %s, endpoint %s%s%n", clients, tool, rate.perSecond(), rate.p50Millis(),
                rate.p99Millis(), micros(rate.clientCpuMicros()), micros(rate.endpointCpuMicros()), rate.note());
    }

    private static String micros(double value) {
        return value < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f us", value);
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
     * Warm-up rounds of about two seconds, for at least {@link #MIN_WARM_UP} and until the harness's
     * CPU time per call (the rate's inverse where /proc is missing) has not fallen by more than 3 %
     * in three rounds: the JIT takes tens of seconds of driving to compile the SDK's call path on
     * two cores, and until it has, the harness takes CPU from the endpoint (at most 60 rounds).
     * Then a run sized to last {@code seconds} at the last round's rate. {@code -Dbench.rounds=true}
     * prints every round; {@code -Dbench.warmupSeconds=N} sets the minimum.
     */
    private static Rate slsbench(AwsClients aws, DeployedEndpoint endpoint, int clients, int maxConcurrency, int seconds,
                                 ProcessHandle emulator) throws InterruptedException {
        long start = System.nanoTime();
        long minimum = Long.getLong("bench.warmupSeconds", MIN_WARM_UP.toSeconds()) * 1_000_000_000L;
        double warmRate = 0;
        double firstCost = -1;
        double lastCost = -1;
        double best = Double.MAX_VALUE;
        int roundsWithoutGain = 0;
        long roundCalls = clients * 200L;
        for (int round = 1; round <= 60; round++) {
            long cpu = CpuTime.self();
            RecordedConfiguration warm = concurrency(aws, endpoint, clients, maxConcurrency, roundCalls);
            double cpuMicros = CpuTime.microsPerCall(cpu, CpuTime.self(), warm.issued());
            warmRate = warm.issued() / seconds(warm);
            lastCost = cpuMicros >= 0 ? cpuMicros : 1e6 / warmRate;
            firstCost = round == 1 ? lastCost : firstCost;
            if (Boolean.getBoolean("bench.rounds")) {
                System.out.printf(Locale.ROOT, "    round %2d: %,7.0f calls/s, client CPU %s per call%n", round, warmRate,
                        micros(cpuMicros));
            }
            if (lastCost < best * 0.97) {
                best = lastCost;
                roundsWithoutGain = 0;
            } else {
                roundsWithoutGain++;
            }
            roundCalls = Math.max(clients * 50L, (long) (warmRate * 2));
            if (System.nanoTime() - start > minimum && roundsWithoutGain >= 3) {
                break;
            }
        }
        String cpuCurve = CpuTime.self() < 0 ? "" : String.format(Locale.ROOT,
                " (client CPU per call %s in its first round, %s in its last)", micros(firstCost), micros(lastCost));
        System.out.printf(Locale.ROOT, "  %2d clients: slsbench warmed up for %.0f s%s%n", clients,
                (System.nanoTime() - start) / 1e9, cpuCurve);
        long calls = Math.max(clients * 100L, (long) (warmRate * seconds));
        long clientCpu = CpuTime.self();
        long endpointCpu = CpuTime.tree(emulator);
        RecordedConfiguration measured = concurrency(aws, endpoint, clients, maxConcurrency, calls);
        double clientMicros = CpuTime.microsPerCall(clientCpu, CpuTime.self(), measured.issued());
        double endpointMicros = CpuTime.microsPerCall(endpointCpu, CpuTime.tree(emulator), measured.issued());
        Histogram latency = measured.successLatencies();
        long failed = measured.issued() - measured.outcomes().ok();
        return new Rate(measured.outcomes().ok() / seconds(measured), latency.getValueAtPercentile(50) / 1e6,
                latency.getValueAtPercentile(99) / 1e6, clientMicros, endpointMicros,
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

    private static Rate wrk(Path wrk, Path script, URI url, int clients, int seconds, ProcessHandle emulator)
            throws IOException, InterruptedException {
        long clientCpu = CpuTime.waitedChildren();
        long endpointCpu = CpuTime.tree(emulator);
        Process process = new ProcessBuilder(wrk.toString(), "-t2", "-c" + clients, "-d" + seconds + "s", "--latency",
                "-s", script.toString(), url.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("wrk exited with " + process.exitValue() + ":\n" + output);
        }
        long endpointCpuAfter = CpuTime.tree(emulator);
        // wrk counts refused calls (ThrottlingException, 4xx/5xx) in Requests/sec: count only answered ones
        Matcher nonOk = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
        long refused = nonOk.find() ? Long.parseLong(nonOk.group(1)) : 0;
        double requests = number(output, "(\\d+) requests in ");
        double elapsedSeconds = number(output, " requests in ([\\d.]+)s");
        return new Rate((requests - refused) / elapsedSeconds, millis(output, "50%"), millis(output, "99%"),
                CpuTime.microsPerCall(clientCpu, CpuTime.waitedChildren(), (long) requests),
                CpuTime.microsPerCall(endpointCpu, endpointCpuAfter, (long) requests),
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
