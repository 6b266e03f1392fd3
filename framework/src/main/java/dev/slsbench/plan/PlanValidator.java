package dev.slsbench.plan;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks every option of a {@link BenchmarkPlan.Builder}, collecting one {@link PlanProblem} per problem. */
final class PlanValidator {

    /** SageMaker's pattern for model and endpoint names. */
    static final Pattern RESOURCE_NAME = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9])*");
    static final int MAX_MODEL_NAME_LENGTH = 63;
    static final Pattern RUN_ID = Pattern.compile("[a-z0-9](-?[a-z0-9])*");
    static final int MAX_RUN_ID_LENGTH = 16;
    static final Pattern REGION = Pattern.compile("[a-z]{2,}(-[a-z]+)+-\\d+");

    private final BenchmarkPlan.Builder b;
    private final List<PlanProblem> problems = new ArrayList<>();

    PlanValidator(BenchmarkPlan.Builder builder) {
        this.b = builder;
    }

    private void checkProvisionedConcurrency(List<Integer> values) {
        if (values == null || values.isEmpty()) {
            problems.add(new PlanProblem(PlanOption.PROVISIONED_CONCURRENCY, values, "is empty; give at least one value such as 0"));
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer value : values) {
            if (value == null || value < 0 || value > BenchmarkPlan.MAX_CONCURRENCY_LIMIT) {
                problems.add(new PlanProblem(PlanOption.PROVISIONED_CONCURRENCY, value,
                        "is not within 0.." + BenchmarkPlan.MAX_CONCURRENCY_LIMIT));
            } else if (!seen.add(value)) {
                problems.add(new PlanProblem(PlanOption.PROVISIONED_CONCURRENCY, value, "is given twice"));
            } else {
                checkAtMostMaxConcurrency(value, values.getFirst().equals(value));
            }
        }
    }

    /**
     * SageMaker refuses an endpoint config whose ProvisionedConcurrency is above its MaxConcurrency
     * (the API reference of {@code ProductionVariantServerlessConfig}: "Should be less than or equal
     * to MaxConcurrency"; the emulator answers ValidationException as SageMaker does). So a value is
     * refused here, before anything is created, wherever it would meet a smaller MaxConcurrency: in
     * the concurrency phase (every value runs at every MaxConcurrency), and for the first value (the
     * one they run at) in the open-loop phases and traffic shapes. Stability and cold-start endpoints
     * take their MaxConcurrency from the value.
     */
    private void checkAtMostMaxConcurrency(int value, boolean first) {
        List<String> below = new ArrayList<>();
        if (b.includeConcurrency && b.concurrencyMaxValues != null) {
            List<String> smaller = b.concurrencyMaxValues.stream().filter(max -> max != null && max >= 1 && max < value)
                    .distinct().map(String::valueOf).toList();
            if (!smaller.isEmpty()) {
                below.add("MaxConcurrency " + String.join(" and ", smaller) + " of the concurrency phase");
            }
        }
        int phaseLimits = below.size();
        if (first) {
            for (int i = 0; b.openLoopPhases != null && i < b.openLoopPhases.size(); i++) {
                OpenLoopPhase phase = b.openLoopPhases.get(i);
                if (phase != null && phase.maxConcurrency() >= 1 && phase.maxConcurrency() < value) {
                    below.add("MaxConcurrency " + phase.maxConcurrency() + " of open-loop phase " + i);
                }
            }
            for (int i = 0; b.stairsPhases != null && i < b.stairsPhases.size(); i++) {
                StairsPhase phase = b.stairsPhases.get(i);
                if (phase != null && phase.maxConcurrency() >= 1 && phase.maxConcurrency() < value) {
                    below.add("MaxConcurrency " + phase.maxConcurrency() + " of stairs phase " + i);
                }
            }
            for (int i = 0; b.rampPhases != null && i < b.rampPhases.size(); i++) {
                RampPhase phase = b.rampPhases.get(i);
                if (phase != null && phase.maxConcurrency() >= 1 && phase.maxConcurrency() < value) {
                    below.add("MaxConcurrency " + phase.maxConcurrency() + " of ramp " + i);
                }
            }
        }
        if (!below.isEmpty()) {
            problems.add(new PlanProblem(PlanOption.PROVISIONED_CONCURRENCY, value, "exceeds "
                    + String.join(", ", below) + (below.size() > phaseLimits
                    ? " (open-loop phases and traffic shapes run at the first value)" : "")
                    + "; SageMaker refuses ProvisionedConcurrency above MaxConcurrency: lower the value or raise that"
                    + " MaxConcurrency to at least " + value));
        }
    }

    List<PlanProblem> problems() {
        checkModelName();
        checkMemorySizes(b.memorySizesMb);
        positive(PlanOption.STABILITY_INVOCATIONS, b.stabilityInvocations);
        positive(PlanOption.ERROR_THRESHOLD, b.errorThreshold);
        checkConcurrencyMaxValues();
        checkClientMultipliers();
        positive(PlanOption.CONCURRENCY_INVOCATIONS, b.concurrencyInvocations);
        nonNegative(PlanOption.COLD_START_DELAY, b.coldStartDelay);
        if (b.warmupInvocations < 0) {
            problems.add(new PlanProblem(PlanOption.WARMUP_INVOCATIONS, b.warmupInvocations, "is not zero or positive"));
        }
        if (b.concurrencyMemoryMb != null) {
            memorySize(new PlanAt(PlanOption.CONCURRENCY_MEMORY_MB), b.concurrencyMemoryMb);
        }
        checkProvisionedConcurrency(b.provisionedConcurrencyValues);
        if (b.coldStarts < 0 || b.coldStarts > BenchmarkPlan.MAX_COLD_STARTS) {
            problems.add(new PlanProblem(PlanOption.COLD_STARTS, b.coldStarts,
                    "is not within 0.." + BenchmarkPlan.MAX_COLD_STARTS));
        }
        if (b.monthlyInvocations != null && b.monthlyInvocations < 1) {
            problems.add(new PlanProblem(PlanOption.MONTHLY_INVOCATIONS, b.monthlyInvocations, "is not a count of calls ≥ 1"));
        }
        if (b.priceRegion != null && !REGION.matcher(b.priceRegion).matches()) {
            problems.add(new PlanProblem(PlanOption.PRICE_REGION, b.priceRegion, "is not an AWS region name such as us-east-1"));
        }
        if (b.region != null && !REGION.matcher(b.region).matches()) {
            problems.add(new PlanProblem(PlanOption.REGION, b.region, "is not an AWS region name such as us-east-1"));
        }
        checkEndpointUrl(b.endpointUrl);
        checkRunId();
        nonNegative(PlanOption.THINK_TIME, b.thinkTime);
        checkOpenLoopPhases();
        checkStairsPhases();
        checkRampPhases();
        checkStopConditions();
        if (b.payloadOrder == null) {
            problems.add(new PlanProblem(PlanOption.PAYLOAD_ORDER, null, "is not one of " + List.of(PayloadOrder.values())));
        }
        if (b.recommendationStrategy == null) {
            problems.add(new PlanProblem(PlanOption.RECOMMENDATION_STRATEGY, null,
                    "is not one of " + List.of(RecommendationStrategy.values())));
        }
        return problems;
    }

    /** The highest ramp rate: beyond it one client process cannot keep a Poisson schedule anyway. */
    static final double MAX_ARRIVAL_RATE = 10_000;

    private void checkModelName() {
        if (b.modelName == null || b.modelName.isBlank()) {
            problems.add(new PlanProblem(PlanOption.MODEL_NAME, b.modelName, "is empty; name the SageMaker model to benchmark"));
        } else if (b.modelName.length() > MAX_MODEL_NAME_LENGTH || !RESOURCE_NAME.matcher(b.modelName).matches()) {
            problems.add(new PlanProblem(PlanOption.MODEL_NAME, b.modelName, "is not a SageMaker model name (letters,"
                    + " digits and hyphens, starting and ending with a letter or digit, at most " + MAX_MODEL_NAME_LENGTH + ")"));
        }
    }

    private void checkMemorySizes(List<Integer> sizes) {
        PlanAt option = new PlanAt(PlanOption.MEMORY_SIZES_MB);
        if (sizes == null || sizes.isEmpty()) {
            problems.add(option.problem(sizes, "is empty; give at least one of " + allowedSizes()));
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer size : sizes) {
            memorySize(option, size);
            if (size != null && !seen.add(size)) {
                problems.add(option.problem(size, "is given twice"));
            }
        }
    }

    private void memorySize(PlanAt option, Integer size) {
        if (size == null || !BenchmarkPlan.ALLOWED_MEMORY_SIZES_MB.contains(size)) {
            problems.add(option.problem(size, "is not one of " + allowedSizes()));
        }
    }

    private void checkConcurrencyMaxValues() {
        List<Integer> values = b.concurrencyMaxValues;
        if (values == null || values.isEmpty()) {
            if (b.includeConcurrency) {
                problems.add(new PlanProblem(PlanOption.CONCURRENCY_MAX_VALUES, values,
                        "is empty while includeConcurrency is true"));
            }
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer value : values) {
            maxConcurrency(new PlanAt(PlanOption.CONCURRENCY_MAX_VALUES), value);
            if (value != null && !seen.add(value)) {
                problems.add(new PlanProblem(PlanOption.CONCURRENCY_MAX_VALUES, value, "is given twice"));
            }
        }
    }

    private void maxConcurrency(PlanAt option, Integer value) {
        if (value == null || value < 1 || value > BenchmarkPlan.MAX_CONCURRENCY_LIMIT) {
            problems.add(option.problem(value, "is not within 1.." + BenchmarkPlan.MAX_CONCURRENCY_LIMIT));
        }
    }

    private void checkClientMultipliers() {
        List<Double> values = b.clientMultipliers;
        if (values == null || values.isEmpty()) {
            if (b.includeConcurrency) {
                problems.add(new PlanProblem(PlanOption.CLIENT_MULTIPLIERS, values,
                        "is empty while includeConcurrency is true"));
            }
            return;
        }
        for (Double value : values) {
            if (value == null || !(value > 0) || value.isInfinite() || value > 1000) {
                problems.add(new PlanProblem(PlanOption.CLIENT_MULTIPLIERS, value,
                        "is not a number greater than 0 and at most 1000"));
            }
        }
    }

    private void checkEndpointUrl(URI url) {
        if (url == null) {
            return;
        }
        boolean http = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
        if (!http || url.getHost() == null) {
            problems.add(new PlanProblem(PlanOption.ENDPOINT_URL, url, "is not an absolute http or https URL with a host"));
        }
    }

    private void checkRunId() {
        if (b.runId == null) {
            return;
        }
        if (b.runId.length() > MAX_RUN_ID_LENGTH || !RUN_ID.matcher(b.runId).matches()) {
            problems.add(new PlanProblem(PlanOption.RUN_ID, b.runId, "is not 1.." + MAX_RUN_ID_LENGTH
                    + " lower-case letters, digits and single hyphens, starting and ending with a letter or digit"));
        }
    }

    private void checkOpenLoopPhases() {
        if (b.openLoopPhases == null) {
            problems.add(new PlanProblem(PlanOption.OPEN_LOOP_PHASES, null, "is not a list; use an empty list for none"));
            return;
        }
        for (int i = 0; i < b.openLoopPhases.size(); i++) {
            OpenLoopPhase phase = b.openLoopPhases.get(i);
            if (phase == null) {
                problems.add(PlanProblem.ofOpenLoopPhase(PlanOption.OPEN_LOOP_PHASES, i, null, "is not a phase"));
                continue;
            }
            if (!(phase.arrivalsPerSecond() > 0) || Double.isInfinite(phase.arrivalsPerSecond())) {
                problems.add(PlanProblem.ofOpenLoopPhase(PlanOption.OPEN_LOOP_ARRIVALS_PER_SECOND, i,
                        phase.arrivalsPerSecond(), "is not greater than 0"));
            }
            if (phase.duration().isNegative() || phase.duration().isZero()) {
                problems.add(PlanProblem.ofOpenLoopPhase(PlanOption.OPEN_LOOP_DURATION, i, phase.duration(),
                        "is not positive"));
            }
            memorySize(new PlanAt(PlanOption.OPEN_LOOP_MEMORY_MB, i), phase.memoryMb());
            maxConcurrency(new PlanAt(PlanOption.OPEN_LOOP_MAX_CONCURRENCY, i), phase.maxConcurrency());
        }
    }

    private void checkStairsPhases() {
        if (b.stairsPhases == null) {
            problems.add(new PlanProblem(PlanOption.STAIRS_PHASES, null, "is not a list; use an empty list for none"));
            return;
        }
        for (int i = 0; i < b.stairsPhases.size(); i++) {
            PlanAt at = new PlanAt(PlanOption.STAIRS_PHASES, i);
            StairsPhase phase = b.stairsPhases.get(i);
            if (phase == null) {
                problems.add(at.problem(null, "is not a phase"));
                continue;
            }
            if (phase.usersPerStep() < 1) {
                problems.add(at.problem(phase.usersPerStep(), "users per step is not at least 1"));
            }
            if (phase.steps() < 1) {
                problems.add(at.problem(phase.steps(), "steps is not at least 1"));
            }
            if (phase.usersPerStep() >= 1 && phase.steps() >= 1
                    && (long) phase.usersPerStep() * phase.steps() > StairsPhase.MAX_USERS) {
                problems.add(at.problem((long) phase.usersPerStep() * phase.steps(),
                        "users at the last step is more than " + StairsPhase.MAX_USERS));
            }
            if (phase.stepDuration().isNegative() || phase.stepDuration().isZero()) {
                problems.add(at.problem(phase.stepDuration(), "step duration is not positive"));
            }
            memorySize(at, phase.memoryMb());
            maxConcurrency(at, phase.maxConcurrency());
        }
    }

    private void checkRampPhases() {
        if (b.rampPhases == null) {
            problems.add(new PlanProblem(PlanOption.RAMP_PHASES, null, "is not a list; use an empty list for none"));
            return;
        }
        for (int i = 0; i < b.rampPhases.size(); i++) {
            PlanAt at = new PlanAt(PlanOption.RAMP_PHASES, i);
            RampPhase phase = b.rampPhases.get(i);
            if (phase == null) {
                problems.add(at.problem(null, "is not a phase"));
                continue;
            }
            for (double rate : new double[] {phase.fromRate(), phase.toRate()}) {
                if (!(rate >= 0) || rate > MAX_ARRIVAL_RATE) {
                    problems.add(at.problem(rate, "calls/s is not within 0.." + MAX_ARRIVAL_RATE));
                }
            }
            if (phase.fromRate() == 0 && phase.toRate() == 0) {
                problems.add(at.problem(0, "calls/s at both ends makes no calls"));
            }
            if (phase.duration().isNegative() || phase.duration().isZero()) {
                problems.add(at.problem(phase.duration(), "duration is not positive"));
            }
            memorySize(at, phase.memoryMb());
            maxConcurrency(at, phase.maxConcurrency());
        }
    }

    private void checkStopConditions() {
        if (b.stopP99Millis != null && (!(b.stopP99Millis > 0) || b.stopP99Millis.isInfinite())) {
            problems.add(new PlanProblem(PlanOption.STOP_P99_MILLIS, b.stopP99Millis, "is not a number of ms greater than 0"));
        }
        if (b.stopErrorRate != null && !(b.stopErrorRate >= 0 && b.stopErrorRate < 1)) {
            problems.add(new PlanProblem(PlanOption.STOP_ERROR_RATE, b.stopErrorRate,
                    "is not a fraction of calls within 0 (stop at the first failure) and below 1"));
        }
        if (b.maxDuration != null && (b.maxDuration.isNegative() || b.maxDuration.isZero())) {
            problems.add(new PlanProblem(PlanOption.MAX_DURATION, b.maxDuration, "is not positive"));
        }
    }

    private void positive(PlanOption option, int value) {
        if (value < 1) {
            problems.add(new PlanProblem(option, value, "is not at least 1"));
        }
    }

    private void nonNegative(PlanOption option, Duration value) {
        if (value == null || value.isNegative()) {
            problems.add(new PlanProblem(option, value, "is not zero or positive"));
        }
    }

    private static String allowedSizes() {
        return BenchmarkPlan.ALLOWED_MEMORY_SIZES_MB.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** An option of the plan, or of the open-loop phase at {@code index} when it is not negative. */
    private record PlanAt(PlanOption option, int index) {
        PlanAt(PlanOption option) {
            this(option, -1);
        }

        PlanProblem problem(Object value, String reason) {
            return index < 0 ? new PlanProblem(option, value, reason) : PlanProblem.ofOpenLoopPhase(option, index, value, reason);
        }
    }
}
