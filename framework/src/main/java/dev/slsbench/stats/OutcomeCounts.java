package dev.slsbench.stats;


import java.util.EnumMap;
import java.util.Map;

/**
 * How the calls of one configuration ended. Rates are fractions of the calls issued:
 * {@link #throttleRate()} counts throttled calls only; {@link #errorRate()} counts every other
 * failure (insufficient memory, model error, client error, timeout) and never throttles, the
 * definitions {@code @Sla(maxThrottleRate, maxErrorRate)} uses.
 *
 * @param ok successful calls
 * @param throttled calls refused with ThrottlingException
 * @param insufficientMemory ModelErrors reporting insufficient memory
 * @param modelError other ModelErrors
 * @param clientError all other failures
 */
public record OutcomeCounts(long ok, long throttled, long insufficientMemory, long modelError, long clientError) {

    /** No calls. */
    public static final OutcomeCounts NONE = new OutcomeCounts(0, 0, 0, 0, 0);

    public OutcomeCounts {
        if (ok < 0 || throttled < 0 || insufficientMemory < 0 || modelError < 0 || clientError < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Counts from a per-outcome map; missing outcomes count 0. */
    public static OutcomeCounts of(Map<Outcome, Long> counts) {
        return new OutcomeCounts(counts.getOrDefault(Outcome.OK, 0L), counts.getOrDefault(Outcome.THROTTLED, 0L),
                counts.getOrDefault(Outcome.INSUFFICIENT_MEMORY, 0L), counts.getOrDefault(Outcome.MODEL_ERROR, 0L),
                counts.getOrDefault(Outcome.CLIENT_ERROR, 0L));
    }

    /** The count for one outcome. */
    public long count(Outcome outcome) {
        return switch (outcome) {
            case OK -> ok;
            case THROTTLED -> throttled;
            case INSUFFICIENT_MEMORY -> insufficientMemory;
            case MODEL_ERROR -> modelError;
            case CLIENT_ERROR -> clientError;
        };
    }

    /** The counts as a map, every outcome present. */
    public Map<Outcome, Long> asMap() {
        Map<Outcome, Long> map = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            map.put(outcome, count(outcome));
        }
        return map;
    }

    /** Every call issued. */
    public long issued() {
        return ok + throttled + insufficientMemory + modelError + clientError;
    }

    /** Failed calls other than throttles. */
    public long errors() {
        return insufficientMemory + modelError + clientError;
    }

    /** Failed calls of any kind, throttles included. */
    public long failures() {
        return throttled + errors();
    }

    /** Throttled / issued; 0 when nothing was issued. */
    public double throttleRate() {
        return issued() == 0 ? 0 : (double) throttled / issued();
    }

    /** Non-throttle failures / issued; 0 when nothing was issued. */
    public double errorRate() {
        return issued() == 0 ? 0 : (double) errors() / issued();
    }

    /** The sum of two counts. */
    public OutcomeCounts plus(OutcomeCounts other) {
        return new OutcomeCounts(ok + other.ok, throttled + other.throttled,
                insufficientMemory + other.insufficientMemory, modelError + other.modelError,
                clientError + other.clientError);
    }
}
