package dev.slsbench.emulator.controlplane;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint configuration as CreateEndpointConfig recorded it.
 *
 * @param described the DescribeEndpointConfig answer without EndpointConfigArn and CreationTime
 */
record EndpointConfigResource(String name, String arn, Instant creationTime, List<VariantConfig> variants,
        ObjectNode described) {

    /**
     * One serverless production variant of a configuration.
     *
     * @param provisionedConcurrency 0 when not set
     */
    record VariantConfig(String variantName, String modelName, double initialWeight, int memorySizeMb,
            int maxConcurrency, int provisionedConcurrency) {

        ObjectNode serverlessConfig() {
            ObjectNode config = Json.object().put("MemorySizeInMB", memorySizeMb).put("MaxConcurrency", maxConcurrency);
            if (provisionedConcurrency > 0) {
                config.put("ProvisionedConcurrency", provisionedConcurrency);
            }
            return config;
        }
    }
}
