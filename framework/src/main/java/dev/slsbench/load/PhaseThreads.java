package dev.slsbench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a phase's tasks on their own platform threads and waits for all of them. When the
 * waiting thread is interrupted, or a task fails, the others are interrupted and given
 * {@link #DRAIN_TIMEOUT} to record the calls they have in flight before the failure propagates.
 */
final class PhaseThreads {

    /** How long interrupted tasks get to finish recording. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

    private PhaseThreads() {
    }

    static <T> List<T> runAll(String threadName, List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name(threadName + "-", 0).factory());
        List<Future<T>> futures = new ArrayList<>();
        try {
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            pool.shutdown();
            return results;
        } catch (InterruptedException e) {
            stop(pool);
            throw e;
        } catch (ExecutionException e) {
            stop(pool);
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void stop(ExecutorService pool) throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sleeps unless {@code duration} is zero. */
    static void pause(Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            Thread.sleep(duration);
        }
    }
}
