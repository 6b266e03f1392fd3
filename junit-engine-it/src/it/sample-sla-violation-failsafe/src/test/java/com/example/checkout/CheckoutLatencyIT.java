package com.example.checkout;

import dev.slsbench.junit.Payload;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Sla;

/** A model that answers after 50 ms cannot hold a 20 ms p90: Failsafe's verify fails the build. */
@ServerlessBenchmark(model = "slow-checkout", image = "example/checkout-model", environment = "SLSBENCH_DELAY_MS=50",
    memory = 1024, includeConcurrency = false, stabilityInvocations = 5)
@Sla(p90Millis = 20)
class CheckoutLatencyIT {
    @Payload(contentType = "text/csv") String basket() { return "3,19.99,1"; }
}
