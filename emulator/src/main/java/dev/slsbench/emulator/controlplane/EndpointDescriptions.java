package dev.slsbench.emulator.controlplane;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.controlplane.EndpointConfigResource.VariantConfig;
import dev.slsbench.emulator.controlplane.EndpointResource.DeployedVariant;

/**
 * Renders DescribeEndpoint and ListEndpoints answers. Besides SageMaker's members, DescribeEndpoint
 * carries {@code SlsbenchResourceEnforcement}: per variant, how memory and CPU are enforced on this
 * host. AWS SDKs, the AWS CLI and boto3 ignore members they do not know.
 */
final class EndpointDescriptions {

    private EndpointDescriptions() {
    }

    static ObjectNode describe(EndpointResource endpoint) {
        ObjectNode output = Json.object()
                .put("EndpointName", endpoint.name)
                .put("EndpointArn", endpoint.arn)
                .put("EndpointConfigName", endpoint.configName);
        ArrayNode variants = output.putArray("ProductionVariants");
        if (endpoint.status == EndpointStatus.Creating) {
            endpoint.pendingVariants.forEach(variant -> variants.add(desiredVariant(variant)));
        } else {
            endpoint.variants.forEach(variant -> variants.add(deployedVariant(variant)));
        }
        if (variants.isEmpty()) {
            output.remove("ProductionVariants");
        }
        output.put("EndpointStatus", endpoint.status.name());
        if (endpoint.failureReason != null) {
            output.put("FailureReason", endpoint.failureReason);
        }
        Json.putTimestamp(output, "CreationTime", endpoint.creationTime);
        Json.putTimestamp(output, "LastModifiedTime", endpoint.lastModifiedTime);
        if (endpoint.status == EndpointStatus.Updating && endpoint.pendingConfigName != null) {
            ObjectNode pending = output.putObject("PendingDeploymentSummary").put("EndpointConfigName", endpoint.pendingConfigName);
            ArrayNode pendingVariants = pending.putArray("ProductionVariants");
            for (VariantConfig variant : endpoint.pendingVariants) {
                ObjectNode summary = desiredVariant(variant);
                ObjectNode status = summary.putArray("VariantStatus").addObject().put("Status", "Creating");
                Json.putTimestamp(status, "StartTime", endpoint.pendingSince);
                pendingVariants.add(summary);
            }
            Json.putTimestamp(pending, "StartTime", endpoint.pendingSince);
        }
        if (!endpoint.variants.isEmpty()) {
            ArrayNode enforcement = output.putArray("SlsbenchResourceEnforcement");
            endpoint.variants.forEach(variant -> enforcement.addObject()
                    .put("VariantName", variant.config().variantName())
                    .put("Memory", variant.memoryEnforcement())
                    .put("Cpu", variant.cpuEnforcement()));
        }
        return output;
    }

    static ObjectNode summary(EndpointResource endpoint) {
        ObjectNode summary = Json.object().put("EndpointName", endpoint.name).put("EndpointArn", endpoint.arn);
        Json.putTimestamp(summary, "CreationTime", endpoint.creationTime);
        Json.putTimestamp(summary, "LastModifiedTime", endpoint.lastModifiedTime);
        summary.put("EndpointStatus", endpoint.status.name());
        return summary;
    }

    private static ObjectNode deployedVariant(DeployedVariant variant) {
        VariantConfig config = variant.config();
        ObjectNode summary = Json.object().put("VariantName", config.variantName());
        ObjectNode image = summary.putArray("DeployedImages").addObject()
                .put("SpecifiedImage", variant.image())
                .put("ResolvedImage", variant.image());
        Json.putTimestamp(image, "ResolutionTime", variant.resolutionTime());
        summary.put("CurrentWeight", config.initialWeight()).put("DesiredWeight", config.initialWeight());
        summary.set("CurrentServerlessConfig", config.serverlessConfig());
        summary.set("DesiredServerlessConfig", config.serverlessConfig());
        return summary;
    }

    private static ObjectNode desiredVariant(VariantConfig config) {
        ObjectNode summary = Json.object().put("VariantName", config.variantName())
                .put("DesiredWeight", config.initialWeight());
        summary.set("DesiredServerlessConfig", config.serverlessConfig());
        return summary;
    }
}
