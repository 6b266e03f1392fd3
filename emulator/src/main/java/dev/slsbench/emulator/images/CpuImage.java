package dev.slsbench.emulator.images;

import java.nio.charset.StandardCharsets;

/**
 * Built-in image {@code slsbench/cpu}: each invocation burns a fixed amount of CPU work, so that
 * latency shows the CPU share a memory size buys. The work is the request body when it is a
 * whole number of work units, else {@code SLSBENCH_WORK_UNITS} from the model's Environment
 * (default 10). One unit is {@value #ITERATIONS_PER_UNIT} rounds of an integer mixing loop,
 * roughly a millisecond on one core of a current server CPU. Answers with JSON giving the units done
 * and the wall time they took.
 */
public final class CpuImage {

    static final int ITERATIONS_PER_UNIT = 1_000_000;

    private CpuImage() {
    }

    public static void main(String[] args) throws Exception {
        long defaultUnits = ContainerHttpServer.longEnv("SLSBENCH_WORK_UNITS", 10);
        ContainerHttpServer.serve(args, request -> {
            long units = wholeNumber(request.body(), defaultUnits);
            long startNanos = System.nanoTime();
            long checksum = work(units);
            long elapsedNanos = System.nanoTime() - startNanos;
            String json = "{\"workUnits\":" + units + ",\"checksum\":" + checksum + ",\"elapsedNanos\":" + elapsedNanos + "}";
            return ContainerHttpServer.Response.of(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
        });
    }

    static long wholeNumber(byte[] body, long fallback) {
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return fallback;
        }
        return Long.parseLong(text);
    }

    static long work(long units) {
        long x = 0x9E3779B97F4A7C15L;
        for (long unit = 0; unit < units; unit++) {
            for (int i = 0; i < ITERATIONS_PER_UNIT; i++) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
            }
        }
        return x;
    }
}
