package com.example.checkout;

import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Sla;

/** Run by Surefire: its name matches Surefire's default includes. */
@ServerlessBenchmark(model = "checkout", image = "example/checkout-model",
    memory = {1024, 2048}, maxConcurrency = 2, clientMultiplier = 1,
    stabilityInvocations = 5, concurrencyInvocations = 10)
@Sla(p99Millis = 10_000, maxErrorRate = 0.0)
class CheckoutBenchmarkTest {
    @Payload(contentType = "text/csv") String basket() { return "3,19.99,1"; }
}
