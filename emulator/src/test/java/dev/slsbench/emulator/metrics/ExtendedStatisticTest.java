package dev.slsbench.emulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Extended statistics over the values 1, 2, ... 10, computed by hand in each case. */
class ExtendedStatisticTest {

    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

    @ParameterizedTest(name = "{0} of 1..10 is {1}")
    @CsvSource({
        "p90, 9", "p95, 10", "p10, 1", "p10.01, 2",
        "tm80, 4.5", "'TM(10%:90%)', 5.5", "IQM, 5", "'TM(3:7)', 5.5", "'TM(:5)', 3",
        "wm80, 5.2", "'WM(10%:90%)', 5.5",
        "tc80, 8", "ts80, 36", "'TC(3:7)', 4", "'TS(3:7)', 22", "'TS(8:)', 19",
        "'PR(:5)', 50", "'PR(2:4)', 20"
    })
    void computesTheStatisticOfOneToTen(String name, double expected) {
        PeriodStatistics oneToTen = oneToTen();

        assertThat(oneToTen.extended(ExtendedStatistic.parse(name))).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TM(20:30)", "tm5"})
    void hasNoTrimmedMeanWhenNoValueIsLeft(String name) {
        assertThat(oneToTen().extended(ExtendedStatistic.parse(name))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"p101", "p99.999", "median", "P99", "TM(90%:10%)", "TM(10%:90)", "WM(1:5)", "PR(10%:)",
        "TM(:)", "tm", ""})
    void refusesNamesCloudWatchWouldRefuseOrThatAreNotSupported(String name) {
        assertThatThrownBy(() -> ExtendedStatistic.parse(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The extended statistic " + name + " ");
    }

    private static PeriodStatistics oneToTen() {
        InMemoryMetricStore store = new InMemoryMetricStore(Clock.fixed(T0, ZoneOffset.UTC), Duration.ofHours(3));
        for (int value = 10; value >= 1; value--) {
            store.put("AWS/SageMaker", "ModelLatency", Map.of(), value, "Milliseconds", T0);
        }
        return store.statistics(MetricId.of("AWS/SageMaker", "ModelLatency", Map.of()), T0, T0.plusSeconds(1),
                Duration.ofSeconds(1), Optional.empty()).getFirst();
    }
}
