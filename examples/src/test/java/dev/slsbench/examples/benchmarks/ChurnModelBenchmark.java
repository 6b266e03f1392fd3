package dev.slsbench.examples.benchmarks;

import dev.slsbench.examples.data.ChurnDataSet;
import dev.slsbench.junit.BenchmarkPhase;
import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Sla;

/**
 * The XGBoost churn model scoring a batch of 500 customers per call, across every memory size
 * and two MaxConcurrency values (each driven by as many clients as it allows, and by twice as
 * many). The SLAs say what the model must keep, whatever the size: every call answered, no
 * throttling when each client has its own container, and a p99 a nightly scoring job can live
 * with. The report ({@code target/slsbench/}) shows latency falling as memory, and with it CPU,
 * grows.
 */
@ServerlessBenchmark(model = "churn-xgboost", image = "slsbench-examples/xgboost-churn",
        memory = {1024, 2048, 4096, 6144}, stabilityInvocations = 20,
        maxConcurrency = {2, 4}, clientMultiplier = {1, 2}, concurrencyInvocations = 24)
@Sla(maxErrorRate = 0.0, p99Millis = 10_000)
@Sla(phase = BenchmarkPhase.STABILITY, maxThrottleRate = 0.0)
public class ChurnModelBenchmark {

    @Payload(contentType = "text/csv", accept = "text/csv")
    static String batchOf500Customers() {
        return ChurnDataSet.csvLines(ChurnDataSet.generate(500, 2024));
    }
}
