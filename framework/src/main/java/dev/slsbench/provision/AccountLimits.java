package dev.slsbench.provision;

import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.PlanOption;
import dev.slsbench.plan.PlanProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * The account-level quotas SageMaker puts on serverless endpoints, per region: how many may exist
 * and how much MaxConcurrency they may hold together. The defaults are SageMaker's documented
 * defaults (50 endpoints, a total MaxConcurrency of 1000; smaller regions allow 500, and an
 * account may have raised either): set the account's own figures when they differ. The
 * {@link EndpointProvisioner} deploys in waves that fit them, next to what other endpoints
 * already use.
 *
 * @param maxEndpoints serverless endpoints that may exist at once, at least 1
 * @param maxTotalConcurrency the most MaxConcurrency all serverless endpoints may hold together, at least 1
 */
public record AccountLimits(int maxEndpoints, int maxTotalConcurrency) {

    /** SageMaker's default "Maximum number of serverless endpoints". */
    public static final int DEFAULT_MAX_ENDPOINTS = 50;
    /** SageMaker's default total concurrency across all serverless endpoints (500 in smaller regions). */
    public static final int DEFAULT_MAX_TOTAL_CONCURRENCY = 1000;

    /** @throws IllegalArgumentException naming a limit below 1 */
    public AccountLimits {
        if (maxEndpoints < 1) {
            throw new IllegalArgumentException("maxEndpoints: " + maxEndpoints + " is not at least 1");
        }
        if (maxTotalConcurrency < 1) {
            throw new IllegalArgumentException("accountMaxConcurrency: " + maxTotalConcurrency + " is not at least 1");
        }
    }

    /** SageMaker's documented defaults. */
    public static AccountLimits defaults() {
        return new AccountLimits(DEFAULT_MAX_ENDPOINTS, DEFAULT_MAX_TOTAL_CONCURRENCY);
    }

    /**
     * Why {@code plan} can never run within these limits, however empty the account: an endpoint
     * whose MaxConcurrency alone is over the total. One problem per plan option at fault; empty
     * when every endpoint fits (perhaps in several waves).
     */
    public List<PlanProblem> problems(BenchmarkPlan plan) {
        List<PlanProblem> problems = new ArrayList<>();
        List<Integer> tooLarge = plan.includeConcurrency() ? plan.concurrencyMaxValues().stream()
                .filter(value -> value > maxTotalConcurrency).toList() : List.of();
        if (!tooLarge.isEmpty()) {
            problems.add(new PlanProblem(PlanOption.CONCURRENCY_MAX_VALUES, tooLarge, exceeds()));
        }
        for (int i = 0; i < plan.openLoopPhases().size(); i++) {
            OpenLoopPhase phase = plan.openLoopPhases().get(i);
            if (phase.maxConcurrency() > maxTotalConcurrency) {
                problems.add(PlanProblem.ofOpenLoopPhase(PlanOption.OPEN_LOOP_MAX_CONCURRENCY, i, phase.maxConcurrency(),
                        exceeds()));
            }
        }
        for (var configuration : plan.trafficConfigurations()) {
            if (configuration.maxConcurrency() > maxTotalConcurrency) {
                boolean stairs = configuration.shape() instanceof dev.slsbench.plan.StairsPhase;
                int index = stairs ? configuration.index() : configuration.index() - plan.stairsPhases().size();
                problems.add(PlanProblem.ofOpenLoopPhase(stairs ? PlanOption.STAIRS_PHASES : PlanOption.RAMP_PHASES,
                        index, configuration.maxConcurrency(), exceeds()));
            }
        }
        return problems;
    }

    private String exceeds() {
        return "exceeds the account's total serverless MaxConcurrency of " + maxTotalConcurrency
                + ", so such an endpoint can never be created";
    }

    /** Whether {@code usage} plus an endpoint with {@code maxConcurrency} stays within the limits. */
    boolean fits(AccountUsage usage, int maxConcurrency) {
        return usage.endpoints() + 1 <= maxEndpoints && usage.totalConcurrency() + maxConcurrency <= maxTotalConcurrency;
    }
}
