package dev.slsbench.cli;

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
 * {@code --image}: creates the model from a container image when it does not exist. An existing
 * model is used as it is. On an emulator any execution role will do; on AWS the caller's
 * {@code --role-arn} is required. Models cost nothing while no endpoint serves them, so a model
 * created here is left in place for the next run; it carries slsbench's tags with a lease, which
 * every run using it renews, so that it is deleted a lease after the last run that used it.
 */
final class ModelFromImage {

    /** The role models are created with on an emulator, which does not check it. */
    static final String LOCAL_ROLE_ARN = "arn:aws:iam::000000000000:role/slsbench-local";

    private ModelFromImage() {
    }

    /**
     * Makes sure {@code model} exists and says what was done.
     *
     * @param emulator whether the target is an emulator (any role accepted)
     * @throws BadInputException when the model is missing on AWS and no role was given (nothing is created)
     */
    static String ensure(SageMakerClient sageMaker, String model, String image, Map<String, String> environment,
                         boolean emulator, Optional<String> roleArn) {
        return ensure(sageMaker, model, image, environment, emulator, roleArn, List.of());
    }

    /** As {@link #ensure(SageMakerClient, String, String, Map, boolean, Optional)}, a created model tagged with {@code tags}. */
    static String ensure(SageMakerClient sageMaker, String model, String image, Map<String, String> environment,
                         boolean emulator, Optional<String> roleArn, List<Tag> tags) {
        Optional<DescribeModelResponse> existing = describe(sageMaker, model);
        if (existing.isPresent()) {
            String existingImage = Optional.ofNullable(existing.get().primaryContainer())
                    .map(ContainerDefinition::image).orElse("(no primary container)");
            return "model " + model + " exists (image " + existingImage + "); using it as it is";
        }
        String role = emulator ? roleArn.orElse(LOCAL_ROLE_ARN) : roleArn.orElseThrow(() -> new BadInputException(
                "MODEL: '" + model + "' does not exist; creating it from --image " + image
                        + " on AWS needs --role-arn ARN (an execution role SageMaker can assume)"));
        sageMaker.createModel(r -> {
            r.modelName(model).executionRoleArn(role)
                    .primaryContainer(ContainerDefinition.builder().image(image).environment(environment).build());
            if (!tags.isEmpty()) {
                r.tags(tags);
            }
        });
        return "created model " + model + " from image " + image
                + (environment.isEmpty() ? "" : " with environment " + environment);
    }

    private static Optional<DescribeModelResponse> describe(SageMakerClient sageMaker, String model) {
        try {
            return Optional.of(sageMaker.describeModel(r -> r.modelName(model)));
        } catch (AwsServiceException e) {
            String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("could not find model")) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
