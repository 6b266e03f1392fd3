package dev.slsbench.provision;

import dev.slsbench.plan.EndpointShape;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One serverless endpoint a run needs: which model it serves, its ServerlessConfig, and a key
 * unique within the run (e.g. {@code s2048} for the stability endpoint at 2048 MB) that goes
 * into the resource names and tags.
 *
 * @param key letters, digits and hyphens, at most {@link #MAX_KEY_LENGTH} characters
 * @param modelName the SageMaker model the endpoint serves
 * @param shape MemorySizeInMB and MaxConcurrency
 * @param provisionedConcurrency ProvisionedConcurrency, 0 for none, at most MaxConcurrency
 */
public record EndpointRequest(String key, String modelName, EndpointShape shape, int provisionedConcurrency) {

    /** The longest key, so that names stay within SageMaker's 63 characters. */
    public static final int MAX_KEY_LENGTH = 20;
    private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9])*");

    public EndpointRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(shape, "shape");
        if (key.length() > MAX_KEY_LENGTH || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("key: '" + key + "' is not 1.." + MAX_KEY_LENGTH
                    + " letters, digits and inner hyphens");
        }
        if (provisionedConcurrency < 0 || provisionedConcurrency > shape.maxConcurrency()) {
            throw new IllegalArgumentException("provisionedConcurrency: " + provisionedConcurrency
                    + " is not within 0.." + shape.maxConcurrency());
        }
    }
}
