package dev.slsbench.emulator.runtime;

/** A production variant taking traffic: its fleet of containers and its metrics. */
record LiveVariant(VariantFleet fleet, VariantMetrics metrics) {

    String name() {
        return fleet.plan().variantName();
    }

    double weight() {
        return fleet.plan().weight();
    }
}
