package dev.slsbench.record;

import dev.slsbench.stats.Outcome;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class SlowestCallsTest {

    private static InvocationRecord call(long sequence, long latencyNanos) {
        return new InvocationRecord("c", sequence, 0, 0, latencyNanos, latencyNanos, Outcome.OK, null, 1, 1, null);
    }

    private static List<Long> latencies(List<InvocationRecord> calls) {
        return calls.stream().map(InvocationRecord::latencyNanos).toList();
    }

    @Test
    void keepsTheSlowestCallsWhateverOrderTheyCameIn() {
        SlowestCalls slowest = new SlowestCalls(3);
        long[] latencies = {5, 1, 9, 3, 7, 2, 8, 6};
        for (int i = 0; i < latencies.length; i++) {
            slowest.offer(call(i, latencies[i]));
        }

        assertThat(latencies(slowest.slowestFirst())).containsExactly(9L, 8L, 7L);
    }

    @Test
    void amongEquallySlowCallsKeepsTheEarliest() {
        SlowestCalls slowest = new SlowestCalls(2);
        for (int i = 0; i < 4; i++) {
            slowest.offer(call(i, 5));
        }

        assertThat(slowest.slowestFirst()).extracting(InvocationRecord::sequence).containsExactlyInAnyOrder(0L, 1L);
    }

    @Test
    void keepsTheSameCallsWhenManyThreadsOfferAtOnce() throws Exception {
        int threads = 8;
        int perThread = 20_000;
        List<InvocationRecord> all = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < threads * perThread; i++) {
            all.add(call(i, random.nextLong(1, 1_000_000)));
        }
        SlowestCalls slowest = new SlowestCalls(SlowestCalls.KEPT);
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> offered = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<InvocationRecord> share = all.subList(t * perThread, (t + 1) * perThread);
                offered.add(pool.submit(() -> {
                    start.await();
                    share.forEach(slowest::offer);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : offered) {
                f.get();
            }
        }

        List<InvocationRecord> expected = all.stream()
                .sorted(Comparator.comparingLong(InvocationRecord::latencyNanos).reversed()
                        .thenComparingLong(InvocationRecord::sequence))
                .limit(SlowestCalls.KEPT).toList();
        assertThat(slowest.slowestFirst()).containsExactlyElementsOf(expected);
    }
}
