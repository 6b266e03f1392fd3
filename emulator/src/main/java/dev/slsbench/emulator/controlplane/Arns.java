package dev.slsbench.emulator.controlplane;

import java.util.Locale;

/**
 * ARNs of the emulator's resources, in its fixed account and region. SageMaker lower-cases the
 * resource name in ARNs, and names are unique regardless of case.
 */
final class Arns {

    static final String ACCOUNT = "000000000000";
    static final String REGION = "us-east-1";
    private static final String PREFIX = "arn:aws:sagemaker:" + REGION + ":" + ACCOUNT + ":";

    private Arns() {
    }

    static String model(String name) {
        return PREFIX + "model/" + key(name);
    }

    static String endpointConfig(String name) {
        return PREFIX + "endpoint-config/" + key(name);
    }

    static String endpoint(String name) {
        return PREFIX + "endpoint/" + key(name);
    }

    /** The case-insensitive key a resource name is stored under. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
