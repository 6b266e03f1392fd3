package com.example.checkout;

import dev.slsbench.junit.Payload;
import dev.slsbench.junit.PhaseResult;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Sla;
import dev.slsbench.junit.Verify;

import static dev.slsbench.junit.SlsbenchAssertions.assertThat;

/** Run by Failsafe: its name matches Failsafe's default includes. */
@ServerlessBenchmark(model = "checkout", image = "example/checkout-model",
    memory = 1024, includeConcurrency = false, stabilityInvocations = 5)
@Sla(maxErrorRate = 0.0, maxColdStartMillis = 60_000)
class CheckoutColdStartIT {
    @Payload(contentType = "text/csv") String basket() { return "1,5.00,0"; }
    @Payload(contentType = "text/csv") String bigBasket() { return "12,240.50,1"; }

    @Verify void everyCallSucceeded(PhaseResult stability) {
        assertThat(stability).allConfigurationsSatisfy(configuration -> configuration.isCompleted().hasNoErrors());
    }
}
