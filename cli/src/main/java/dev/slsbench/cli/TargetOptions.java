package dev.slsbench.cli;

import dev.slsbench.emulator.ImageMapping;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code slsbench run} sends its calls and how the model comes to exist: AWS (default
 * chains), any SageMaker-compatible URL, or an emulator started inside the command; and the
 * image to create the model from when it is missing.
 */
final class TargetOptions {

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "A SageMaker-compatible endpoint serving the SageMaker, Runtime and CloudWatch APIs"
                    + " (e.g. a running slsbench emulator). Loopback URLs get dummy credentials.")
    URI endpointUrl;

    @Option(names = "--local", description = "Start an embedded slsbench emulator for this run (needs --image).")
    boolean local;

    @Option(names = "--region", paramLabel = "REGION",
            description = "The AWS region. Default: the SDK's region chain (us-east-1 with --local or --endpoint-url).")
    String region;

    @Option(names = "--image", paramLabel = "IMAGE",
            description = "Create MODEL from this container image when it does not exist (on AWS: needs --role-arn)."
                    + " Built into the emulator: slsbench/echo, slsbench/cpu, slsbench/memory, slsbench/fail-start.")
    String image;

    @Option(names = "--image-env", paramLabel = "KEY=VALUE",
            description = "An environment variable of the model created from --image, e.g. SLSBENCH_DELAY_MS=20. Repeatable.")
    Map<String, String> imageEnvironment = new LinkedHashMap<>();

    @Option(names = "--role-arn", paramLabel = "ARN",
            description = "The execution role for a model created from --image on AWS.")
    String roleArn;

    @Option(names = "--emulator-image", paramLabel = "IMAGE=COMMAND",
            description = "With --local: run IMAGE with COMMAND (split at whitespace), as the emulator's --image. Repeatable.")
    List<String> emulatorImages = new ArrayList<>();

    @Option(names = "--verbose", description = "Show the embedded emulator's log lines.")
    boolean verbose;

    /** Why these options cannot be used together; empty when they can. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (local && endpointUrl != null) {
            problems.add("--local and --endpoint-url: give one; --local starts its own emulator");
        }
        if (local && image == null) {
            problems.add("--local needs --image IMAGE: the embedded emulator starts empty, so MODEL is created from"
                    + " IMAGE (e.g. --image slsbench/echo)");
        }
        if (!emulatorImages.isEmpty() && !local) {
            problems.add("--emulator-image only applies with --local (a running emulator takes its own --image flags)");
        }
        for (String mapping : emulatorImages) {
            try {
                ImageMapping.parse(mapping);
            } catch (IllegalArgumentException e) {
                problems.add("--emulator-image: '" + mapping + "' is not IMAGE=COMMAND (" + e.getMessage() + ")");
            }
        }
        if (!imageEnvironment.isEmpty() && image == null) {
            problems.add("--image-env only applies with --image");
        }
        return problems;
    }

    /** The image, when the model is to be created from one. */
    Optional<String> imageIfPresent() {
        return Optional.ofNullable(image);
    }
}
