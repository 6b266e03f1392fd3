package dev.slsbench.examples.benchmarks;

import dev.slsbench.junit.BenchmarkPhase;
import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Sla;
import dev.slsbench.junit.Verify;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.stats.OutcomeCounts;

import java.util.List;

import static dev.slsbench.junit.SlsbenchAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recommender whose 1.5 GiB embedding table does not fit the smallest memory size: at
 * 1024 MB every call fails with "insufficient memory"; at 2048 MB every call is answered, so
 * 2048 MB is the size to deploy. The error threshold lies above the number of calls, so the
 * 1024 MB configuration makes all its calls (an abandoned configuration would fail its test) and
 * the report shows each of them failing. The SLA holds the size that must work; the
 * {@code @Verify} method checks the whole story imperatively.
 */
@ServerlessBenchmark(model = "embedding-recommender", image = "slsbench-examples/embedding-recommender",
        memory = {1024, 2048}, stabilityInvocations = 4, errorThreshold = 5, includeConcurrency = false)
@Sla(phase = BenchmarkPhase.STABILITY, memory = 2048, maxErrorRate = 0.0)
public class EmbeddingRecommenderBenchmark {

    @Payload(contentType = "text/csv", accept = "text/csv")
    static List<String> userItemPairs() {
        return List.of("17,4242\n17,99\n", "5,6000000\n", "123456,654321\n42,42\n7,7\n");
    }

    @Verify
    static void needsTwoGigabytes(BenchmarkResult result) {
        OutcomeCounts at1024 = result.configuration("s1024").orElseThrow().outcomes();
        assertThat(at1024.insufficientMemory()).isEqualTo(at1024.issued()).isPositive();
        assertThat(result).stability(2048).isCompleted().hasNoErrors();
        assertThat(result).recommendsMemory(2048);
    }
}
