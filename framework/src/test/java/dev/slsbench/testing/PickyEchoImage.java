package dev.slsbench.testing;

import dev.slsbench.emulator.images.EchoImage;

/**
 * A test model image: the emulator's echo server, except that it fails at start-up when its
 * container id (which the emulator derives from the endpoint name) contains the model
 * Environment's {@code SLSBENCH_FAIL_WHEN_CONTAINER_ID_CONTAINS}. One model can so have one
 * endpoint of a plan fail to deploy while the others deploy.
 */
public final class PickyEchoImage {

    private PickyEchoImage() {
    }

    public static void main(String[] args) throws Exception {
        String marker = System.getenv("SLSBENCH_FAIL_WHEN_CONTAINER_ID_CONTAINS");
        String containerId = System.getenv().getOrDefault("SLSBENCH_CONTAINER_ID", "");
        if (marker != null && !marker.isEmpty() && containerId.contains(marker)) {
            System.err.println("picky image: refusing to start in container " + containerId);
            System.exit(3);
        }
        EchoImage.main(args);
    }
}
