package dev.slsbench.emulator.container;

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
    NONE
}
