package dev.slsbench.plan;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks every option of a {@link BenchmarkPlan.Builder}, collecting one message per problem. */
final class PlanValidator {

    /** SageMaker's pattern for model and endpoint names. */
    static final Pattern RESOURCE_NAME = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9])*");
    static final int MAX_MODEL_NAME_LENGTH = 63;
    static final Pattern RUN_ID = Pattern.compile("[a-z0-9](-?[a-z0-9])*");
    static final int MAX_RUN_ID_LENGTH = 16;
    static final Pattern REGION = Pattern.compile("[a-z]{2,}(-[a-z]+)+-\\d+");

    private final BenchmarkPlan.Builder b;
    private final List<String> problems = new ArrayList<>();

    PlanValidator(BenchmarkPlan.Builder builder) {
        this.b = builder;
    }

    List<String> problems() {
        checkModelName();
        checkMemorySizes("memorySizesMb", b.memorySizesMb);
        positive("stabilityInvocations", b.stabilityInvocations);
        positive("errorThreshold", b.errorThreshold);
        checkConcurrencyMaxValues();
        checkClientMultipliers();
        positive("concurrencyInvocations", b.concurrencyInvocations);
        nonNegative("coldStartDelay", b.coldStartDelay);
        if (b.concurrencyMemoryMb != null) {
            memorySize("concurrencyMemoryMb", b.concurrencyMemoryMb);
        }
        if (b.provisionedConcurrency < 0 || b.provisionedConcurrency > BenchmarkPlan.MAX_CONCURRENCY_LIMIT) {
            problems.add("provisionedConcurrency: " + b.provisionedConcurrency + " is not within 0.."
                    + BenchmarkPlan.MAX_CONCURRENCY_LIMIT);
        }
        if (b.region != null && !REGION.matcher(b.region).matches()) {
            problems.add("region: '" + b.region + "' is not an AWS region name such as us-east-1");
        }
        checkEndpointUrl(b.endpointUrl);
        checkRunId();
        nonNegative("thinkTime", b.thinkTime);
        checkOpenLoopPhases();
        if (b.payloadOrder == null) {
            problems.add("payloadOrder: null is not one of " + List.of(PayloadOrder.values()));
        }
        if (b.recommendationStrategy == null) {
            problems.add("recommendationStrategy: null is not one of " + List.of(RecommendationStrategy.values()));
        }
        return problems;
    }

    private void checkModelName() {
        if (b.modelName == null || b.modelName.isBlank()) {
            problems.add("modelName: " + quoted(b.modelName) + " is empty; name the SageMaker model to benchmark");
        } else if (b.modelName.length() > MAX_MODEL_NAME_LENGTH || !RESOURCE_NAME.matcher(b.modelName).matches()) {
            problems.add("modelName: '" + b.modelName + "' is not a SageMaker model name (letters, digits and"
                    + " hyphens, starting and ending with a letter or digit, at most " + MAX_MODEL_NAME_LENGTH + ")");
        }
    }

    private void checkMemorySizes(String option, List<Integer> sizes) {
        if (sizes == null || sizes.isEmpty()) {
            problems.add(option + ": " + sizes + " is empty; give at least one of " + allowedSizes());
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer size : sizes) {
            memorySize(option, size);
            if (size != null && !seen.add(size)) {
                problems.add(option + ": " + size + " is given twice");
            }
        }
    }

    private void memorySize(String option, Integer size) {
        if (size == null || !BenchmarkPlan.ALLOWED_MEMORY_SIZES_MB.contains(size)) {
            problems.add(option + ": " + size + " is not one of " + allowedSizes());
        }
    }

    private void checkConcurrencyMaxValues() {
        List<Integer> values = b.concurrencyMaxValues;
        if (values == null || values.isEmpty()) {
            if (b.includeConcurrency) {
                problems.add("concurrencyMaxValues: " + values + " is empty while includeConcurrency is true");
            }
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer value : values) {
            maxConcurrency("concurrencyMaxValues", value);
            if (value != null && !seen.add(value)) {
                problems.add("concurrencyMaxValues: " + value + " is given twice");
            }
        }
    }

    private void maxConcurrency(String option, Integer value) {
        if (value == null || value < 1 || value > BenchmarkPlan.MAX_CONCURRENCY_LIMIT) {
            problems.add(option + ": " + value + " is not within 1.." + BenchmarkPlan.MAX_CONCURRENCY_LIMIT);
        }
    }

    private void checkClientMultipliers() {
        List<Double> values = b.clientMultipliers;
        if (values == null || values.isEmpty()) {
            if (b.includeConcurrency) {
                problems.add("clientMultipliers: " + values + " is empty while includeConcurrency is true");
            }
            return;
        }
        for (Double value : values) {
            if (value == null || !(value > 0) || value.isInfinite() || value > 1000) {
                problems.add("clientMultipliers: " + value + " is not a number greater than 0 and at most 1000");
            }
        }
    }

    private void checkEndpointUrl(URI url) {
        if (url == null) {
            return;
        }
        boolean http = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
        if (!http || url.getHost() == null) {
            problems.add("endpointUrl: '" + url + "' is not an absolute http or https URL with a host");
        }
    }

    private void checkRunId() {
        if (b.runId == null) {
            return;
        }
        if (b.runId.length() > MAX_RUN_ID_LENGTH || !RUN_ID.matcher(b.runId).matches()) {
            problems.add("runId: '" + b.runId + "' is not 1.." + MAX_RUN_ID_LENGTH
                    + " lower-case letters, digits and single hyphens, starting and ending with a letter or digit");
        }
    }

    private void checkOpenLoopPhases() {
        if (b.openLoopPhases == null) {
            problems.add("openLoopPhases: null is not a list; use an empty list for none");
            return;
        }
        for (int i = 0; i < b.openLoopPhases.size(); i++) {
            OpenLoopPhase phase = b.openLoopPhases.get(i);
            String option = "openLoopPhases[" + i + "]";
            if (phase == null) {
                problems.add(option + ": null is not a phase");
                continue;
            }
            if (!(phase.arrivalsPerSecond() > 0) || Double.isInfinite(phase.arrivalsPerSecond())) {
                problems.add(option + ".arrivalsPerSecond: " + phase.arrivalsPerSecond() + " is not greater than 0");
            }
            if (phase.duration().isNegative() || phase.duration().isZero()) {
                problems.add(option + ".duration: " + phase.duration() + " is not positive");
            }
            memorySize(option + ".memoryMb", phase.memoryMb());
            maxConcurrency(option + ".maxConcurrency", phase.maxConcurrency());
        }
    }

    private void positive(String option, int value) {
        if (value < 1) {
            problems.add(option + ": " + value + " is not at least 1");
        }
    }

    private void nonNegative(String option, Duration value) {
        if (value == null || value.isNegative()) {
            problems.add(option + ": " + value + " is not zero or positive");
        }
    }

    private static String allowedSizes() {
        return BenchmarkPlan.ALLOWED_MEMORY_SIZES_MB.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String quoted(String s) {
        return s == null ? "null" : "'" + s + "'";
    }
}
