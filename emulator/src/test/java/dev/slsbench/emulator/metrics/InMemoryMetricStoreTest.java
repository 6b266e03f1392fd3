package dev.slsbench.emulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryMetricStoreTest {

    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");
    private static final Map<String, String> CHURN = Map.of("EndpointName", "churn", "VariantName", "AllTraffic");
    private static final MetricId LATENCY = MetricId.of("AWS/SageMaker", "ModelLatency", CHURN);

    private final SettableClock clock = new SettableClock(T0.plusSeconds(600));
    private final InMemoryMetricStore store = new InMemoryMetricStore(clock, Duration.ofHours(3));

    @Test
    void aggregatesSecondsIntoPeriodsAlignedToThePeriod() {
        put(1, T0.plusSeconds(5));
        put(3, T0.plusSeconds(59).plusMillis(999));
        put(10, T0.plusSeconds(60));

        List<PeriodStatistics> periods = store.statistics(LATENCY, T0.plusSeconds(30), T0.plusSeconds(120),
                Duration.ofMinutes(1), Optional.empty());

        assertThat(periods).extracting(PeriodStatistics::timestamp, PeriodStatistics::sampleCount,
                PeriodStatistics::sum, PeriodStatistics::minimum, PeriodStatistics::maximum, PeriodStatistics::average)
                .containsExactly(tuple(T0, 2L, 4.0, 1.0, 3.0, 2.0), tuple(T0.plusSeconds(60), 1L, 10.0, 10.0, 10.0, 10.0));
    }

    @Test
    void aggregatesOneSecondPeriods() {
        put(1, T0.plusMillis(100));
        put(2, T0.plusMillis(900));
        put(4, T0.plusSeconds(2));

        List<PeriodStatistics> periods = store.statistics(LATENCY, T0, T0.plusSeconds(10), Duration.ofSeconds(1),
                Optional.empty());

        assertThat(periods).extracting(PeriodStatistics::timestamp, PeriodStatistics::sum)
                .containsExactly(tuple(T0, 3.0), tuple(T0.plusSeconds(2), 4.0));
    }

    @Test
    void leavesOutSecondsAtOrAfterTheEndTime() {
        put(1, T0.plusSeconds(9));
        put(2, T0.plusSeconds(10));

        List<PeriodStatistics> periods = store.statistics(LATENCY, T0, T0.plusSeconds(10), Duration.ofMinutes(1),
                Optional.empty());

        assertThat(periods).singleElement().extracting(PeriodStatistics::sum).isEqualTo(1.0);
    }

    @Test
    void keepsUnitsApartAndFiltersByUnit() {
        store.put("AWS/SageMaker", "ModelLatency", CHURN, 5, "Microseconds", T0);
        store.put("AWS/SageMaker", "ModelLatency", CHURN, 7, "Milliseconds", T0);

        List<PeriodStatistics> all = store.statistics(LATENCY, T0, T0.plusSeconds(60), Duration.ofMinutes(1),
                Optional.empty());
        List<PeriodStatistics> millis = store.statistics(LATENCY, T0, T0.plusSeconds(60), Duration.ofMinutes(1),
                Optional.of("Milliseconds"));

        assertThat(all).extracting(PeriodStatistics::unit, PeriodStatistics::sum)
                .containsExactly(tuple("Microseconds", 5.0), tuple("Milliseconds", 7.0));
        assertThat(millis).extracting(PeriodStatistics::sum).containsExactly(7.0);
    }

    @Test
    void recordsAMissingUnitAsNone() {
        store.put("AWS/SageMaker", "ModelLatency", CHURN, 5, null, T0);

        assertThat(store.statistics(LATENCY, T0, T0.plusSeconds(60), Duration.ofMinutes(1), Optional.of("None")))
                .hasSize(1);
    }

    @Test
    void treatsDimensionMapsWithTheSameContentAsOneMetric() {
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("VariantName", "AllTraffic");
        reordered.put("EndpointName", "churn");
        put(1, T0);
        store.put("AWS/SageMaker", "ModelLatency", reordered, 2, "Microseconds", T0);
        store.put("AWS/SageMaker", "ModelLatency", Map.of("EndpointName", "churn"), 100, "Microseconds", T0);

        assertThat(store.statistics(LATENCY, T0, T0.plusSeconds(60), Duration.ofMinutes(1), Optional.empty()))
                .singleElement().extracting(PeriodStatistics::sum).isEqualTo(3.0);
        assertThat(store.metrics()).containsExactlyInAnyOrder(LATENCY,
                MetricId.of("AWS/SageMaker", "ModelLatency", Map.of("EndpointName", "churn")));
    }

    @Test
    void dropsDatapointsOlderThanTheRetention() {
        InMemoryMetricStore shortMemory = new InMemoryMetricStore(clock, Duration.ofMinutes(5));
        shortMemory.put("AWS/SageMaker", "ModelLatency", CHURN, 1, "Microseconds", T0);

        assertThat(shortMemory.metrics()).isEmpty();
        assertThat(shortMemory.statistics(LATENCY, T0, T0.plusSeconds(600), Duration.ofMinutes(1), Optional.empty()))
                .isEmpty();
    }

    @Test
    void forgetsDatapointsOnceTheyAgeBeyondTheRetention() {
        InMemoryMetricStore shortMemory = new InMemoryMetricStore(clock, Duration.ofMinutes(5));
        Instant now = clock.instant();
        shortMemory.put("AWS/SageMaker", "ModelLatency", CHURN, 1, "Microseconds", now.minusSeconds(60));
        shortMemory.put("AWS/SageMaker", "ModelLatency", CHURN, 2, "Microseconds", now);

        clock.set(now.plusSeconds(270));
        List<PeriodStatistics> later = shortMemory.statistics(LATENCY, now.minusSeconds(600), now.plusSeconds(600),
                Duration.ofSeconds(1), Optional.empty());
        clock.set(now.plusSeconds(301));
        List<PeriodStatistics> muchLater = shortMemory.statistics(LATENCY, now.minusSeconds(600), now.plusSeconds(600),
                Duration.ofSeconds(1), Optional.empty());

        assertThat(later).extracting(PeriodStatistics::sum).containsExactly(2.0);
        assertThat(muchLater).isEmpty();
        assertThat(shortMemory.metrics()).isEmpty();
    }

    @Test
    void computesNearestRankPercentilesExactlyForFewValues() {
        for (double value : new double[] {40, 10, 30, 20}) {
            put(value, T0);
        }
        PeriodStatistics period = onlyPeriod();

        assertThat(percentile(period, "p0")).isEqualTo(10.0);
        assertThat(percentile(period, "p25")).isEqualTo(10.0);
        assertThat(percentile(period, "p50")).isEqualTo(20.0);
        assertThat(percentile(period, "p50.01")).isEqualTo(30.0);
        assertThat(percentile(period, "p75")).isEqualTo(30.0);
        assertThat(percentile(period, "p99.9")).isEqualTo(40.0);
        assertThat(percentile(period, "p100")).isEqualTo(40.0);
    }

    @Test
    void approximatesPercentilesOfBusySecondsToAHundredth() {
        for (int value = 10_000; value >= 1; value--) {
            put(value, T0.plusMillis(value % 1000));
        }
        PeriodStatistics period = onlyPeriod();

        assertThat(period.sampleCount()).isEqualTo(10_000);
        assertThat(period.sum()).isEqualTo(50_005_000.0);
        assertThat(period.minimum()).isEqualTo(1.0);
        assertThat(period.maximum()).isEqualTo(10_000.0);
        assertThat(percentile(period, "p50")).isCloseTo(5_000.0, withinPercentage(1));
        assertThat(percentile(period, "p99")).isCloseTo(9_900.0, withinPercentage(1));
        assertThat(percentile(period, "p100")).isEqualTo(10_000.0);
    }

    @Test
    void mergesBusyAndQuietSecondsIntoOnePeriod() {
        for (int value = 1; value <= 100; value++) {
            put(value, T0);
        }
        put(1_000, T0.plusSeconds(1));
        PeriodStatistics period = onlyPeriod();

        assertThat(period.sampleCount()).isEqualTo(101);
        assertThat(percentile(period, "p50")).isCloseTo(51.0, withinPercentage(1));
        assertThat(percentile(period, "p100")).isEqualTo(1_000.0);
    }

    @Test
    void offersNoPercentilesForAPeriodWithANegativeValue() {
        put(5, T0);
        put(-1, T0.plusSeconds(1));
        PeriodStatistics period = onlyPeriod();

        assertThat(period.average()).isEqualTo(2.0);
        assertThat(period.extended(ExtendedStatistic.parse("p50"))).isEmpty();
    }

    @Test
    void refusesNonFiniteValues() {
        assertThatThrownBy(() -> put(Double.NaN, T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ModelLatency").hasMessageContaining("NaN");
        assertThatThrownBy(() -> new InMemoryMetricStore(clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
    }

    @Test
    void losesNoDatapointWhenManyThreadsPutToOneMetricAtOnce() throws Exception {
        int threads = 8;
        int putsEach = 20_000;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < putsEach; i++) {
                        put(1 + i % 100, T0.plusMillis(i % 3_000));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        PeriodStatistics period = onlyPeriod();

        assertThat(period.sampleCount()).isEqualTo((long) threads * putsEach);
        assertThat(period.sum()).isEqualTo(threads * (putsEach / 100) * 5_050.0);
        assertThat(percentile(period, "p100")).isEqualTo(100.0);
    }

    private void put(double value, Instant at) {
        store.put("AWS/SageMaker", "ModelLatency", CHURN, value, "Microseconds", at);
    }

    private PeriodStatistics onlyPeriod() {
        List<PeriodStatistics> periods = store.statistics(LATENCY, T0, T0.plusSeconds(60), Duration.ofMinutes(1),
                Optional.empty());
        assertThat(periods).hasSize(1);
        return periods.getFirst();
    }

    private static double percentile(PeriodStatistics period, String name) {
        return period.extended(ExtendedStatistic.parse(name)).orElseThrow();
    }
}
