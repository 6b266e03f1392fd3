package dev.slsbench.emulator.images;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Built-in image {@code slsbench/memory}: each invocation allocates and touches N MiB and holds them
 * until it answers, so that a memory size too small for the work makes the emulator kill the
 * container and fail the call with "insufficient memory". N is the request body when it is a whole
 * number, else {@code SLSBENCH_ALLOCATE_MB} from the model's Environment (default 0); it holds them a
 * further {@code SLSBENCH_HOLD_MS} (default 0), which makes the kill certain where memory is enforced
 * by polling rather than by the kernel. The JVM runs
 * with container support off, a large maximum heap and a small young generation, so the memory
 * limit of the container (and not the JVM's own heap sizing) is what stops it, quickly.
 */
public final class MemoryImage {

    private static final int MIB = 1024 * 1024;
    private static final int PAGE_BYTES = 4096;
    /** Larger than the young generation, so chunks go straight to the old one and are never copied. */
    private static final int CHUNK_BYTES = 8 * MIB;

    private MemoryImage() {
    }

    public static void main(String[] args) throws Exception {
        long defaultMebibytes = ContainerHttpServer.longEnv("SLSBENCH_ALLOCATE_MB", 0);
        long holdMillis = ContainerHttpServer.longEnv("SLSBENCH_HOLD_MS", 0);
        ContainerHttpServer.serve(args, request -> {
            long mebibytes = CpuImage.wholeNumber(request.body(), defaultMebibytes);
            List<byte[]> held = new ArrayList<>();
            for (long remaining = mebibytes * MIB; remaining > 0; remaining -= CHUNK_BYTES) {
                byte[] chunk = new byte[(int) Math.min(remaining, CHUNK_BYTES)];
                for (int offset = 0; offset < chunk.length; offset += PAGE_BYTES) {
                    chunk[offset] = 1;
                }
                held.add(chunk);
            }
            if (holdMillis > 0) {
                Thread.sleep(holdMillis);
            }
            String json = "{\"allocatedMB\":" + mebibytes + "}";
            return ContainerHttpServer.Response.of(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
        });
    }
}
