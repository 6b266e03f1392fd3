package dev.slsbench.emulator.container;

import java.util.List;
import java.util.Map;

/**
 * What one container of an endpoint variant runs and within which limits.
 *
 * @param containerId unique within the emulator, used in logs, cgroup names and the process environment
 * @param endpointName the endpoint the container serves
 * @param variantName the production variant the container serves
 * @param imageName the image named by the model
 * @param command the command resolved from the image (the {@code serve} argument is appended at launch)
 * @param environment the model's {@code PrimaryContainer.Environment}
 * @param memorySizeMb the variant's {@code MemorySizeInMB}
 */
public record ContainerSpec(String containerId, String endpointName, String variantName, String imageName,
        List<String> command, Map<String, String> environment, int memorySizeMb) {

    public ContainerSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    public long memoryLimitBytes() {
        return memorySizeMb * 1024L * 1024L;
    }
}
