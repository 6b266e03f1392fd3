package com.example.checkout;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A plain Jupiter test beside the benchmarks, run by Surefire as usual. */
class BasketTest {
    @Test void basketRowHasThreeColumns() {
        assertEquals(3, new CheckoutBenchmarkTest().basket().split(",").length);
    }
}
