package dev.slsbench.emulator.cloudwatch;

import dev.slsbench.emulator.metrics.MetricId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and validates the arguments CloudWatch's metric operations share: metric, period, unit. */
final class MetricArguments {

    static final int MAX_DIMENSIONS = 30;

    static final Set<String> STANDARD_UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
            "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent",
            "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
            "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second",
            "None");

    private MetricArguments() {
    }

    /** Namespace, MetricName and Dimensions of {@code fields} as one metric. */
    static MetricId metric(RequestFields fields) {
        String namespace = fields.requiredString("Namespace");
        String metricName = fields.requiredString("MetricName");
        return MetricId.of(namespace, metricName, dimensions(fields, MAX_DIMENSIONS, true));
    }

    /**
     * The Dimensions list as a map; values are required unless {@code valueRequired} is false
     * (ListMetrics filters), where a missing value maps to the empty optional's stand-in, null.
     */
    static Map<String, String> dimensions(RequestFields fields, int max, boolean valueRequired) {
        List<RequestFields> list = fields.structures("Dimensions");
        if (list.size() > max) {
            throw CloudWatchError.invalidParameterValue("The collection " + fields.path("Dimensions")
                    + " must not have a size greater than " + max + ".");
        }
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (RequestFields dimension : list) {
            String name = dimension.requiredString("Name");
            String value = valueRequired ? dimension.requiredString("Value") : dimension.string("Value").orElse(null);
            if (dimensions.containsKey(name)) {
                throw CloudWatchError.invalidParameterValue("The dimension " + name + " appears more than once in "
                        + fields.path("Dimensions") + ".");
            }
            dimensions.put(name, value);
        }
        return dimensions;
    }

    /** A period CloudWatch accepts: 1, 5, 10, 30 (high resolution) or a multiple of 60 seconds. */
    static Duration period(RequestFields fields, String member) {
        int seconds = fields.requiredInteger(member);
        boolean highResolution = seconds == 1 || seconds == 5 || seconds == 10 || seconds == 30;
        if (seconds < 1 || (!highResolution && seconds % 60 != 0)) {
            throw CloudWatchError.invalidParameterValue("The parameter " + fields.path(member)
                    + " must be 1, 5, 10, 30 or a multiple of 60, was " + seconds + ".");
        }
        return Duration.ofSeconds(seconds);
    }

    static Optional<String> unit(RequestFields fields) {
        Optional<String> unit = fields.string("Unit");
        unit.ifPresent(name -> {
            if (!STANDARD_UNITS.contains(name)) {
                throw CloudWatchError.invalidParameterValue("The parameter " + fields.path("Unit")
                        + " must be a CloudWatch standard unit (e.g. Count, Microseconds, Percent), was " + name + ".");
            }
        });
        return unit;
    }
}
