package dev.slsbench.stats;


import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counts outcomes from many threads at once; {@link #snapshot()} gives {@link OutcomeCounts}. */
public final class OutcomeCounter {

    private final Map<Outcome, LongAdder> counts = new EnumMap<>(Outcome.class);

    /** A counter at zero. */
    public OutcomeCounter() {
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, new LongAdder());
        }
    }

    /** Counts one call. */
    public void record(Outcome outcome) {
        counts.get(outcome).increment();
    }

    /** The counts so far. */
    public OutcomeCounts snapshot() {
        Map<Outcome, Long> values = new EnumMap<>(Outcome.class);
        counts.forEach((outcome, adder) -> values.put(outcome, adder.sum()));
        return OutcomeCounts.of(values);
    }
}
