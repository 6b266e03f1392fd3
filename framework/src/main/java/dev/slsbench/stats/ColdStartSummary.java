package dev.slsbench.stats;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How many of a configuration's calls hit a cold container (a call is cold when it had to wait
 * for a container to start), how that was judged, and the cold calls' own latency summary, kept
 * apart from the warm calls' statistics.
 *
 * @param coldCalls calls judged cold
 * @param warmCalls calls judged warm
 * @param unknownCalls calls whose temperature is unknown (failed calls; every call when no evidence was available)
 * @param maxColdLatencyMillis latency of the slowest cold call, when there was one
 * @param method how the calls were judged: {@link #METHOD_NONE}, {@link #METHOD_FIRST_CALL} or
 *        {@link #METHOD_MODEL_SETUP_COUNT}
 * @param basis the evidence behind the judgement, in words
 * @param coldSequences the {@code sequence} numbers of the calls judged cold, ascending
 * @param minColdLatencyMillis latency of the fastest cold call, when there was one
 * @param medianColdLatencyMillis median latency of the cold calls, when there was one
 * @param p90ColdLatencyMillis 90th percentile latency of the cold calls, when there was one
 * @param meanModelSetupTimeMillis CloudWatch's mean ModelSetupTime over the window, when it reported one
 * @param allCallsP99Millis the 99th percentile latency of every successful call, cold ones included, so that
 *        what cold starts do to the tail reads beside the warm p99; empty when none succeeded or not recorded
 */
public record ColdStartSummary(long coldCalls, long warmCalls, long unknownCalls, OptionalDouble maxColdLatencyMillis,
                               String method, String basis, List<Long> coldSequences,
                               OptionalDouble minColdLatencyMillis, OptionalDouble medianColdLatencyMillis,
                               OptionalDouble p90ColdLatencyMillis, OptionalDouble meanModelSetupTimeMillis,
                               OptionalDouble allCallsP99Millis) {

    /** No evidence was looked at. */
    public static final String METHOD_NONE = "none";
    /**
     * Only the first call on a freshly deployed endpoint without provisioned concurrency is known
     * (cold); CloudWatch reported nothing for the window, so the other calls are unknown.
     */
    public static final String METHOD_FIRST_CALL = "first-call";
    /**
     * CloudWatch's ModelSetupTime sample count N says how many containers started in the window;
     * the N slowest successful calls are cold when each took at least the shortest ModelSetupTime
     * and more than the other calls' p99 (latency outliers); every other successful call is warm.
     */
    public static final String METHOD_MODEL_SETUP_COUNT = "model-setup-count+latency-outlier";

    /** Nothing known. */
    public static final ColdStartSummary NONE = new ColdStartSummary(0, 0, 0, OptionalDouble.empty());

    public ColdStartSummary {
        Objects.requireNonNull(maxColdLatencyMillis, "maxColdLatencyMillis");
        method = method == null ? METHOD_NONE : method;
        basis = basis == null ? "" : basis;
        coldSequences = coldSequences == null ? List.of() : List.copyOf(coldSequences);
        minColdLatencyMillis = orEmpty(minColdLatencyMillis);
        medianColdLatencyMillis = orEmpty(medianColdLatencyMillis);
        p90ColdLatencyMillis = orEmpty(p90ColdLatencyMillis);
        meanModelSetupTimeMillis = orEmpty(meanModelSetupTimeMillis);
        allCallsP99Millis = orEmpty(allCallsP99Millis);
    }

    /** A summary without the all-calls p99. */
    public ColdStartSummary(long coldCalls, long warmCalls, long unknownCalls, OptionalDouble maxColdLatencyMillis,
                            String method, String basis, List<Long> coldSequences,
                            OptionalDouble minColdLatencyMillis, OptionalDouble medianColdLatencyMillis,
                            OptionalDouble p90ColdLatencyMillis, OptionalDouble meanModelSetupTimeMillis) {
        this(coldCalls, warmCalls, unknownCalls, maxColdLatencyMillis, method, basis, coldSequences,
                minColdLatencyMillis, medianColdLatencyMillis, p90ColdLatencyMillis, meanModelSetupTimeMillis,
                OptionalDouble.empty());
    }

    /** Counts only, judged by no particular method. */
    public ColdStartSummary(long coldCalls, long warmCalls, long unknownCalls, OptionalDouble maxColdLatencyMillis) {
        this(coldCalls, warmCalls, unknownCalls, maxColdLatencyMillis, METHOD_NONE, "", List.of(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** Fraction of the calls issued that were judged cold; empty when no call was issued. */
    public OptionalDouble coldRate() {
        long issued = coldCalls + warmCalls + unknownCalls;
        return issued == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) coldCalls / issued);
    }

    private static OptionalDouble orEmpty(OptionalDouble value) {
        return value == null ? OptionalDouble.empty() : value;
    }
}
