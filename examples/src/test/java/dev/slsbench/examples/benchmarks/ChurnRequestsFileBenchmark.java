package dev.slsbench.examples.benchmarks;

import dev.slsbench.junit.PayloadFile;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Verify;
import dev.slsbench.recommend.Recommendation;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;

import static dev.slsbench.junit.SlsbenchAssertions.assertThat;
import static dev.slsbench.junit.SlsbenchAssertions.seconds;

/**
 * The churn model driven by a file of recorded requests in the Python toolkit's JSON Lines format
 * ({@code payloads/churn-requests.jsonl}: single customers and a batch as {@code text/csv}, small
 * batches as {@code application/json}), judged by imperative AssertJ checks instead of
 * {@code @Sla}: every configuration answers every request of the file without errors or
 * throttling, and the recommendation is one of the sizes measured.
 */
@ServerlessBenchmark(model = "churn-xgboost-requests", image = "slsbench-examples/xgboost-churn",
        memory = {1024, 2048}, stabilityInvocations = 12,
        maxConcurrency = 2, clientMultiplier = 1, concurrencyInvocations = 12)
@PayloadFile("payloads/churn-requests.jsonl")
public class ChurnRequestsFileBenchmark {

    @Verify
    static void answersEveryRequestOfTheFile(ConfigurationResult result) {
        assertThat(result).isCompleted().hasNoErrors().hasNoThrottles();
        assertThat(result).latency().median().isLessThan(seconds(10));
    }

    @Verify
    static void recommendsASizeItMeasured(BenchmarkResult result) {
        assertThat(result).recommendation().extracting(Recommendation::memoryMb).isIn(1024, 2048);
    }
}
