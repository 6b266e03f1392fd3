package com.example.checkout;

import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Sla;

/**
 * Warm calls answer in milliseconds and hold the 300 ms p99 (cold calls are kept out of it), but
 * the one cold start, a model server process starting, cannot happen within 100 ms: the cold-start
 * limit alone fails the build.
 */
@ServerlessBenchmark(model = "checkout", image = "example/checkout-model",
    memory = 1024, includeConcurrency = false, stabilityInvocations = 5)
@Sla(maxErrorRate = 0.0, p99Millis = 300, maxColdStartMillis = 100)
class CheckoutColdStartIT {
    @Payload(contentType = "text/csv") String basket() { return "1,5.00,0"; }
}
