package dev.slsbench.emulator.cloudwatch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.metrics.MetricId;
import dev.slsbench.emulator.metrics.QueryableMetricStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** CloudWatch's ListMetrics: the metrics with retained data, filtered, 500 to a page. */
final class ListMetricsOperation {

    static final int PAGE_SIZE = 500;
    private static final Comparator<MetricId> ORDER = Comparator.comparing(MetricId::namespace)
            .thenComparing(MetricId::metricName).thenComparing(id -> id.dimensions().toString());

    private final QueryableMetricStore store;

    ListMetricsOperation(QueryableMetricStore store) {
        this.store = store;
    }

    ObjectNode run(RequestFields input) {
        Optional<String> namespace = input.string("Namespace");
        Optional<String> metricName = input.string("MetricName");
        Map<String, String> dimensionFilters = MetricArguments.dimensions(input, 10, false);
        input.string("RecentlyActive").filter(active -> !active.equals("PT3H")).ifPresent(active -> {
            throw CloudWatchError.invalidParameterValue("The parameter RecentlyActive must be PT3H, was " + active + ".");
        });
        long offset = PageToken.decode("ListMetrics", input.string("NextToken"));

        List<MetricId> matching = store.metrics().stream()
                .filter(id -> namespace.map(id.namespace()::equals).orElse(true))
                .filter(id -> metricName.map(id.metricName()::equals).orElse(true))
                .filter(id -> matches(id, dimensionFilters))
                .sorted(ORDER)
                .toList();

        ObjectNode output = JsonNodeFactory.instance.objectNode();
        ArrayNode metrics = output.putArray("Metrics");
        long end = Math.min(matching.size(), offset + PAGE_SIZE);
        for (long i = Math.min(offset, end); i < end; i++) {
            MetricId id = matching.get((int) i);
            ObjectNode metric = metrics.addObject();
            metric.put("Namespace", id.namespace());
            metric.put("MetricName", id.metricName());
            ArrayNode dimensions = metric.putArray("Dimensions");
            id.dimensions().forEach((name, value) -> dimensions.addObject().put("Name", name).put("Value", value));
        }
        if (end < matching.size()) {
            output.put("NextToken", PageToken.encode("ListMetrics", end));
        }
        return output;
    }

    private static boolean matches(MetricId id, Map<String, String> filters) {
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            String value = id.dimensions().get(filter.getKey());
            if (value == null || (filter.getValue() != null && !filter.getValue().equals(value))) {
                return false;
            }
        }
        return true;
    }
}
