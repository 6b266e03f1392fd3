package dev.slsbench.emulator.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A {@link MetricStore} that can also be read back, the way CloudWatch's GetMetricStatistics,
 * GetMetricData and ListMetrics read it: per-period aggregates and the metrics seen.
 */
public interface QueryableMetricStore extends MetricStore {

    /** Every metric with at least one datapoint still retained, in no particular order. */
    List<MetricId> metrics();

    /**
     * Aggregates a metric's datapoints into periods aligned to multiples of {@code period} since
     * the epoch, covering {@code [start, end)}. Periods without datapoints are left out; a period
     * with datapoints in several units yields one aggregate per unit.
     *
     * @param unit when present, only datapoints recorded with this unit count
     * @return aggregates in ascending timestamp order
     */
    List<PeriodStatistics> statistics(MetricId metric, Instant start, Instant end, Duration period,
            Optional<String> unit);
}
