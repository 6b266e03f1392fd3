package dev.slsbench.junit.engine.execution;

import dev.slsbench.junit.engine.model.BenchmarkClassModel;
import dev.slsbench.provision.ModelFromImage;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.Tag;

import java.util.List;
import java.util.Optional;

/**
 * Creates a benchmark's model from its {@code image} before the run with the framework's
 * {@link ModelFromImage} (one policy with the CLI): on a local target the model is made to match
 * the annotation (created, or replaced when an earlier class left one with another image or
 * environment); on AWS an existing model is used as it is and a missing one is created with the
 * execution role {@code slsbench.role-arn}. A created model carries slsbench's tags with a lease,
 * renewed by every run that uses it.
 */
final class ModelInstaller {

    /** The role a local emulator's models are created with; emulators do not check it. */
    static final String LOCAL_ROLE_ARN = ModelFromImage.LOCAL_ROLE_ARN;

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
        try {
            ModelFromImage.ensure(sageMaker, name, image, model.environment(), local,
                    local ? Optional.empty() : roleArn, tags);
        } catch (ModelFromImage.MissingRoleException e) {
            throw new IllegalStateException("model '" + name + "' does not exist and creating it from image " + image
                    + " on AWS needs an execution role: set slsbench.role-arn");
        }
    }
}
