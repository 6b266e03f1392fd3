package dev.slsbench.sla;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.Phase;
import org.apiguardian.api.API;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One set of SLA thresholds and the configurations it applies to, whoever states it ({@code @Sla},
 * the CLI's {@code --sla-*} flags). A threshold not set is not checked; an empty scope set means
 * every phase, memory size or MaxConcurrency.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SlaThresholds {

    private final Map<SlaCriterion, Double> limits;
    private final Set<Phase> phases;
    private final Set<Integer> memorySizesMb;
    private final Set<Integer> maxConcurrencies;

    private SlaThresholds(Builder builder) {
        EnumMap<SlaCriterion, Double> copy = new EnumMap<>(SlaCriterion.class);
        copy.putAll(builder.limits);
        this.limits = Collections.unmodifiableMap(copy);
        this.phases = Set.copyOf(builder.phases);
        this.memorySizesMb = Set.copyOf(builder.memorySizesMb);
        this.maxConcurrencies = Set.copyOf(builder.maxConcurrencies);
    }

    /** A builder with no threshold set and every configuration in scope. */
    public static Builder builder() {
        return new Builder();
    }

    /** The limit set for {@code criterion}, empty when it is not checked. */
    public OptionalDouble limit(SlaCriterion criterion) {
        Double limit = limits.get(criterion);
        return limit == null ? OptionalDouble.empty() : OptionalDouble.of(limit);
    }

    /** Every limit set, in criterion order. */
    public Map<SlaCriterion, Double> limits() {
        return limits;
    }

    /** The phases whose configurations are judged; empty: all. */
    public Set<Phase> phases() {
        return phases;
    }

    /** The memory sizes (MB) whose configurations are judged; empty: all. */
    public Set<Integer> memorySizesMb() {
        return memorySizesMb;
    }

    /** The MaxConcurrency values whose configurations are judged; empty: all. */
    public Set<Integer> maxConcurrencies() {
        return maxConcurrencies;
    }

    /** Whether these thresholds apply to {@code configuration}. */
    public boolean appliesTo(BenchmarkConfiguration configuration) {
        return (phases.isEmpty() || phases.contains(configuration.phase()))
                && (memorySizesMb.isEmpty() || memorySizesMb.contains(configuration.memoryMb()))
                && (maxConcurrencies.isEmpty() || maxConcurrencies.contains(configuration.maxConcurrency()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaThresholds t && limits.equals(t.limits) && phases.equals(t.phases)
                && memorySizesMb.equals(t.memorySizesMb) && maxConcurrencies.equals(t.maxConcurrencies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(limits, phases, memorySizesMb, maxConcurrencies);
    }

    @Override
    public String toString() {
        return "SlaThresholds" + limits + " phases=" + phases + " memorySizesMb=" + memorySizesMb
                + " maxConcurrencies=" + maxConcurrencies;
    }

    /** Collects thresholds and scope; {@link #build()} rejects limits that are negative, not finite or rates above 1. */
    public static final class Builder {
        private final Map<SlaCriterion, Double> limits = new EnumMap<>(SlaCriterion.class);
        private Set<Phase> phases = Set.of();
        private Set<Integer> memorySizesMb = Set.of();
        private Set<Integer> maxConcurrencies = Set.of();

        private Builder() {
        }

        /** Sets the limit of {@code criterion}, in its unit. */
        public Builder limit(SlaCriterion criterion, double limit) {
            limits.put(Objects.requireNonNull(criterion, "criterion"), limit);
            return this;
        }

        /** Largest allowed median latency of successful calls. */
        public Builder p50Millis(double limit) {
            return limit(SlaCriterion.P50_MILLIS, limit);
        }

        /** Largest allowed p90 latency. */
        public Builder p90Millis(double limit) {
            return limit(SlaCriterion.P90_MILLIS, limit);
        }

        /** Largest allowed p99 latency. */
        public Builder p99Millis(double limit) {
            return limit(SlaCriterion.P99_MILLIS, limit);
        }

        /** Largest allowed fraction of calls throttled. */
        public Builder maxThrottleRate(double limit) {
            return limit(SlaCriterion.MAX_THROTTLE_RATE, limit);
        }

        /** Largest allowed fraction of calls failed other than by throttling. */
        public Builder maxErrorRate(double limit) {
            return limit(SlaCriterion.MAX_ERROR_RATE, limit);
        }

        /** Smallest allowed mean TPS. */
        public Builder minTps(double limit) {
            return limit(SlaCriterion.MIN_TPS, limit);
        }

        /** Largest allowed cost of one million calls. */
        public Builder maxCostPerMillionUsd(double limit) {
            return limit(SlaCriterion.MAX_COST_PER_MILLION_USD, limit);
        }

        /** Largest allowed cold start. */
        public Builder maxColdStartMillis(double limit) {
            return limit(SlaCriterion.MAX_COLD_START_MILLIS, limit);
        }

        /** Largest allowed fraction of the calls issued that were judged cold. */
        public Builder maxColdStartRate(double limit) {
            return limit(SlaCriterion.MAX_COLD_START_RATE, limit);
        }

        /** Restricts the thresholds to configurations of these phases; empty: all. */
        public Builder phases(Set<Phase> phases) {
            this.phases = Set.copyOf(phases);
            return this;
        }

        /** Restricts the thresholds to configurations with these memory sizes; empty: all. */
        public Builder memorySizesMb(Set<Integer> memorySizesMb) {
            this.memorySizesMb = Set.copyOf(memorySizesMb);
            return this;
        }

        /** Restricts the thresholds to configurations with these MaxConcurrency values; empty: all. */
        public Builder maxConcurrencies(Set<Integer> maxConcurrencies) {
            this.maxConcurrencies = Set.copyOf(maxConcurrencies);
            return this;
        }

        /** The thresholds; throws naming the first limit that is negative, not finite or a rate above 1. */
        public SlaThresholds build() {
            limits.forEach((criterion, limit) -> {
                if (!Double.isFinite(limit) || limit < 0) {
                    throw new IllegalArgumentException(criterion.criterion() + " = " + limit
                            + " is not a finite number of at least 0");
                }
                if (criterion.isRate() && limit > 1) {
                    throw new IllegalArgumentException(criterion.criterion() + " = " + limit
                            + " is not a fraction between 0 and 1");
                }
            });
            return new SlaThresholds(this);
        }
    }
}
