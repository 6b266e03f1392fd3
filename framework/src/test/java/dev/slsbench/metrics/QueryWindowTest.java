package dev.slsbench.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class QueryWindowTest {

    private static Instant at(String time) {
        return Instant.parse("2025-01-01T" + time + "Z");
    }

    @ParameterizedTest
    @CsvSource({
            "2025-01-01T10:00:05Z, 2025-01-01T10:00:50Z, 60",
            "2025-01-01T10:00:30Z, 2025-01-01T10:01:30Z, 120",
            "2025-01-01T09:59:59Z, 2025-01-01T10:00:01Z, 540",
            "2025-01-01T10:00:00Z, 2025-01-01T10:00:00Z, 60",
            "2025-01-01T10:02:10Z, 2025-01-01T10:06:20.5Z, 420"
    })
    void oneAlignedPeriodHoldsTheWholeWindowWhenNothingElseRanOnTheEndpoint(Instant from, Instant to,
                                                                            int expectedPeriod) {
        QueryWindow window = QueryWindow.covering(from, to);

        assertThat(window.periodSeconds()).isEqualTo(expectedPeriod).isEqualTo((int) (window.end().getEpochSecond()
                - window.start().getEpochSecond()));
        assertThat(window.start().getEpochSecond() % window.periodSeconds()).isZero();
        assertThat(window.start()).isBeforeOrEqualTo(from);
        assertThat(window.end()).isAfterOrEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({
            "10:00:02.2, 10:00:03.7, 10:00:00, 10:00:05, 5",
            "10:00:02.2, 10:00:02.7, 10:00:02, 10:00:03, 1",
            "10:00:12.0, 10:00:17.5, 10:00:10, 10:00:20, 10",
            "10:00:31.0, 10:00:59.0, 10:00:30, 10:01:00, 30",
    })
    void aOneSecondResolutionAllowsPeriodsShorterThanAMinute(String from, String to, String start, String end,
                                                            int period) {
        QueryWindow window = QueryWindow.of(CallWindow.of(at(from), at(to)), 1);

        assertThat(window).isEqualTo(new QueryWindow(at(start), at(end), period));
    }

    @Test
    void aPeriodThatWouldReachIntoANeighboursCallsGivesWayToPeriodsOfTheResolution() {
        CallWindow calls = new CallWindow(at("10:00:02.2"), at("10:00:03.7"), at("10:00:01.9"), at("10:00:04.1"));

        QueryWindow window = QueryWindow.of(calls, 1);

        assertThat(window).isEqualTo(new QueryWindow(at("10:00:02"), at("10:00:04"), 1));
        assertThat(calls.sharesTimeWithNeighbours(window.start(), window.end())).isFalse();
    }

    @Test
    void neighboursOutsideTheAlignedPeriodLeaveItInPlace() {
        CallWindow calls = new CallWindow(at("10:00:02.2"), at("10:00:03.7"), at("10:00:00"), at("10:00:05.3"));

        assertThat(QueryWindow.of(calls, 1)).isEqualTo(new QueryWindow(at("10:00:00"), at("10:00:05"), 5));
    }

    @Test
    void atAMinutesResolutionNeighboursInTheSameMinuteCannotBeKeptOutAndThatIsSaid() {
        CallWindow calls = new CallWindow(at("10:02:10"), at("10:06:20.5"), at("10:02:05"), at("10:06:30"));

        QueryWindow window = QueryWindow.of(calls, 60);

        assertThat(window).isEqualTo(new QueryWindow(at("10:02:00"), at("10:07:00"), 60));
        assertThat(calls.sharesTimeWithNeighbours(window.start(), window.end())).isTrue();
    }

    @Test
    void callsAlignedToTheResolutionAreQueriedExactlyWithOnePeriodWhenOneFits() {
        CallWindow calls = new CallWindow(at("10:00:30"), at("10:01:30"), at("10:00:00.5"), at("10:01:59"));

        QueryWindow window = QueryWindow.of(calls, 60);

        assertThat(window).isEqualTo(new QueryWindow(at("10:00:00"), at("10:02:00"), 120));
        assertThat(calls.sharesTimeWithNeighbours(window.start(), window.end())).isTrue();
    }
}
