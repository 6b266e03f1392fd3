package dev.slsbench.provision;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Names endpoint configs and endpoints in the toolkit's style, {@code <model>-ep-<5 chars>},
 * with the run id and endpoint key added: {@code <model>-ep-<runId>-<key>-<5 chars>} and
 * {@code <model>-cfg-<runId>-<key>-<5 chars>} (the same five random characters in both). The
 * model name is shortened so that every name has at most 63 characters and matches SageMaker's
 * {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}}; the random part keeps names unique even when a run
 * id is reused while an earlier endpoint is still being deleted.
 */
public final class ResourceNames {

    /** SageMaker's longest endpoint and endpoint config name. */
    public static final int MAX_NAME_LENGTH = 63;
    /** SageMaker's endpoint and endpoint config name pattern. */
    public static final Pattern NAME_PATTERN = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}");
    static final int RANDOM_CHARS = 5;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final String modelName;
    private final String runId;
    private final RandomGenerator random;

    /** Names for {@code modelName}'s endpoints in run {@code runId}, with secure random suffixes. */
    public ResourceNames(String modelName, String runId) {
        this(modelName, runId, new SecureRandom());
    }

    ResourceNames(String modelName, String runId, RandomGenerator random) {
        this.modelName = Objects.requireNonNull(modelName, "modelName");
        this.runId = Objects.requireNonNull(runId, "runId");
        this.random = random;
    }

    /** A fresh pair of names for endpoint {@code key}. */
    public EndpointNames next(String key) {
        StringBuilder suffix = new StringBuilder(RANDOM_CHARS);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            suffix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String tail = runId + "-" + key + "-" + suffix;
        return new EndpointNames(name("-ep-", tail), name("-cfg-", tail));
    }

    private String name(String kind, String tail) {
        int room = MAX_NAME_LENGTH - kind.length() - tail.length();
        if (room < 1) {
            throw new IllegalArgumentException("run id '" + runId + "' and key in '" + tail + "' leave no room for the model name");
        }
        String prefix = modelName.substring(0, Math.min(room, modelName.length())).replaceAll("-+$", "");
        String name = prefix + kind + tail;
        if (!NAME_PATTERN.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a valid SageMaker resource name");
        }
        return name;
    }

    /**
     * The names of one endpoint and its config.
     *
     * @param endpointName the endpoint's name
     * @param endpointConfigName the endpoint config's name
     */
    public record EndpointNames(String endpointName, String endpointConfigName) {
    }
}
