package dev.slsbench.examples.benchmarks;

import dev.slsbench.examples.data.ChurnDataSet;
import dev.slsbench.junit.BenchmarkPhase;
import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Sla;

/**
 * The XGBoost churn model scoring a batch of 500 customers per call, at three memory sizes and
 * two MaxConcurrency values (each driven by as many clients as it allows, and by twice as many).
 * The SLAs say what the model must keep, whatever the size: every call answered, no throttling
 * in the stability phase, a warm p99 of 2 s (measured here: 134 to 388 ms; cold calls are judged
 * apart and are not in it), and a cold start, which each fresh stability endpoint's first call
 * is, within 10 s (measured: 0.7 to 2.5 s). The report
 * ({@code target/slsbench/}) shows latency falling as memory, and with it CPU, grows.
 *
 * <p>Why 1024, 2048 and 3072 MB: the stability phase calls every size at once, and the emulator
 * gives a container {@code hostCores × MemorySizeInMB / 6144} cores, so sizes adding up to
 * 6144 MB get their whole CPU share together on any host, while more would share the host's
 * cores and blur the differences between them. {@code LatencyByMemorySize} measures all four
 * sizes one at a time.
 */
@ServerlessBenchmark(model = "churn-xgboost", image = "slsbench-examples/xgboost-churn",
        memory = {1024, 2048, 3072}, stabilityInvocations = 20,
        maxConcurrency = {2, 4}, clientMultiplier = {1, 2}, concurrencyInvocations = 24)
@Sla(maxErrorRate = 0.0, p99Millis = 2_000)
@Sla(phase = BenchmarkPhase.STABILITY, maxThrottleRate = 0.0, maxColdStartMillis = 10_000)
public class ChurnModelBenchmark {

    @Payload(contentType = "text/csv", accept = "text/csv")
    static String batchOf500Customers() {
        return ChurnDataSet.csvLines(ChurnDataSet.generate(500, 2024));
    }
}
