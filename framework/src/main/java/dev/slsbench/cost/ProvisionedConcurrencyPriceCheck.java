package dev.slsbench.cost;

import dev.slsbench.plan.BenchmarkPlan;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a run and a dry run say before anything is created when the plan measures
 * ProvisionedConcurrency above 0 and the region's prices have no provisioned-concurrency section:
 * those configurations get no cost (and when the plan's first value is above 0, the memory size is
 * recommended on latency alone), and how to supply the missing prices.
 */
public final class ProvisionedConcurrencyPriceCheck {

    private ProvisionedConcurrencyPriceCheck() {
    }

    /**
     * @param prices the prices the run would use for {@code region}
     * @param source where they come from, as the results name it
     * @return the warning with its fix; empty when no value above 0 is planned or the prices have the section
     */
    public static Optional<String> missingPrices(BenchmarkPlan plan, RegionPrices prices, String region,
                                                 String source) {
        List<Integer> provisioned = plan.provisionedConcurrencyValues().stream().filter(pc -> pc > 0).toList();
        if (provisioned.isEmpty() || prices.provisionedConcurrency().isPresent()) {
            return Optional.empty();
        }
        return Optional.of("no provisioned-concurrency prices for region " + region + " (" + source + "): "
                + (plan.provisionedConcurrency() > 0 ? "the run recommends on latency alone and " : "")
                + "no configuration at ProvisionedConcurrency "
                + provisioned.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " is priced; supply --price-table FILE with a provisionedConcurrency section for " + region
                + ", or borrow the prices of a region that has one with --price-region REGION");
    }
}
