package dev.slsbench.load;

import dev.slsbench.plan.StopConditions;
import dev.slsbench.record.InvocationRecord;
import dev.slsbench.record.StopEvent;
import dev.slsbench.stats.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StopMonitorTest {

    private static final long MS = 1_000_000L;

    private static InvocationRecord call(long sequence, long endMillis, long latencyMillis, Outcome outcome) {
        return new InvocationRecord("c", sequence, 0, (endMillis - latencyMillis) * MS, endMillis * MS,
                latencyMillis * MS, outcome, outcome.isSuccess() ? null : "failed", 1, 1, null);
    }

    private static StopMonitor monitor(StopConditions conditions) {
        return new StopMonitor(conditions, System.nanoTime(), "calls/s", () -> 12.0);
    }

    @Test
    void stopsWhenTheWindowsP99PassesTheLimitAndSaysAtWhatLoad() {
        StopMonitor monitor = monitor(new StopConditions(Optional.of(300.0), Optional.empty(), Optional.empty()));

        for (int i = 0; i < 100; i++) {
            monitor.observe(call(i, 1_000 + i * 200L, 100, Outcome.OK));
        }
        assertThat(monitor.stopped()).isFalse();
        for (int i = 100; i < 110; i++) {
            monitor.observe(call(i, 1_000 + i * 200L, 400, Outcome.OK));
        }

        assertThat(monitor.stopped()).isTrue();
        StopEvent stop = monitor.stop().orElseThrow();
        assertThat(stop.condition()).isEqualTo(StopEvent.Condition.P99);
        assertThat(stop.measured()).isEqualTo(400.0);
        assertThat(stop.load()).isEqualTo(12.0);
        assertThat(stop.describe()).startsWith("stopped at 12 calls/s after ")
                .endsWith("rolling p99 400 ms above the stop limit of 300 ms");
    }

    @Test
    void aSlowCallLeavesTheWindowAndFewerCallsThanTheMinimumAreNotJudged() {
        StopMonitor monitor = monitor(new StopConditions(Optional.of(300.0), Optional.empty(), Optional.empty()));

        monitor.observe(call(0, 1_000, 2_000, Outcome.OK));
        for (int i = 1; i < StopConditions.MIN_WINDOW_CALLS - 1; i++) {
            monitor.observe(call(i, 1_000 + i * 100L, 50, Outcome.OK));
        }
        assertThat(monitor.stopped()).isFalse();
        // 200 ms apart from 7 s on: the cold first call has left the 5 s window before 20 calls are in it
        for (int i = 0; i < 60; i++) {
            monitor.observe(call(100 + i, 7_000 + i * 200L, 50, Outcome.OK));
        }

        assertThat(monitor.stopped()).isFalse();
    }

    @Test
    void aLoneColdStartInAWindowOfFewerThanAHundredCallsDoesNotStopButTwoSlowCallsDo() {
        StopMonitor monitor = monitor(new StopConditions(Optional.of(300.0), Optional.empty(), Optional.empty()));

        for (int i = 0; i < 30; i++) {
            monitor.observe(call(i, 1_000 + i * 110L, i == 10 ? 2_000 : 50, Outcome.OK));
        }
        assertThat(monitor.stopped()).isFalse();
        monitor.observe(call(30, 1_000 + 30 * 110L, 900, Outcome.OK));

        assertThat(monitor.stop()).hasValueSatisfying(stop -> assertThat(stop.measured()).isEqualTo(900.0));
    }

    @Test
    void stopsOnTheErrorRateButNotOnThrottles() {
        StopMonitor throttled = monitor(new StopConditions(Optional.empty(), Optional.of(0.1), Optional.empty()));
        StopMonitor failing = monitor(new StopConditions(Optional.empty(), Optional.of(0.1), Optional.empty()));

        for (int i = 0; i < 40; i++) {
            Outcome outcome = i % 4 == 0 ? Outcome.THROTTLED : Outcome.OK;
            throttled.observe(call(i, 1_000 + i * 120L, 20, outcome));
            failing.observe(call(i, 1_000 + i * 120L, 20, i % 4 == 0 ? Outcome.MODEL_ERROR : Outcome.OK));
        }

        assertThat(throttled.stopped()).isFalse();
        assertThat(failing.stop()).hasValueSatisfying(stop -> {
            assertThat(stop.condition()).isEqualTo(StopEvent.Condition.ERROR_RATE);
            assertThat(stop.measured()).isGreaterThan(0.1);
        });
    }

    @Test
    void stopsAtTheMaxDuration() {
        StopMonitor monitor = new StopMonitor(new StopConditions(Optional.empty(), Optional.empty(),
                Optional.of(Duration.ofMillis(1))), System.nanoTime() - Duration.ofSeconds(1).toNanos(), "users", () -> 3);

        assertThat(monitor.stopped()).isTrue();
        assertThat(monitor.stop()).hasValueSatisfying(stop -> {
            assertThat(stop.condition()).isEqualTo(StopEvent.Condition.MAX_DURATION);
            assertThat(stop.describe()).startsWith("stopped at 3 users");
        });
    }
}
