package dev.slsbench.plan;

/**
 * Where a phase's latencies count from, written beside every configuration in
 * {@code results.json} so a reader knows whether client-side queueing is in the figures.
 *
 * <p>No phase uses HdrHistogram's expected-interval correction
 * ({@code recordValueWithExpectedInterval}): it back-fills samples for a client that meant to send
 * at a fixed interval and was held up. The closed-loop phases mean no interval (each client sends
 * its next call when the last returns, after the think time), so correction would invent calls no
 * client intended; the open loop knows every call's intended start exactly, so it measures from
 * it instead of estimating, and correcting on top would count the queueing twice.
 */
public enum LatencyMeasurement {
    /** From when the call was sent until its response was read: closed loop, uncorrected. */
    CALL_START("from each call's send until its response (closed loop: no schedule to fall behind, no correction)"),
    /**
     * From the call's intended start in the arrival schedule until its response, so time an
     * arrival waited for a free sender thread is included (no coordinated omission).
     */
    INTENDED_START("from each call's intended start in the arrival schedule until its response, time queued"
            + " in the client included (open loop, no coordinated omission; no HdrHistogram correction on top)");

    private final String description;

    LatencyMeasurement(String description) {
        this.description = description;
    }

    /** One sentence for readers of the report. */
    public String description() {
        return description;
    }
}
