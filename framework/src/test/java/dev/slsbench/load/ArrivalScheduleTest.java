package dev.slsbench.load;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArrivalScheduleTest {

    private static final long TEN_SECONDS = 10_000_000_000L;

    private static List<Long> arrivals(double from, double to, long seed) {
        ArrivalSchedule schedule = new ArrivalSchedule(from, to, TEN_SECONDS, seed);
        List<Long> offsets = new ArrayList<>();
        for (long offset = schedule.nextOffsetNanos(); offset < TEN_SECONDS; offset = schedule.nextOffsetNanos()) {
            offsets.add(offset);
        }
        return offsets;
    }

    @Test
    void aRampFromZeroToTwoHundredPerSecondPutsAQuarterOfItsArrivalsInTheFirstHalf() {
        List<Long> offsets = arrivals(0, 200, 42);

        // Λ(10 s) = 1000 expected arrivals, Λ(5 s) = 250: Poisson counts, sd ≈ 32 and 16
        assertThat(offsets.size()).isBetween(900, 1100);
        long firstHalf = offsets.stream().filter(o -> o < TEN_SECONDS / 2).count();
        assertThat(firstHalf).isBetween(200L, 300L);
        assertThat(offsets).isSorted();
    }

    @Test
    void aFallingRateInvertsTheRamp() {
        List<Long> offsets = arrivals(200, 0, 7);

        long firstHalf = offsets.stream().filter(o -> o < TEN_SECONDS / 2).count();
        assertThat(offsets.size()).isBetween(900, 1100);
        assertThat(firstHalf).isBetween(700L, 800L);
    }

    @Test
    void equalRatesGiveAHomogeneousProcessAndTheSameSeedTheSameSchedule() {
        List<Long> offsets = arrivals(50, 50, 3);

        assertThat(offsets.size()).isBetween(430, 570);
        long firstHalf = offsets.stream().filter(o -> o < TEN_SECONDS / 2).count();
        assertThat((double) firstHalf / offsets.size()).isBetween(0.42, 0.58);
        assertThat(arrivals(50, 50, 3)).isEqualTo(offsets);
    }
}
