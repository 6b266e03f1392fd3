package dev.slsbench.junit.engine.smallest;

import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Sla;

// The smallest benchmark class of DESIGN.md ("Pinned interfaces"), exactly as written there.
@ServerlessBenchmark(model = "churn", image = "my/churn-model",
    memory = {1024, 2048}, maxConcurrency = {2, 4}, clientMultiplier = {1, 2},
    stabilityInvocations = 100, concurrencyInvocations = 100)
@Sla(p99Millis = 500, maxThrottleRate = 0.05, maxErrorRate = 0.0)
class ChurnBenchmark {
    @Payload(contentType = "text/csv") String row() { return "1,2,3,4,5"; }
}
