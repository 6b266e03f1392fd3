package dev.slsbench.cost;

/** Where the latency a cost is computed from came from. */
public enum BillingLatencySource {
    /**
     * The toolkit's figure: CloudWatch {@code ModelLatency} (Average) of the configuration plus
     * the mean of {@code OverheadLatency} over all configurations that reported it.
     */
    CLOUDWATCH,
    /**
     * The client-observed mean latency, used when CloudWatch reported no {@code ModelLatency};
     * it includes network and SDK time, so it overestimates the billed duration.
     */
    CLIENT_OBSERVED
}
