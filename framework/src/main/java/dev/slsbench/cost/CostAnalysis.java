package dev.slsbench.cost;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cost side of a run: the prices used, each stability configuration's cost, and the
 * savings of the recommended configuration against its comparable real-time instance.
 *
 * @param priceTableVersion the price table's version, e.g. {@code 2026.1}
 * @param region the region priced
 * @param configurations cost per stability configuration, by ascending memory size, then ProvisionedConcurrency
 *        in the plan's order
 * @param savings break-even and savings table of the recommended configuration, when one was
 *        recommended and a comparable instance is priced
 * @param priceSource where the prices came from (bundled table, user file, AWS Price List API)
 * @param effectiveDate the date the prices took effect, when known
 */
public record CostAnalysis(String priceTableVersion, String region, List<ConfigurationCost> configurations,
                           Optional<SavingsTable> savings, String priceSource, Optional<LocalDate> effectiveDate) {

    /** A cost analysis priced from the bundled table, whose date is not recorded. */
    public CostAnalysis(String priceTableVersion, String region, List<ConfigurationCost> configurations,
                        Optional<SavingsTable> savings) {
        this(priceTableVersion, region, configurations, savings, "bundled table " + priceTableVersion, Optional.empty());
    }

    public CostAnalysis {
        Objects.requireNonNull(priceTableVersion, "priceTableVersion");
        Objects.requireNonNull(region, "region");
        configurations = List.copyOf(configurations);
        savings = savings == null ? Optional.empty() : savings;
        priceSource = priceSource == null ? "price table " + priceTableVersion : priceSource;
        effectiveDate = effectiveDate == null ? Optional.empty() : effectiveDate;
    }

    /**
     * The cost of the configuration with {@code memoryMb} at the plan's first ProvisionedConcurrency
     * value (the one its memory size was recommended at), if it was costed.
     */
    public Optional<ConfigurationCost> forMemory(int memoryMb) {
        return configurations.stream().filter(c -> c.memoryMb() == memoryMb).findFirst();
    }

    /** The cost of the configuration with {@code memoryMb} and {@code provisionedConcurrency}, if it was costed. */
    public Optional<ConfigurationCost> forConfiguration(int memoryMb, int provisionedConcurrency) {
        return configurations.stream()
                .filter(c -> c.memoryMb() == memoryMb && c.provisionedConcurrency() == provisionedConcurrency)
                .findFirst();
    }
}
