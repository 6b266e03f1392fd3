package dev.slsbench.report;

import dev.slsbench.result.RunEnvironment;

import java.net.URI;

/** Says in words where a run went: AWS in a region, the local emulator, or another compatible endpoint. */
final class RunTarget {

    private RunTarget() {
    }

    /** {@code AWS us-east-1}, {@code the local emulator at http://127.0.0.1:4566}, … */
    static String describe(RunEnvironment environment) {
        String target = environment.target();
        if ("aws".equalsIgnoreCase(target)) {
            return "AWS " + environment.region();
        }
        String host = hostOf(target);
        if ("127.0.0.1".equals(host) || "localhost".equalsIgnoreCase(host) || "[::1]".equals(host) || "::1".equals(host)) {
            return "the local emulator at " + target;
        }
        return "the SageMaker-compatible endpoint " + target + " (region " + environment.region() + ")";
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
