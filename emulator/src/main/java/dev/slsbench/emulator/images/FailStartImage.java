package dev.slsbench.emulator.images;

/**
 * Built-in image {@code slsbench/fail-start}: exits at start-up with status
 * {@code SLSBENCH_EXIT_CODE} (default 1) before it ever answers {@code /ping}, so that an endpoint
 * using it fails its deployment.
 */
public final class FailStartImage {

    private FailStartImage() {
    }

    public static void main(String[] args) {
        int exitCode = (int) ContainerHttpServer.longEnv("SLSBENCH_EXIT_CODE", 1);
        System.err.println("slsbench/fail-start: failing start-up on purpose with exit status " + exitCode);
        System.exit(exitCode);
    }
}
