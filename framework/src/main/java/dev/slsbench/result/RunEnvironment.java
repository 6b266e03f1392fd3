package dev.slsbench.result;

import java.util.Objects;

/**
 * Where and with what a run was made, so results can be compared honestly.
 *
 * @param slsbenchVersion slsbench's version
 * @param javaVersion the JVM's {@code java.version}
 * @param javaVendor the JVM's {@code java.vendor}
 * @param osName {@code os.name}
 * @param osArch {@code os.arch}
 * @param availableProcessors processors available to the JVM
 * @param target {@code aws}, or the SageMaker-compatible endpoint URL used
 * @param region the AWS region
 */
public record RunEnvironment(String slsbenchVersion, String javaVersion, String javaVendor, String osName,
                             String osArch, int availableProcessors, String target, String region) {

    public RunEnvironment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(region, "region");
    }

    /** The environment of this JVM, for a run against {@code target} in {@code region}. */
    public static RunEnvironment current(String target, String region) {
        String version = RunEnvironment.class.getPackage().getImplementationVersion();
        return new RunEnvironment(version == null ? "development" : version, System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), target, region);
    }
}
