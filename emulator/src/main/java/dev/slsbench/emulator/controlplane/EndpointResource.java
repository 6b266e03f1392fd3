package dev.slsbench.emulator.controlplane;

import dev.slsbench.emulator.controlplane.EndpointConfigResource.VariantConfig;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint and where it is in its life. Mutable; only {@link EndpointTable} changes or reads it,
 * under its own monitor. {@code generation} grows with every change of course (create, update, delete), so a
 * deployment task that finishes after its endpoint moved on discards its result.
 */
final class EndpointResource {

    final String name;
    final String arn;
    final Instant creationTime;
    Instant lastModifiedTime;
    EndpointStatus status;
    String failureReason;
    long generation;
    /** The configuration deployed (or being created). */
    String configName;
    /** The variants serving traffic; empty until the first deployment succeeds. */
    List<DeployedVariant> variants = List.of();
    /** The configuration an update is deploying, or null. */
    String pendingConfigName;
    List<VariantConfig> pendingVariants = List.of();
    Instant pendingSince;

    EndpointResource(String name, String arn, Instant creationTime, String configName) {
        this.name = name;
        this.arn = arn;
        this.creationTime = creationTime;
        this.lastModifiedTime = creationTime;
        this.configName = configName;
        this.status = EndpointStatus.Creating;
    }

    /**
     * A variant serving traffic and how its resources are enforced on this host.
     *
     * @param image the model's image
     * @param memoryEnforcement e.g. "2048 MiB via cgroup v1 memory.limit_in_bytes"
     * @param cpuEnforcement e.g. "0.67 of 2 cores via cgroup v1 cpu.cfs_quota_us=33333/100000"
     */
    record DeployedVariant(VariantConfig config, String image, Instant resolutionTime, String memoryEnforcement,
            String cpuEnforcement) {
    }
}
