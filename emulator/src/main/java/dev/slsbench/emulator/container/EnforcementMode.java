package dev.slsbench.emulator.container;

import java.util.Locale;

/**
 * How the emulator holds each container to its variant's memory size and the CPU share that goes with
 * it. The mode in force is logged at start-up and for every endpoint variant, and DescribeEndpoint
 * reports it in the extra field {@code SlsbenchResourceEnforcement}.
 */
public enum EnforcementMode {
    /** cgroup v1 for each of the {@code memory} and {@code cpu} controllers that is writable, else {@link #POLLING}. */
    AUTO,
    /** cgroup v1 {@code memory.limit_in_bytes} and {@code cpu.cfs_quota_us}; start-up fails when they are not writable. */
    CGROUP_V1,
    /** Memory by polling each container's resident set size and killing it beyond the limit; CPU not limited. */
    POLLING,
    /** No limits: containers may use any memory and CPU (memory-limit effects never show). */
    NONE;

    /**
     * The mode a {@code --enforcement} value names: {@code auto}, {@code cgroup-v1}, {@code polling} or
     * {@code none}, in any case.
     *
     * @throws IllegalArgumentException naming the value and the modes
     */
    public static EnforcementMode parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "cgroup-v1", "cgroup_v1", "cgroups" -> CGROUP_V1;
            case "polling" -> POLLING;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("--enforcement must be auto, cgroup-v1, polling or none, got: " + value);
        };
    }
}
