package com.example.checkout;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A plain Jupiter test beside the failing benchmark; it still runs and passes. */
class BasketTest {
    @Test void basketRowHasThreeColumns() {
        assertEquals(3, new CheckoutLatencyTest().basket().split(",").length);
    }
}
