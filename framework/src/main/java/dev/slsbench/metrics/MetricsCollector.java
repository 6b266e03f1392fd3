package dev.slsbench.metrics;

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Reads an endpoint's CloudWatch metrics ({@link SageMakerMetric}: ModelSetupTime,
 * ModelLatency, OverheadLatency, Invocations, Invocation4XXErrors, Invocation5XXErrors,
 * MemoryUtilization, and the serverless concurrency metrics: ServerlessConcurrentExecutionsUtilization
 * and, with ProvisionedConcurrency, ServerlessProvisionedConcurrencyExecutions, -Utilization,
 * -Invocations and -SpilloverInvocations; dimensions {@code EndpointName} and {@code VariantName}) over the window
 * of one configuration's calls, with one GetMetricData request (all its pages) per attempt:
 * SampleCount, Average, Minimum, Maximum, p25, p50 and p75 of each metric, as the toolkit asks
 * GetMetricStatistics for. Latencies are converted from microseconds to milliseconds.
 *
 * <p>Where possible the query is one aligned period holding every call, so that CloudWatch
 * answers with one data point per statistic; when that period would reach into the time the
 * endpoint served another configuration, the calls are covered with periods of the metrics'
 * resolution instead ({@link CallWindow}; the rule is {@code QueryWindow}'s). With several data
 * points, counts are summed, averages weighted by sample count, extremes combined, and
 * percentiles (which cannot be combined) reported absent. A metric without data is reported
 * {@link EndpointMetrics#missing() missing}, never as zero. The result's window is the span
 * queried.
 *
 * <p>CloudWatch publishes SageMaker metrics with a delay; when told how many calls succeeded,
 * the collector polls until the Invocations count reaches that number or the settle timeout
 * ends, and then reports what is there.
 */
public final class MetricsCollector {

    static final List<String> STATISTICS = List.of("SampleCount", "Average", "Minimum", "Maximum", "p25", "p50", "p75");

    private final CloudWatchClient cloudWatch;
    private final Duration settleTimeout;
    private final Duration pollInterval;
    private final int resolutionSeconds;

    /**
     * @param cloudWatch the CloudWatch client
     * @param settleTimeout how long to wait for CloudWatch to show expected calls (zero: no waiting)
     * @param pollInterval pause between attempts while waiting
     * @param resolution the finest period the metrics are kept at: 1, 5, 10, 30 s or a multiple of
     *        60 s (SageMaker on AWS: 60 s; the slsbench emulator: 1 s)
     */
    public MetricsCollector(CloudWatchClient cloudWatch, Duration settleTimeout, Duration pollInterval,
                            Duration resolution) {
        this.cloudWatch = Objects.requireNonNull(cloudWatch, "cloudWatch");
        this.settleTimeout = Objects.requireNonNull(settleTimeout, "settleTimeout");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(resolution, "resolution");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval: " + pollInterval + " is not positive");
        }
        long seconds = resolution.getSeconds();
        if (resolution.getNano() != 0 || !(List.of(1L, 5L, 10L, 30L).contains(seconds) || (seconds > 0 && seconds % 60 == 0))) {
            throw new IllegalArgumentException("resolution: " + resolution + " is not 1, 5, 10 or 30 s or a multiple of 60 s");
        }
        this.resolutionSeconds = Math.toIntExact(seconds);
    }

    /** The finest period the metrics are read at. */
    public Duration resolution() {
        return Duration.ofSeconds(resolutionSeconds);
    }

    /** The metrics of one endpoint variant over {@code [from, to]}, as they are now. */
    public EndpointMetrics collect(String endpointName, String variantName, Instant from, Instant to) {
        return collect(endpointName, variantName, CallWindow.of(from, to));
    }

    /** The metrics of one endpoint variant for the calls in {@code calls}, as they are now. */
    public EndpointMetrics collect(String endpointName, String variantName, CallWindow calls) {
        QueryWindow window = QueryWindow.of(calls, resolutionSeconds);
        Map<String, List<Double>> valuesById = new HashMap<>();
        for (GetMetricDataResponse page : cloudWatch.getMetricDataPaginator(r -> r
                .startTime(window.start()).endTime(window.end())
                .metricDataQueries(queries(endpointName, variantName, window.periodSeconds())))) {
            for (MetricDataResult result : page.metricDataResults()) {
                valuesById.computeIfAbsent(result.id(), id -> new ArrayList<>()).addAll(result.values());
            }
        }
        Map<String, MetricSummary> metrics = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (SageMakerMetric metric : SageMakerMetric.values()) {
            MetricSummary summary = summarise(metric, valuesById);
            if (summary == null) {
                missing.add(metric.metricName());
            } else {
                metrics.put(metric.metricName(), summary);
            }
        }
        return new EndpointMetrics(endpointName, window.start(), window.end(), metrics, missing);
    }

    /**
     * The metrics over {@code [from, to]} once CloudWatch counts at least
     * {@code expectedInvocations} Invocations, or what it has when the settle timeout ends.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public EndpointMetrics collect(String endpointName, String variantName, Instant from, Instant to,
                                   long expectedInvocations) throws InterruptedException {
        return collect(endpointName, variantName, CallWindow.of(from, to), expectedInvocations);
    }

    /**
     * The metrics for the calls in {@code calls} once CloudWatch counts at least
     * {@code expectedInvocations} Invocations, or what it has when the settle timeout ends.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public EndpointMetrics collect(String endpointName, String variantName, CallWindow calls,
                                   long expectedInvocations) throws InterruptedException {
        long deadline = System.nanoTime() + settleTimeout.toNanos();
        while (true) {
            EndpointMetrics metrics = collect(endpointName, variantName, calls);
            double invocations = metrics.get(SageMakerMetric.INVOCATIONS)
                    .map(s -> s.average() * s.sampleCount().orElse(0)).orElse(0.0);
            if (invocations + 0.5 >= expectedInvocations || System.nanoTime() - deadline >= 0) {
                return metrics;
            }
            Thread.sleep(pollInterval);
        }
    }

    private static List<MetricDataQuery> queries(String endpointName, String variantName, int periodSeconds) {
        List<Dimension> dimensions = List.of(
                Dimension.builder().name("EndpointName").value(endpointName).build(),
                Dimension.builder().name("VariantName").value(variantName).build());
        List<MetricDataQuery> queries = new ArrayList<>();
        SageMakerMetric[] metrics = SageMakerMetric.values();
        for (int m = 0; m < metrics.length; m++) {
            SageMakerMetric metric = metrics[m];
            for (int s = 0; s < STATISTICS.size(); s++) {
                String stat = STATISTICS.get(s);
                queries.add(MetricDataQuery.builder()
                        .id(id(m, s))
                        .returnData(true)
                        .metricStat(ms -> ms.period(periodSeconds).stat(stat)
                                .metric(mb -> mb.namespace(metric.namespace()).metricName(metric.metricName())
                                        .dimensions(dimensions)))
                        .build());
            }
        }
        return queries;
    }

    private static String id(int metricIndex, int statisticIndex) {
        return "m" + metricIndex + "_s" + statisticIndex;
    }

    private static MetricSummary summarise(SageMakerMetric metric, Map<String, List<Double>> valuesById) {
        int m = metric.ordinal();
        List<Double> counts = valuesById.getOrDefault(id(m, 0), List.of());
        List<Double> averages = valuesById.getOrDefault(id(m, 1), List.of());
        List<Double> minimums = valuesById.getOrDefault(id(m, 2), List.of());
        List<Double> maximums = valuesById.getOrDefault(id(m, 3), List.of());
        if (averages.isEmpty() || minimums.isEmpty() || maximums.isEmpty()) {
            return null;
        }
        double scale = metric.isLatency() ? 1e-3 : 1;
        double average;
        OptionalDouble sampleCount;
        if (counts.size() == averages.size()) {
            double total = counts.stream().mapToDouble(Double::doubleValue).sum();
            double weighted = 0;
            for (int i = 0; i < counts.size(); i++) {
                weighted += counts.get(i) * averages.get(i);
            }
            sampleCount = OptionalDouble.of(total);
            average = total > 0 ? weighted / total : averages.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        } else {
            sampleCount = OptionalDouble.empty();
            average = averages.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        }
        double minimum = minimums.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double maximum = maximums.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return new MetricSummary(metric.metricName(), metric.namespace(), metric.storedUnit(), sampleCount,
                average * scale, minimum * scale, maximum * scale,
                single(valuesById, id(m, 4), scale), single(valuesById, id(m, 5), scale),
                single(valuesById, id(m, 6), scale));
    }

    private static OptionalDouble single(Map<String, List<Double>> valuesById, String id, double scale) {
        List<Double> values = valuesById.getOrDefault(id, List.of());
        return values.size() == 1 ? OptionalDouble.of(values.getFirst() * scale) : OptionalDouble.empty();
    }
}
