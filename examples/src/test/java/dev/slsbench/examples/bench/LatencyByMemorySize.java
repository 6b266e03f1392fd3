package dev.slsbench.examples.bench;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.examples.EmulatorEndpoints;
import dev.slsbench.examples.ExampleImages;
import dev.slsbench.examples.data.ChurnDataSet;
import dev.slsbench.examples.data.LabeledRows;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Measures (does not test) the churn model's InvokeEndpoint latency through the emulator at each
 * memory size: one endpoint per size, a few warm-up calls, then sequential calls of one batch of
 * customer rows, timed at the client. Prints one line per size. From the repository root:
 *
 * <pre>
 * mvn -B -ntp -q -pl examples -am test-compile -Platency-by-memory-size -Dlatency.args="--rows 500 --calls 50"
 * </pre>
 *
 * Options: {@code --rows N} customers per request (default 500), {@code --calls N} timed calls per
 * size (default 50), {@code --warmup N} (default 5), {@code --memory 1024,2048,...}, {@code --model-dir DIR}
 * (another trained model, passed as {@code SM_MODEL_DIR}).
 */
public final class LatencyByMemorySize {

    private LatencyByMemorySize() {
    }

    public static void main(String[] args) throws Exception {
        int rows = 500;
        int calls = 50;
        int warmup = 5;
        int[] memorySizes = {1024, 2048, 4096, 6144};
        Map<String, String> environment = Map.of();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--calls" -> calls = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--model-dir" -> environment = Map.of("SM_MODEL_DIR", args[i + 1]);
                case "--memory" -> memorySizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        LabeledRows customers = ChurnDataSet.generate(rows, 777);
        String body = IntStream.range(0, rows).mapToObj(i -> ChurnDataSet.csvLine(customers.row(i)))
                .collect(Collectors.joining("\n", "", "\n"));
        System.out.printf(Locale.ROOT, "churn model, %d rows (%d bytes) per call, %d calls per size after %d warm-up, %d host cores%n",
                rows, body.length(), calls, warmup, Runtime.getRuntime().availableProcessors());
        System.out.println("memoryMb   p50Ms   p90Ms  meanMs   minMs   maxMs");
        try (LocalSageMaker emulator = LocalSageMaker.start(EmulatorOptions.builder()
                        .image(ExampleImages.CHURN, ExampleImages.command(ExampleImages.CHURN))
                        .containerLogFile(ExampleImages.containerLog("LatencyByMemorySize"))
                        .build());
                EmulatorEndpoints endpoints = new EmulatorEndpoints(emulator.endpointUrl())) {
            for (int memorySizeMb : memorySizes) {
                String name = "churn-" + memorySizeMb;
                endpoints.deploy(name, ExampleImages.CHURN, environment, memorySizeMb, 1);
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
                System.out.printf(Locale.ROOT, "%8d %7.1f %7.1f %7.1f %7.1f %7.1f%n", memorySizeMb, percentile(latenciesMs, 0.5),
                        percentile(latenciesMs, 0.9), Arrays.stream(latenciesMs).average().orElse(0), latenciesMs[0],
                        latenciesMs[latenciesMs.length - 1]);
            }
        }
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
