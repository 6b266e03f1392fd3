package dev.slsbench.cost;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The prices of one AWS region.
 *
 * @param serverlessComputeUsdPerSecond on-demand serverless compute per second, by memory size in MB
 * @param dataProcessingUsdPerGb data processed in and out, per GB of 2^30 bytes
 * @param provisionedConcurrency provisioned-concurrency prices, when the table has them
 * @param instances real-time instances by type, e.g. {@code ml.c5.large}
 * @param comparableInstanceByMemoryMb the instance a serverless memory size is compared with
 */
public record RegionPrices(Map<Integer, BigDecimal> serverlessComputeUsdPerSecond, BigDecimal dataProcessingUsdPerGb,
                           Optional<ProvisionedConcurrencyPrices> provisionedConcurrency,
                           Map<String, InstancePrice> instances, Map<Integer, String> comparableInstanceByMemoryMb) {

    public RegionPrices {
        serverlessComputeUsdPerSecond = sorted(Objects.requireNonNull(serverlessComputeUsdPerSecond,
                "serverlessComputeUsdPerSecond"));
        Objects.requireNonNull(dataProcessingUsdPerGb, "dataProcessingUsdPerGb");
        provisionedConcurrency = provisionedConcurrency == null ? Optional.empty() : provisionedConcurrency;
        instances = sorted(Objects.requireNonNull(instances, "instances"));
        comparableInstanceByMemoryMb = sorted(comparableInstanceByMemoryMb == null ? Map.of() : comparableInstanceByMemoryMb);
    }

    private static <K, V> Map<K, V> sorted(Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /**
     * On-demand compute per second at {@code memoryMb}.
     *
     * @throws IllegalArgumentException when the table has no price for that size
     */
    public BigDecimal computeUsdPerSecond(int memoryMb) {
        BigDecimal price = serverlessComputeUsdPerSecond.get(memoryMb);
        if (price == null) {
            throw new IllegalArgumentException("no serverless compute price for " + memoryMb + " MB (priced: "
                    + serverlessComputeUsdPerSecond.keySet() + ")");
        }
        return price;
    }

    /**
     * The real-time instance comparable to a serverless endpoint of {@code memoryMb}: the table's
     * mapping (the toolkit's: 1–2 GB ml.t2.medium, 3–5 GB ml.c5.large, 6 GB ml.c5.xlarge), or,
     * for a size the mapping lacks, the cheapest instance with at least that much memory.
     *
     * @return the instance type, empty when no instance qualifies
     */
    public Optional<String> comparableInstanceType(int memoryMb) {
        String mapped = comparableInstanceByMemoryMb.get(memoryMb);
        if (mapped != null) {
            return Optional.of(mapped);
        }
        return instances.entrySet().stream()
                .filter(e -> e.getValue().memoryGib() * 1024 >= memoryMb)
                .min(Comparator.comparing((Map.Entry<String, InstancePrice> e) -> e.getValue().usdPerHour())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    /** The instance of a type, when the table prices it. */
    public Optional<InstancePrice> instance(String instanceType) {
        return Optional.ofNullable(instances.get(instanceType));
    }
}
