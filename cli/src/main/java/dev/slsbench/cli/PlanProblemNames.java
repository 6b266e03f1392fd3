package dev.slsbench.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renames the plan options in {@link dev.slsbench.plan.InvalidPlanException} messages
 * ({@code memorySizesMb: 1000 is not one of ...}) to the flags a CLI user typed
 * ({@code --memory-sizes: 1000 is not one of ...}).
 */
final class PlanProblemNames {

    private static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("modelName", "MODEL"),
            Map.entry("memorySizesMb", "--memory-sizes"),
            Map.entry("stabilityInvocations", "--stability-invocations"),
            Map.entry("errorThreshold", "--error-threshold"),
            Map.entry("includeConcurrency", "--no-concurrency"),
            Map.entry("concurrencyMaxValues", "--concurrency-max"),
            Map.entry("clientMultipliers", "--client-multipliers"),
            Map.entry("concurrencyInvocations", "--concurrency-invocations"),
            Map.entry("coldStartDelay", "--cold-start-delay"),
            Map.entry("outputDirectory", "--output"),
            Map.entry("concurrencyMemoryMb", "--concurrency-memory-size"),
            Map.entry("provisionedConcurrency", "--provisioned-concurrency"),
            Map.entry("region", "--region"),
            Map.entry("endpointUrl", "--endpoint-url"),
            Map.entry("runId", "--run-id"),
            Map.entry("thinkTime", "--think-time"),
            Map.entry("recommendationStrategy", "--strategy"),
            Map.entry("priceTableFile", "--price-table"),
            Map.entry("payloadOrder", "--payload-order"),
            Map.entry("payloadSeed", "--payload-seed"),
            Map.entry("errorThresholdCountsThrottles", "--toolkit-error-threshold"));
    private static final Pattern OPEN_LOOP = Pattern.compile("openLoopPhases\\[(\\d+)]\\.?(\\w*)");
    private static final Pattern LEADING_NAME = Pattern.compile("^(\\w+)(?=:)");

    private PlanProblemNames() {
    }

    /** {@code problem} with its leading plan option renamed to the flag, when it has one. */
    static String withFlagName(String problem) {
        Matcher openLoop = OPEN_LOOP.matcher(problem);
        if (openLoop.lookingAt()) {
            int phase = Integer.parseInt(openLoop.group(1)) + 1;
            String part = openLoop.group(2).isEmpty() ? "" : " (" + openLoop.group(2) + ")";
            return "--open-loop #" + phase + part + problem.substring(openLoop.end());
        }
        Matcher name = LEADING_NAME.matcher(problem);
        if (name.find() && FLAGS.containsKey(name.group(1))) {
            return FLAGS.get(name.group(1)) + problem.substring(name.end());
        }
        return problem;
    }
}
