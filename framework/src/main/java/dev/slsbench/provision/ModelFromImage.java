package dev.slsbench.provision;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.ContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a benchmark's model from a container image before a run, with one policy for every front
 * end ({@code slsbench run --image}, {@code @ServerlessBenchmark(image)}): on an emulator the model
 * is made to match the image and environment (created, or replaced when one with another image or
 * environment is left from earlier); on AWS an existing model is used as it is (models are the
 * user's, and cost nothing while no endpoint serves them) and a missing one is created with the
 * caller's execution role. A model created here carries the caller's tags (slsbench's run id and
 * lease), so that it is deleted a lease after the last run that used it.
 */
public final class ModelFromImage {

    /** The role models are created with on an emulator, which does not check it. */
    public static final String LOCAL_ROLE_ARN = "arn:aws:iam::000000000000:role/slsbench-local";

    /** What {@link #ensure} did. */
    public enum Action {
        /** The model did not exist and was created. */
        CREATED,
        /** An emulator's model with another image or environment was deleted and created anew. */
        REPLACED,
        /** The model exists and is used as it is. */
        USED_AS_IT_IS
    }

    /**
     * What {@link #ensure} did.
     *
     * @param action created, replaced or used
     * @param existingImage the image of the model found, when one was found
     */
    public record Outcome(Action action, Optional<String> existingImage) {
        public Outcome {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(existingImage, "existingImage");
        }
    }

    /** A model is missing on AWS and no execution role was given to create it with; nothing was created. */
    public static final class MissingRoleException extends IllegalStateException {
        public MissingRoleException(String model) {
            super("model '" + model + "' does not exist and creating it on AWS needs an execution role");
        }
    }

    private ModelFromImage() {
    }

    /**
     * Makes sure {@code model} exists, serving {@code image} with {@code environment} on an emulator.
     *
     * @param emulator whether the target is an emulator (any role accepted, models made to match)
     * @param roleArn the execution role for a model created on AWS (on an emulator, the default is
     *        {@link #LOCAL_ROLE_ARN})
     * @param tags the tags of a model created here (none: untagged)
     * @throws MissingRoleException when the model is missing on AWS and no role was given
     */
    public static Outcome ensure(SageMakerClient sageMaker, String model, String image, Map<String, String> environment,
                                 boolean emulator, Optional<String> roleArn, List<Tag> tags) {
        Optional<DescribeModelResponse> existing = describe(sageMaker, model);
        Optional<String> existingImage = existing.map(m -> Optional.ofNullable(m.primaryContainer())
                .map(ContainerDefinition::image).orElse("(no primary container)"));
        Action action = Action.CREATED;
        if (existing.isPresent()) {
            if (!emulator || matches(existing.get(), image, environment)) {
                return new Outcome(Action.USED_AS_IT_IS, existingImage);
            }
            sageMaker.deleteModel(r -> r.modelName(model));
            action = Action.REPLACED;
        }
        String role = emulator ? roleArn.orElse(LOCAL_ROLE_ARN) : roleArn.orElseThrow(() -> new MissingRoleException(model));
        sageMaker.createModel(r -> {
            r.modelName(model).executionRoleArn(role)
                    .primaryContainer(ContainerDefinition.builder().image(image).environment(environment).build());
            if (!tags.isEmpty()) {
                r.tags(tags);
            }
        });
        return new Outcome(action, existingImage);
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

    private static boolean matches(DescribeModelResponse existing, String image, Map<String, String> environment) {
        ContainerDefinition container = existing.primaryContainer();
        return container != null && image.equals(container.image())
                && environment.equals(container.hasEnvironment() ? container.environment() : Map.of());
    }
}
