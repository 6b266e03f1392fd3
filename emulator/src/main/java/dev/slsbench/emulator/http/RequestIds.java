package dev.slsbench.emulator.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request ids for {@code x-amzn-RequestId}: random UUIDs, drawn without SecureRandom's contention. */
public final class RequestIds {

    private RequestIds() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long leastSignificant = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
