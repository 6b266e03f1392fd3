package dev.slsbench.emulator.cloudwatch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.slsbench.emulator.metrics.ExtendedStatistic;
import dev.slsbench.emulator.metrics.MetricId;
import dev.slsbench.emulator.metrics.PeriodStatistics;
import dev.slsbench.emulator.metrics.QueryableMetricStore;
import dev.slsbench.emulator.metrics.Statistic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** CloudWatch's GetMetricStatistics over the emulator's metric store. */
final class GetMetricStatisticsOperation {

    static final int MAX_DATAPOINTS = 1_440;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final QueryableMetricStore store;

    GetMetricStatisticsOperation(QueryableMetricStore store) {
        this.store = store;
    }

    ObjectNode run(RequestFields input) {
        MetricId metric = MetricArguments.metric(input);
        Instant start = input.requiredInstant("StartTime");
        Instant end = input.requiredInstant("EndTime");
        Duration period = MetricArguments.period(input, "Period");
        Optional<String> unit = MetricArguments.unit(input);
        List<Statistic> statistics = statistics(input.strings("Statistics"));
        List<ExtendedStatistic> extended = extendedStatistics(input.strings("ExtendedStatistics"));
        // The API reference says "either Statistics or ExtendedStatistics, but not both", yet real
        // CloudWatch accepts both in one request and answers both in each datapoint, and real clients
        // depend on it: sm-serverless-benchmarking 0.2.3 (endpoint.py, get_endpoint_metrics) asks for
        // Average/Minimum/Maximum with p25/p50/p75 in one call and has no fallback. Only neither is refused.
        if (statistics.isEmpty() && extended.isEmpty()) {
            throw CloudWatchError.invalidParameterCombination(
                    "At least one of the parameters Statistics and ExtendedStatistics must be specified.");
        }
        TimeRange.check(start, end, period, MAX_DATAPOINTS);

        ArrayNode datapoints = NODES.arrayNode();
        for (PeriodStatistics aggregate : store.statistics(metric, start, end, period, unit)) {
            ObjectNode datapoint = datapoints.addObject();
            datapoint.set("Timestamp", new POJONode(aggregate.timestamp()));
            for (Statistic statistic : statistics) {
                datapoint.put(statistic.name(), aggregate.statistic(statistic));
            }
            datapoint.put("Unit", aggregate.unit());
            if (!extended.isEmpty()) {
                ObjectNode values = NODES.objectNode();
                for (ExtendedStatistic statistic : extended) {
                    OptionalDouble value = aggregate.extended(statistic);
                    value.ifPresent(v -> values.put(statistic.name(), v));
                }
                datapoint.set("ExtendedStatistics", values);
            }
        }
        ObjectNode output = NODES.objectNode();
        output.put("Label", metric.metricName());
        output.set("Datapoints", datapoints);
        return output;
    }

    private static List<Statistic> statistics(List<String> names) {
        if (names.size() > 5) {
            throw CloudWatchError.invalidParameterValue("The collection Statistics must not have more than 5 members.");
        }
        List<Statistic> statistics = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            statistics.add(Statistic.named(name).orElseThrow(() -> CloudWatchError.invalidParameterValue(
                    "The parameter Statistics contains " + name
                            + "; valid values are SampleCount, Average, Sum, Minimum and Maximum.")));
        }
        return statistics;
    }

    private static List<ExtendedStatistic> extendedStatistics(List<String> names) {
        if (names.size() > 10) {
            throw CloudWatchError.invalidParameterValue(
                    "The collection ExtendedStatistics must not have more than 10 members.");
        }
        List<ExtendedStatistic> statistics = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            statistics.add(ExtendedStatistics.parse(name));
        }
        return statistics;
    }
}
