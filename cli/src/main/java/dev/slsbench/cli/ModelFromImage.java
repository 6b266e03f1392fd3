package dev.slsbench.cli;

import software.amazon.awssdk.services.sagemaker.SageMakerClient;

import software.amazon.awssdk.services.sagemaker.model.Tag;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --image}: makes sure the model exists with the framework's
 * {@link dev.slsbench.provision.ModelFromImage} (one policy with the engine) and says what it did
 * in the CLI's words; a missing role on AWS is bad input naming {@code --role-arn}.
 */
final class ModelFromImage {

    /** The role models are created with on an emulator, which does not check it. */
    static final String LOCAL_ROLE_ARN = dev.slsbench.provision.ModelFromImage.LOCAL_ROLE_ARN;

    private ModelFromImage() {
    }

    /**
     * Makes sure {@code model} exists and says what was done.
     *
     * @param emulator whether the target is an emulator (any role accepted, the model made to match)
     * @throws BadInputException when the model is missing on AWS and no role was given (nothing is created)
     */
    static String ensure(SageMakerClient sageMaker, String model, String image, Map<String, String> environment,
                         boolean emulator, Optional<String> roleArn) {
        return ensure(sageMaker, model, image, environment, emulator, roleArn, List.of());
    }

    /** As {@link #ensure(SageMakerClient, String, String, Map, boolean, Optional)}, a created model tagged with {@code tags}. */
    static String ensure(SageMakerClient sageMaker, String model, String image, Map<String, String> environment,
                         boolean emulator, Optional<String> roleArn, List<Tag> tags) {
        dev.slsbench.provision.ModelFromImage.Outcome outcome;
        try {
            outcome = dev.slsbench.provision.ModelFromImage.ensure(sageMaker, model, image, environment, emulator, roleArn,
                    tags);
        } catch (dev.slsbench.provision.ModelFromImage.MissingRoleException e) {
            throw new BadInputException("MODEL: '" + model + "' does not exist; creating it from --image " + image
                    + " on AWS needs --role-arn ARN (an execution role SageMaker can assume)");
        }
        String created = "model " + model + " from image " + image
                + (environment.isEmpty() ? "" : " with environment " + environment);
        return switch (outcome.action()) {
            case USED_AS_IT_IS -> "model " + model + " exists (image " + outcome.existingImage().orElseThrow()
                    + "); using it as it is";
            case REPLACED -> "replaced " + created + " (it had image " + outcome.existingImage().orElseThrow() + ")";
            case CREATED -> "created " + created;
        };
    }
}
