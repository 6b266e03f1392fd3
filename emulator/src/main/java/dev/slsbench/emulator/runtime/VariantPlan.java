package dev.slsbench.emulator.runtime;

import java.util.List;
import java.util.Map;

/**
 * Everything needed to run one serverless production variant: what its containers run and the
 * serverless configuration that bounds them.
 *
 * @param endpointName the endpoint's name as created
 * @param variantName the production variant's name
 * @param imageName the model's {@code PrimaryContainer.Image}
 * @param command the local command the image resolved to
 * @param environment the model's {@code PrimaryContainer.Environment}
 * @param memorySizeMb {@code MemorySizeInMB}
 * @param maxConcurrency {@code MaxConcurrency}: the most containers that may run at once
 * @param provisionedConcurrency {@code ProvisionedConcurrency}: containers kept warm (0 for none)
 * @param weight the variant's share of traffic ({@code InitialVariantWeight})
 */
public record VariantPlan(String endpointName, String variantName, String imageName, List<String> command,
        Map<String, String> environment, int memorySizeMb, int maxConcurrency, int provisionedConcurrency,
        double weight) {

    public VariantPlan {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
