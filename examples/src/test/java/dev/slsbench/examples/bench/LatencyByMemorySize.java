package dev.slsbench.examples.bench;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.examples.EmulatorEndpoints;
import dev.slsbench.examples.ExampleImages;
import dev.slsbench.examples.data.ChurnDataSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures (does not test) the churn model's InvokeEndpoint latency through the emulator at each
 * memory size: one endpoint per size, a few warm-up calls, then sequential calls of one batch of
 * customer rows, timed at the client. Sizes are measured one after another, or with
 * {@code --parallel} all at once, as the stability phase of a benchmark drives them. Prints one
 * line per size. From the repository root:
 *
 * <pre>
 * mvn -B -ntp -q -pl examples -am test-compile -Platency-by-memory-size -Dlatency.args="--rows 500 --calls 50"
 * </pre>
 *
 * Options: {@code --rows N} customers per request (default 500), {@code --calls N} timed calls per
 * size (default 50), {@code --warmup N} (default 5), {@code --memory 1024,2048,...},
 * {@code --model-dir DIR} (another trained model, passed as {@code SM_MODEL_DIR}), {@code --parallel}.
 */
public final class LatencyByMemorySize {

    private LatencyByMemorySize() {
    }

    public static void main(String[] args) throws Exception {
        int rows = 500;
        int calls = 50;
        int warmup = 5;
        boolean parallel = false;
        int[] memorySizes = {1024, 2048, 4096, 6144};
        Map<String, String> environment = Map.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--model-dir" -> environment = Map.of("SM_MODEL_DIR", args[++i]);
                case "--memory" -> memorySizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--parallel" -> parallel = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String body = ChurnDataSet.csvLines(ChurnDataSet.generate(rows, 777));
        System.out.printf(Locale.ROOT, "churn model, %d rows (%d bytes) per call, %d calls per size after %d warm-up,"
                + " sizes %s, %d host cores%n", rows, body.length(), calls, warmup, parallel ? "in parallel" : "one after another",
                Runtime.getRuntime().availableProcessors());
        System.out.println("memoryMb   p50Ms   p90Ms  meanMs   minMs   maxMs");
        try (LocalSageMaker emulator = LocalSageMaker.start(EmulatorOptions.builder()
                        .image(ExampleImages.CHURN, ExampleImages.command(ExampleImages.CHURN))
                        .containerLogFile(ExampleImages.containerLog("LatencyByMemorySize"))
                        .build());
                EmulatorEndpoints endpoints = new EmulatorEndpoints(emulator.endpointUrl());
                ExecutorService threads = Executors.newFixedThreadPool(parallel ? memorySizes.length : 1)) {
            List<Future<String>> lines = new ArrayList<>();
            for (int memorySizeMb : memorySizes) {
                endpoints.deploy("churn-" + memorySizeMb, ExampleImages.CHURN, environment, memorySizeMb, 1);
            }
            for (int memorySizeMb : memorySizes) {
                int timedCalls = calls;
                int warmupCalls = warmup;
                lines.add(threads.submit(() -> measure(endpoints, "churn-" + memorySizeMb, memorySizeMb, body, warmupCalls, timedCalls)));
            }
            for (Future<String> line : lines) {
                System.out.println(line.get());
            }
        }
    }

    private static String measure(EmulatorEndpoints endpoints, String name, int memorySizeMb, String body, int warmup, int calls) {
        for (int i = 0; i < warmup; i++) {
            endpoints.invoke(name, "text/csv", "text/csv", body);
        }
        double[] latenciesMs = new double[calls];
        for (int i = 0; i < calls; i++) {
            long startNanos = System.nanoTime();
            endpoints.invoke(name, "text/csv", "text/csv", body);
            latenciesMs[i] = (System.nanoTime() - startNanos) / 1e6;
        }
        endpoints.delete(name);
        Arrays.sort(latenciesMs);
        return String.format(Locale.ROOT, "%8d %7.1f %7.1f %7.1f %7.1f %7.1f", memorySizeMb, percentile(latenciesMs, 0.5),
                percentile(latenciesMs, 0.9), Arrays.stream(latenciesMs).average().orElse(0), latenciesMs[0],
                latenciesMs[latenciesMs.length - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
