package dev.slsbench.metrics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsCollectorWindowTest {

    @ParameterizedTest
    @CsvSource({
            "2025-01-01T10:00:05Z, 2025-01-01T10:00:50Z, 60",
            "2025-01-01T10:00:30Z, 2025-01-01T10:01:30Z, 120",
            "2025-01-01T09:59:59Z, 2025-01-01T10:00:01Z, 540",
            "2025-01-01T10:00:00Z, 2025-01-01T10:00:00Z, 60",
            "2025-01-01T10:02:10Z, 2025-01-01T10:06:20.5Z, 420"
    })
    void oneAlignedPeriodHoldsTheWholeWindow(Instant from, Instant to, int expectedPeriod) {
        MetricsCollector.Window window = MetricsCollector.Window.covering(from, to);

        assertThat(window.periodSeconds()).isEqualTo(expectedPeriod).isEqualTo((int) (window.end().getEpochSecond()
                - window.start().getEpochSecond()));
        assertThat(window.start().getEpochSecond() % window.periodSeconds()).isZero();
        assertThat(window.start()).isBeforeOrEqualTo(from);
        assertThat(window.end()).isAfterOrEqualTo(to);
    }
}
