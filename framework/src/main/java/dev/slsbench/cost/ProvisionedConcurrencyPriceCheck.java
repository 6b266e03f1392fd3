package dev.slsbench.cost;

import dev.slsbench.plan.BenchmarkPlan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a run and a dry run say before anything is created when the plan measures
 * ProvisionedConcurrency above 0 at memory sizes the region's prices have no provisioned-concurrency
 * prices for: those configurations get no cost (and when the plan's first value is above 0 and no
 * size is priced, the memory size is recommended on latency alone), and how to supply the prices.
 */
public final class ProvisionedConcurrencyPriceCheck {

    private ProvisionedConcurrencyPriceCheck() {
    }

    /**
     * @param prices the prices the run would use for {@code region}
     * @param source where they come from, as the results name it
     * @return the warning with its fix; empty when no value above 0 is planned or every planned memory
     *         size has both provisioned-concurrency prices
     */
    public static Optional<String> missingPrices(BenchmarkPlan plan, RegionPrices prices, String region,
                                                 String source) {
        List<Integer> provisioned = plan.provisionedConcurrencyValues().stream().filter(pc -> pc > 0).toList();
        if (provisioned.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> sizes = new TreeSet<>(plan.memorySizesMb());
        plan.concurrencyMemoryMb().ifPresent(sizes::add);
        List<Integer> unpriced = sizes.stream().filter(memoryMb -> !priced(prices, memoryMb)).toList();
        if (unpriced.isEmpty()) {
            return Optional.empty();
        }
        String values = provisioned.stream().map(String::valueOf).collect(Collectors.joining(", "));
        boolean nonePriced = unpriced.size() == sizes.size();
        return Optional.of("no provisioned-concurrency prices for region " + region
                + (nonePriced ? "" : " at " + unpriced.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + " MB") + " (" + source + "): "
                + (nonePriced && plan.provisionedConcurrency() > 0 ? "the run recommends on latency alone and " : "")
                + (nonePriced ? "no configuration at ProvisionedConcurrency " + values + " is priced"
                        : "configurations at ProvisionedConcurrency " + values + " with those sizes get no cost")
                + "; supply --price-table FILE with a provisionedConcurrency section for " + region
                + ", or borrow the prices of a region that has one with --price-region REGION");
    }

    private static boolean priced(RegionPrices prices, int memoryMb) {
        return prices.provisionedConcurrency().filter(pc -> pc.prices(memoryMb)).isPresent();
    }
}
