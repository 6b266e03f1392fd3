package dev.slsbench.stats;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TpsSeriesTest {

    @Test
    void keepsOnePointPerSecondWithSilentSecondsAsZeros() {
        TpsSeries series = TpsSeries.ofCountsBySecond(Map.of(100L, 3L, 101L, 5L, 104L, 2L));

        assertThat(series.startEpochSecond()).isEqualTo(100);
        assertThat(series.secondsPerPoint()).isEqualTo(1);
        assertThat(series.completions()).containsExactly(3L, 5L, 0L, 0L, 2L);
        assertThat(series.tpsAt(1)).isEqualTo(5);
        assertThat(series.offsetSecondsAt(4)).isEqualTo(4);
    }

    @Test
    void foldsLongRunsIntoAtMostThreeHundredPointsKeepingEveryCall() {
        Map<Long, Long> counts = new HashMap<>();
        for (long second = 0; second < 1000; second++) {
            counts.put(1_700_000_000L + second, 10L);
        }

        TpsSeries series = TpsSeries.ofCountsBySecond(counts);

        assertThat(series.secondsPerPoint()).isEqualTo(4);
        assertThat(series.completions()).hasSize(250);
        assertThat(series.completions().stream().mapToLong(Long::longValue).sum()).isEqualTo(10_000);
        assertThat(series.tpsAt(0)).isEqualTo(10);
        assertThat(series.offsetSecondsAt(249)).isEqualTo(996);
    }

    @Test
    void countsCallsByTheSecondTheyEndedIn() {
        TpsCounter counter = new TpsCounter();
        counter.record(5_000_000_000L);
        counter.record(5_999_999_999L);
        counter.record(7_000_000_000L);

        assertThat(counter.series().orElseThrow().completions()).containsExactly(2L, 0L, 1L);
        assertThat(new TpsCounter().series()).isEmpty();
    }

    @Test
    void refusesAnEmptyOrOversizedSeries() {
        assertThatThrownBy(() -> TpsSeries.ofCountsBySecond(Map.of(1L, 0L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no second");
        assertThatThrownBy(() -> new TpsSeries(0, 1, Collections.nCopies(301, 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("301 points");
        assertThatThrownBy(() -> new TpsSeries(0, 0, List.of(1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secondsPerPoint: 0");
    }
}
