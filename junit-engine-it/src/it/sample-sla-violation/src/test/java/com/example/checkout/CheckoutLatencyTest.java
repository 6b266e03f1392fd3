package com.example.checkout;

import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Sla;

/** A model that answers after 50 ms cannot hold a 10 ms median: this test fails the build. */
@ServerlessBenchmark(model = "slow-checkout", image = "example/checkout-model", environment = "SLSBENCH_DELAY_MS=50",
    memory = 1024, includeConcurrency = false, stabilityInvocations = 5)
@Sla(p50Millis = 10)
class CheckoutLatencyTest {
    @Payload(contentType = "text/csv") String basket() { return "3,19.99,1"; }
}
