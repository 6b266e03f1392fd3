package dev.slsbench.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TpsAndOutcomeTest {

    @Test
    void summarisesPerSecondCountsAsPandasDescribeDoes() {
        TpsSummary tps = TpsSummary.ofCountsPerSecond(List.of(3L, 5L, 2L, 8L));

        assertThat(tps).isEqualTo(new TpsSummary(4, 4.5, 2.75, 4.0, 5.75, 8));
    }

    @Test
    void bucketsCallsByTheWholeSecondTheyEndedIn() {
        TpsCounter counter = new TpsCounter();
        long second = 1_700_000_000L * 1_000_000_000L;
        counter.record(second);
        counter.record(second + 999_999_999);
        counter.record(second + 1_000_000_000);
        counter.record(second + 3_500_000_000L);
        counter.record(second + 3_600_000_000L);
        counter.record(second + 3_700_000_000L);

        assertThat(counter.summary()).contains(TpsSummary.ofCountsPerSecond(List.of(2L, 1L, 3L)));
        assertThat(counter.summary().orElseThrow().seconds()).isEqualTo(3);
    }

    @Test
    void countsACallThatEndsInAnEarlierSecondThanTheOneBeforeItInItsOwnSecond() {
        TpsCounter counter = new TpsCounter();
        long second = 1_700_000_000L * 1_000_000_000L;
        counter.record(second + 1_100_000_000L);
        counter.record(second + 900_000_000L);
        counter.record(second + 1_200_000_000L);
        counter.record(second + 300_000_000L);

        assertThat(counter.series().orElseThrow().completions()).containsExactly(2L, 2L);
    }

    @Test
    void hasNoTpsWithoutCalls() {
        assertThat(new TpsCounter().summary()).isEmpty();
        assertThatThrownBy(() -> TpsSummary.ofCountsPerSecond(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsThrottlesApartFromErrors() {
        OutcomeCounter counter = new OutcomeCounter();
        for (int i = 0; i < 90; i++) {
            counter.record(Outcome.OK);
        }
        for (int i = 0; i < 6; i++) {
            counter.record(Outcome.THROTTLED);
        }
        counter.record(Outcome.INSUFFICIENT_MEMORY);
        counter.record(Outcome.MODEL_ERROR);
        counter.record(Outcome.MODEL_ERROR);
        counter.record(Outcome.CLIENT_ERROR);

        OutcomeCounts counts = counter.snapshot();

        assertThat(counts).isEqualTo(new OutcomeCounts(90, 6, 1, 2, 1));
        assertThat(counts.issued()).isEqualTo(100);
        assertThat(counts.throttleRate()).isEqualTo(0.06);
        assertThat(counts.errorRate()).isEqualTo(0.04);
        assertThat(counts.failures()).isEqualTo(10);
        assertThat(counts.asMap()).containsEntry(Outcome.MODEL_ERROR, 2L).hasSize(5);
        assertThat(counts.plus(counts).issued()).isEqualTo(200);
    }

    @Test
    void reportsZeroRatesWhenNothingWasIssued() {
        assertThat(OutcomeCounts.NONE.throttleRate()).isZero();
        assertThat(OutcomeCounts.NONE.errorRate()).isZero();
    }

    @Test
    void mapsOutcomesToTheToolkitsFlags() {
        assertThat(Outcome.THROTTLED.throttleExceptionFlag()).isOne();
        assertThat(Outcome.INSUFFICIENT_MEMORY.insufficientMemoryErrorFlag()).isOne();
        assertThat(Outcome.MODEL_ERROR.otherModelErrorFlag()).isOne();
        assertThat(List.of(Outcome.OK, Outcome.CLIENT_ERROR)).allSatisfy(o -> {
            assertThat(o.throttleExceptionFlag() + o.insufficientMemoryErrorFlag() + o.otherModelErrorFlag()).isZero();
        });
        assertThat(Outcome.CLIENT_ERROR.isError()).isTrue();
        assertThat(Outcome.THROTTLED.isError()).isFalse();
    }
}
