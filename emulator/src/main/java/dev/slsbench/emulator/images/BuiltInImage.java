package dev.slsbench.emulator.images;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The model images the emulator knows without any {@code --image} mapping. Each is a small JDK-only
 * Java program started with the emulator's own JVM and class path, with flags that favour a fast
 * start over peak throughput (C1 only, serial GC, small stacks), as a model server in a
 * serverless container would be tuned.
 */
public enum BuiltInImage {

    /** {@code slsbench/echo}: echoes the body, optionally after {@code SLSBENCH_DELAY_MS} (growing by {@code SLSBENCH_DELAY_GROWTH_MS} per call); see {@link EchoImage}. */
    ECHO("slsbench/echo", EchoImage.class),
    /** {@code slsbench/cpu}: burns a requested amount of CPU work; see {@link CpuImage}. */
    CPU("slsbench/cpu", CpuImage.class),
    /** {@code slsbench/memory}: allocates and touches a requested number of MiB; see {@link MemoryImage}. */
    MEMORY("slsbench/memory", MemoryImage.class, "-XX:-UseContainerSupport", "-XX:MaxRAMPercentage=90", "-Xmn16m"),
    /** {@code slsbench/fail-start}: exits before answering {@code /ping}; see {@link FailStartImage}. */
    FAIL_START("slsbench/fail-start", FailStartImage.class);

    private static final List<String> FAST_START_FLAGS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:CICompilerCount=1", "-Xss256k",
            "-XX:-UsePerfData", "-Xshare:auto");

    private final String imageName;
    private final Class<?> mainClass;
    private final List<String> extraJvmFlags;

    BuiltInImage(String imageName, Class<?> mainClass, String... extraJvmFlags) {
        this.imageName = imageName;
        this.mainClass = mainClass;
        this.extraJvmFlags = List.of(extraJvmFlags);
    }

    /** The name CreateModel's {@code PrimaryContainer.Image} uses, e.g. {@code slsbench/echo}. */
    public String imageName() {
        return imageName;
    }

    /** The built-in image with that name, if any. */
    public static Optional<BuiltInImage> named(String imageName) {
        return Arrays.stream(values()).filter(image -> image.imageName.equals(imageName)).findFirst();
    }

    /** The command that starts this image's model server (without the {@code serve} argument). */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(currentJava());
        command.addAll(FAST_START_FLAGS);
        command.addAll(extraJvmFlags);
        command.add("-cp");
        command.add(codeLocation());
        command.add(mainClass.getName());
        return List.copyOf(command);
    }

    private static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private String codeLocation() {
        try {
            return Path.of(mainClass.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + mainClass.getName(), e);
        }
    }
}
