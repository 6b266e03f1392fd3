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
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CloudWatch's GetMetricData for MetricStat queries (metric math expressions are refused),
 * with ScanBy ordering and MaxDatapoints/NextToken paging over the flattened datapoints.
 */
final class GetMetricDataOperation {

    static final int MAX_QUERIES = 500;
    static final int DEFAULT_MAX_DATAPOINTS = 100_800;
    private static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9_]*");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final QueryableMetricStore store;

    GetMetricDataOperation(QueryableMetricStore store) {
        this.store = store;
    }

    ObjectNode run(RequestFields input) {
        List<RequestFields> queries = input.structures("MetricDataQueries");
        if (queries.isEmpty()) {
            throw CloudWatchError.missingParameter("MetricDataQueries");
        }
        if (queries.size() > MAX_QUERIES) {
            throw CloudWatchError.invalidParameterValue(
                    "The collection MetricDataQueries must not have more than " + MAX_QUERIES + " members.");
        }
        Instant start = input.requiredInstant("StartTime");
        Instant end = input.requiredInstant("EndTime");
        if (!start.isBefore(end)) {
            throw CloudWatchError.invalidParameterValue("The parameter StartTime must be less than the parameter EndTime.");
        }
        boolean ascending = scanAscending(input);
        int maxDatapoints = input.integer("MaxDatapoints").orElse(DEFAULT_MAX_DATAPOINTS);
        if (maxDatapoints < 1) {
            throw CloudWatchError.invalidParameterValue("The parameter MaxDatapoints must be at least 1.");
        }
        long offset = PageToken.decode("GetMetricData", input.string("NextToken"));

        List<Series> returned = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RequestFields query : queries) {
            Series series = series(query, start, end, ascending);
            if (!ids.add(series.id)) {
                throw CloudWatchError.validationError("The value " + series.id + " for parameter "
                        + query.path("Id") + " is used by more than one query.");
            }
            if (query.bool("ReturnData").orElse(true)) {
                returned.add(series);
            }
        }
        return page(returned, offset, maxDatapoints);
    }

    private Series series(RequestFields query, Instant start, Instant end, boolean ascending) {
        String id = query.requiredString("Id");
        if (!ID.matcher(id).matches()) {
            throw CloudWatchError.validationError("The value " + id + " for parameter " + query.path("Id")
                    + " is not valid: an Id starts with a lower-case letter and holds only letters, digits and _.");
        }
        if (query.has("Expression")) {
            throw CloudWatchError.validationError("The query " + id + " uses an Expression; the slsbench emulator's"
                    + " CloudWatch does not evaluate metric math, use MetricStat instead.");
        }
        RequestFields metricStat = query.structure("MetricStat").orElseThrow(() -> CloudWatchError.validationError(
                "The query " + id + " needs exactly one of MetricStat or Expression."));
        MetricId metric = MetricArguments.metric(metricStat.requiredStructure("Metric"));
        Duration period = MetricArguments.period(metricStat, "Period");
        String stat = metricStat.requiredString("Stat");
        Optional<Statistic> basic = Statistic.named(stat);
        ExtendedStatistic extended = basic.isPresent() ? null : ExtendedStatistics.parse(stat);
        Optional<String> unit = MetricArguments.unit(metricStat);

        List<Instant> timestamps = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (PeriodStatistics aggregate : store.statistics(metric, start, end, period, unit)) {
            OptionalDouble value = basic.isPresent() ? OptionalDouble.of(aggregate.statistic(basic.get()))
                    : aggregate.extended(extended);
            if (value.isPresent()) {
                timestamps.add(aggregate.timestamp());
                values.add(value.getAsDouble());
            }
        }
        if (!ascending) {
            Collections.reverse(timestamps);
            Collections.reverse(values);
        }
        String label = query.string("Label").orElse(metric.metricName());
        return new Series(id, label, timestamps, values);
    }

    private static boolean scanAscending(RequestFields input) {
        String scanBy = input.string("ScanBy").orElse("TimestampDescending");
        return switch (scanBy) {
            case "TimestampDescending" -> false;
            case "TimestampAscending" -> true;
            default -> throw CloudWatchError.invalidParameterValue(
                    "The parameter ScanBy must be TimestampDescending or TimestampAscending, was " + scanBy + ".");
        };
    }

    private static ObjectNode page(List<Series> returned, long offset, int maxDatapoints) {
        ObjectNode output = NODES.objectNode();
        ArrayNode results = output.putArray("MetricDataResults");
        long pageEnd = offset + maxDatapoints;
        long before = 0;
        for (Series series : returned) {
            ObjectNode result = results.addObject();
            result.put("Id", series.id);
            result.put("Label", series.label);
            ArrayNode timestamps = result.putArray("Timestamps");
            ArrayNode values = result.putArray("Values");
            int from = Math.clamp(offset - before, 0, series.timestamps.size());
            int to = Math.clamp(pageEnd - before, 0, series.timestamps.size());
            for (int i = from; i < to; i++) {
                timestamps.add(new POJONode(series.timestamps.get(i)));
                values.add(series.values.get(i));
            }
            result.put("StatusCode", to < series.timestamps.size() ? "PartialData" : "Complete");
            result.putArray("Messages");
            before += series.timestamps.size();
        }
        if (pageEnd < before) {
            output.put("NextToken", PageToken.encode("GetMetricData", pageEnd));
        }
        output.putArray("Messages");
        return output;
    }

    private record Series(String id, String label, List<Instant> timestamps, List<Double> values) {
    }
}
