package dev.slsbench.emulator.container;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The fallback memory limit where cgroups are not writable: reads each watched container's resident
 * set size (its process and descendants) on a fixed interval and kills the container beyond its
 * memory size. Coarser than the kernel's limit (a fast allocation can overshoot between two polls),
 * but the effect, a killed container and an "insufficient memory" error, is the same.
 */
final class MemoryPoller implements AutoCloseable {

    static final long INTERVAL_MILLIS = 50;

    private final Set<ContainerProcess> watched = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "slsbench-memory-poller");
        thread.setDaemon(true);
        return thread;
    });

    MemoryPoller() {
        timer.scheduleWithFixedDelay(this::poll, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void watch(ContainerProcess container) {
        watched.add(container);
    }

    void unwatch(ContainerProcess container) {
        watched.remove(container);
    }

    private void poll() {
        for (ContainerProcess container : watched) {
            if (ResourceGuard.residentSetBytes(container.pid()) > container.spec().memoryLimitBytes()) {
                watched.remove(container);
                container.killForMemory();
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
