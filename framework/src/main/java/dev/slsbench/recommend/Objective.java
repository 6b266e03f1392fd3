package dev.slsbench.recommend;

import dev.slsbench.stats.Estimate;
import dev.slsbench.stats.MannWhitneyTest;
import dev.slsbench.stats.SignificanceResult;
import dev.slsbench.stats.WelchTest;

/**
 * What a significance-aware strategy minimises, and the test that decides whether one
 * candidate's advantage over another is real.
 */
enum Objective {
    /** Cost per invocation; Welch t on the mean, since the mean call is what is billed. */
    COST("cost per invocation", "USD per invocation") {
        @Override
        double value(RecommendationCandidate c) {
            return c.cost().usdPerInvocation().doubleValue();
        }

        @Override
        SignificanceResult aBetterThanB(RecommendationCandidate a, RecommendationCandidate b, double alpha) {
            return WelchTest.aSmallerThanB(costEstimate(a), costEstimate(b), alpha);
        }
    },
    /** Median client latency; Mann-Whitney U on the whole distributions. */
    SPEED("median latency", "ms") {
        @Override
        double value(RecommendationCandidate c) {
            return c.latency().medianMillis();
        }

        @Override
        SignificanceResult aBetterThanB(RecommendationCandidate a, RecommendationCandidate b, double alpha) {
            return MannWhitneyTest.aSmallerThanB(a.latencyNanos(), b.latencyNanos(), alpha);
        }
    },
    /**
     * Billed latency × cost per 1M invocations (the toolkit's product without its discount);
     * Welch t with the delta method's standard error.
     */
    BALANCED("latency × cost per 1M", "ms × USD per 1M") {
        @Override
        double value(RecommendationCandidate c) {
            return c.cost().billedLatency().millis() * c.cost().usdPerMillionInvocations().doubleValue();
        }

        @Override
        SignificanceResult aBetterThanB(RecommendationCandidate a, RecommendationCandidate b, double alpha) {
            return WelchTest.aSmallerThanB(balancedEstimate(a), balancedEstimate(b), alpha);
        }
    };

    private static final double MILLION = 1e6;

    private final String label;
    private final String unit;

    Objective(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    String label() {
        return label;
    }

    String unit() {
        return unit;
    }

    abstract double value(RecommendationCandidate c);

    abstract SignificanceResult aBetterThanB(RecommendationCandidate a, RecommendationCandidate b, double alpha);

    /**
     * Cost per invocation is linear in the billed latency; its standard error is the compute
     * price per ms times the standard error of the client-observed mean latency (CloudWatch gives
     * no spread, and the client's latency varies at least as much as the model's).
     */
    private static Estimate costEstimate(RecommendationCandidate c) {
        double pricePerMs = c.cost().computeUsdPerMillisecond().doubleValue();
        return new Estimate(c.cost().usdPerInvocation().doubleValue(), pricePerMs * c.latency().standardErrorMillis(),
                c.latency().count());
    }

    /** f(L) = L × (p L + d) × 10^6, so SE(f) ≈ |f'(L)| × SE(L) = (2 p L + d) × 10^6 × SE(L). */
    private static Estimate balancedEstimate(RecommendationCandidate c) {
        double latency = c.cost().billedLatency().millis();
        double pricePerMs = c.cost().computeUsdPerMillisecond().doubleValue();
        double data = c.cost().dataProcessingUsdPerInvocation().doubleValue();
        double derivative = (2 * pricePerMs * latency + data) * MILLION;
        return new Estimate(BALANCED.value(c), derivative * c.latency().standardErrorMillis(), c.latency().count());
    }
}
