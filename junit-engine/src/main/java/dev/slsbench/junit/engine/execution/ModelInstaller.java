package dev.slsbench.junit.engine.execution;

import dev.slsbench.junit.engine.discovery.BenchmarkClassModel;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.ContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Creates a benchmark's model from its {@code image} before the run. On a local target the model
 * is made to match the annotation (created, or replaced when an earlier class left one with
 * another image or environment); on AWS an existing model is used as it is and a missing one is
 * created with the execution role {@code slsbench.role-arn}. A created model carries slsbench's
 * tags with a lease, renewed by every run that uses it.
 */
final class ModelInstaller {

    /** The role a local emulator's models are created with; emulators do not check it. */
    static final String LOCAL_ROLE_ARN = "arn:aws:iam::000000000000:role/slsbench-local";

    private ModelInstaller() {
    }

    static void install(SageMakerClient sageMaker, BenchmarkClassModel model, boolean local, Optional<String> roleArn) {
        install(sageMaker, model, local, roleArn, List.of());
    }

    static void install(SageMakerClient sageMaker, BenchmarkClassModel model, boolean local, Optional<String> roleArn,
                        List<Tag> tags) {
        if (model.image().isEmpty()) {
            return;
        }
        String name = model.plan().modelName();
        String image = model.image().get();
        Optional<DescribeModelResponse> existing = describe(sageMaker, name);
        if (existing.isPresent()) {
            if (!local || matches(existing.get(), image, model.environment())) {
                return;
            }
            sageMaker.deleteModel(r -> r.modelName(name));
        }
        String role = local ? LOCAL_ROLE_ARN : roleArn.orElseThrow(() -> new IllegalStateException(
                "model '" + name + "' does not exist and creating it from image " + image
                        + " on AWS needs an execution role: set slsbench.role-arn"));
        sageMaker.createModel(r -> {
            r.modelName(name).executionRoleArn(role)
                    .primaryContainer(ContainerDefinition.builder().image(image).environment(model.environment()).build());
            if (!tags.isEmpty()) {
                r.tags(tags);
            }
        });
    }

    private static Optional<DescribeModelResponse> describe(SageMakerClient sageMaker, String name) {
        try {
            return Optional.of(sageMaker.describeModel(r -> r.modelName(name)));
        } catch (AwsServiceException e) {
            String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("could not find model")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean matches(DescribeModelResponse existing, String image, Map<String, String> environment) {
        ContainerDefinition container = existing.primaryContainer();
        return container != null && image.equals(container.image())
                && environment.equals(container.hasEnvironment() ? container.environment() : Map.of());
    }
}
