package dev.slsbench.emulator.processing;

import java.util.List;
import java.util.Map;

/**
 * A validated CreateProcessingJob request, as far as the emulator runs it.
 *
 * @param name the job name
 * @param roleArn the execution role (checked for shape only)
 * @param instanceType the ClusterConfig's instance type
 * @param imageUri AppSpecification.ImageUri, resolved through the emulator's image mappings
 * @param arguments AppSpecification.ContainerArguments (empty when absent)
 * @param environment the container's Environment
 * @param inputs the S3 inputs, copied in before the container starts
 * @param outputs the S3 outputs, uploaded when it ends
 * @param maxRuntimeSeconds StoppingCondition.MaxRuntimeInSeconds (SageMaker's default, one day, when absent)
 */
record ProcessingJobSpec(String name, String roleArn, String instanceType, String imageUri, List<String> arguments,
        Map<String, String> environment, List<Channel> inputs, List<Channel> outputs, int maxRuntimeSeconds) {

    /**
     * One input or output: a name, an S3 URI split into bucket and key prefix, and the
     * {@code /opt/ml/processing/...} path inside the container.
     */
    record Channel(String name, String s3Uri, String bucket, String keyPrefix, String localPath) {
    }
}
