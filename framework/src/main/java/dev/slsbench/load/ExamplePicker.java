package dev.slsbench.load;

import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.PayloadOrder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Which example a call sends, given the payloads' weights. Like {@link ExampleOrder}, a pick
 * depends only on the seed, the configuration and the call's sequence number, so it repeats
 * whatever the thread interleaving.
 *
 * <p>Weighted round-robin walks a precomputed cycle in which an example of weight {@code w} takes
 * {@code w} slots spread evenly (its {@code j}-th at {@code (j + 1/2) / w} of the way through), so
 * no example is sent in a burst; equal weights give {@code 0, 1, ..., n-1}. With whole-number
 * weights the cycle is their sum long and exact; other weights are
 * apportioned to whole numbers over a cycle of about {@value #APPORTIONED_CYCLE} calls. Random
 * picks draw a uniform number below the total weight and take the example whose cumulative weight
 * first exceeds it.
 */
final class ExamplePicker {

    /** The longest exact weighted cycle kept; longer or fractional weights are apportioned. */
    static final int MAX_EXACT_CYCLE = 1 << 16;
    static final int APPORTIONED_CYCLE = 10_000;

    private final ExampleOrder order;
    private final int examples;
    private final double[] cumulative;
    private final int[] cycle;

    ExamplePicker(ExampleOrder order, Payloads payloads) {
        this.order = Objects.requireNonNull(order, "order");
        this.examples = payloads.count();
        boolean weighted = payloads.isWeighted() && order.order() != PayloadOrder.ONCE;
        this.cumulative = weighted ? cumulative(payloads) : null;
        this.cycle = weighted && order.order() == PayloadOrder.ROUND_ROBIN ? cycle(payloads) : null;
    }

    /** The index of the example that call {@code sequence} of {@code configurationId} sends. */
    int exampleIndex(String configurationId, long sequence) {
        if (cumulative == null) {
            return order.exampleIndex(configurationId, sequence, examples);
        }
        return switch (order.order()) {
            case ROUND_ROBIN -> cycle[(int) (sequence % cycle.length)];
            case RANDOM -> {
                double draw = order.random(configurationId, sequence).nextDouble() * cumulative[examples - 1];
                int found = Arrays.binarySearch(cumulative, draw);
                yield Math.min(examples - 1, found >= 0 ? found + 1 : -found - 1);
            }
            case ONCE -> throw new IllegalStateException("once ignores weights");
        };
    }

    private static double[] cumulative(Payloads payloads) {
        double[] sums = new double[payloads.count()];
        double sum = 0;
        for (int i = 0; i < sums.length; i++) {
            sum += payloads.weight(i);
            sums[i] = sum;
        }
        return sums;
    }

    private static int[] cycle(Payloads payloads) {
        long[] whole = wholeWeights(payloads);
        List<long[]> slots = new ArrayList<>();
        for (int i = 0; i < whole.length; i++) {
            for (long j = 0; j < whole[i]; j++) {
                slots.add(new long[] {i, j});
            }
        }
        // the j-th of w sends of an example falls at (j + 1/2) / w of the cycle; ties go in file order
        slots.sort(Comparator.<long[]>comparingDouble(slot -> (slot[1] + 0.5) / whole[(int) slot[0]])
                .thenComparingLong(slot -> slot[0]));
        return slots.stream().mapToInt(slot -> (int) slot[0]).toArray();
    }

    /** The weights as they are when whole and short enough, else apportioned to whole numbers, each at least 1. */
    static long[] wholeWeights(Payloads payloads) {
        long[] whole = new long[payloads.count()];
        double total = 0;
        boolean exact = true;
        for (int i = 0; i < whole.length; i++) {
            double weight = payloads.weight(i);
            total += weight;
            exact &= weight == Math.rint(weight);
        }
        if (exact && total <= MAX_EXACT_CYCLE) {
            for (int i = 0; i < whole.length; i++) {
                whole[i] = (long) payloads.weight(i);
            }
            return whole;
        }
        for (int i = 0; i < whole.length; i++) {
            whole[i] = Math.max(1, Math.round(payloads.weight(i) / total * APPORTIONED_CYCLE));
        }
        return whole;
    }
}
