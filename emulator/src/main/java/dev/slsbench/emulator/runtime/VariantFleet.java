package dev.slsbench.emulator.runtime;

import dev.slsbench.emulator.container.ContainerProcess;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * The containers of one serverless production variant, with SageMaker Serverless semantics. A call
 * takes an idle warm container (the most recently used first, so surplus containers age out); with
 * none idle it starts a new one (a cold start) while fewer than MaxConcurrency run, starting ones
 * included; otherwise it is throttled. A container serves one call at a time. Idle containers beyond
 * ProvisionedConcurrency stop after the idle timeout (scale to zero); provisioned ones are kept
 * warm and replaced when they die. A call waits for its cold start at most as long as a call may
 * take; a longer start goes on in the background and the call fails with ModelNotReadyException.
 */
public final class VariantFleet implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(VariantFleet.class.getName());
    /**
     * Container starts run on platform threads: see {@code EndpointDeployer}'s tasks for why not
     * virtual ones (their socket I/O would add 300 ms to the exit of every JVM that embeds the emulator).
     */
    private static final ThreadFactory STARTERS =
            Thread.ofPlatform().name("slsbench-container-start-", 0).daemon().factory();

    private final VariantPlan plan;
    private final ContainerFactory factory;
    private final long idleTimeoutNanos;
    private final long coldStartWaitNanos;
    private final Object lock = new Object();
    private final ArrayDeque<IdleContainer> idle = new ArrayDeque<>();
    private final Set<ContainerProcess> running = ConcurrentHashMap.newKeySet();
    private int live;
    private int busy;
    /** Calls in flight that ProvisionedConcurrency serves: at most ProvisionedConcurrency of them at a time. */
    private int busyProvisioned;
    private boolean closed;

    /**
     * @param coldStartWaitNanos how long a call waits for its cold start (the invocation timeout)
     */
    public VariantFleet(VariantPlan plan, ContainerFactory factory, long idleTimeoutNanos, long coldStartWaitNanos) {
        this.plan = plan;
        this.factory = factory;
        this.idleTimeoutNanos = idleTimeoutNanos;
        this.coldStartWaitNanos = coldStartWaitNanos;
    }

    public VariantPlan plan() {
        return plan;
    }

    /**
     * Takes a container for one call: warm when one is idle, else a cold start.
     *
     * @throws CapacityExhaustedException when MaxConcurrency containers are busy or starting
     * @throws ContainerStartException when a cold start failed
     * @throws ColdStartPendingException when a cold start outlasted the wait for it (it goes on)
     * @throws FleetClosedException when the variant was replaced or deleted
     */
    Lease acquire() throws CapacityExhaustedException, ContainerStartException, FleetClosedException,
            ColdStartPendingException, InterruptedException {
        List<ContainerProcess> dead = new ArrayList<>(0);
        Lease warmLease = null;
        boolean provisionedNow = false;
        synchronized (lock) {
            if (closed) {
                throw new FleetClosedException();
            }
            IdleContainer warm;
            while (warmLease == null && (warm = idle.pollFirst()) != null) {
                if (warm.container().isAlive()) {
                    busy++;
                    warmLease = new Lease(warm.container(), false, 0, takeProvisionedSlot());
                } else {
                    live--;
                    dead.add(warm.container());
                }
            }
            if (warmLease == null && live >= plan.maxConcurrency()) {
                dead.forEach(this::discard);
                throw new CapacityExhaustedException("all " + plan.maxConcurrency() + " containers of variant "
                        + plan.variantName() + " are busy");
            }
            if (warmLease == null) {
                live++;
                busy++;
                provisionedNow = takeProvisionedSlot();
            }
        }
        dead.forEach(this::discard);
        return warmLease != null ? warmLease : coldStart(provisionedNow);
    }

    /**
     * Whether a call starting now is served by ProvisionedConcurrency: while fewer than
     * ProvisionedConcurrency calls it serves are in flight, a call takes one of its slots (and gives
     * it back on release); beyond, it spills over to on-demand capacity. Counting by slot rather than
     * by calls in flight keeps one of two clients on a ProvisionedConcurrency of 1 provisioned, as
     * SageMaker counts them. Called holding the lock.
     */
    private boolean takeProvisionedSlot() {
        if (busyProvisioned < plan.provisionedConcurrency()) {
            busyProvisioned++;
            return true;
        }
        return false;
    }

    /**
     * Starts a container for a call and waits for it as long as a call may take; a container still
     * starting then goes on starting and joins the idle ones when ready, and the call is told so.
     */
    private Lease coldStart(boolean provisioned) throws ContainerStartException, ColdStartPendingException,
            InterruptedException {
        long startNanos = System.nanoTime();
        CompletableFuture<ContainerProcess> starting = new CompletableFuture<>();
        Thread.ofPlatform().name("slsbench-cold-start-" + plan.endpointName()).daemon().start(() -> {
            try {
                starting.complete(factory.startReady(plan));
            } catch (ContainerStartException | RuntimeException e) {
                starting.completeExceptionally(e);
            } catch (InterruptedException e) {
                starting.completeExceptionally(e);
                Thread.currentThread().interrupt();
            }
        });
        try {
            ContainerProcess container = starting.get(coldStartWaitNanos, TimeUnit.NANOSECONDS);
            running.add(container);
            return new Lease(container, true, System.nanoTime() - startNanos, provisioned);
        } catch (TimeoutException e) {
            throw new ColdStartPendingException(handOff(starting, provisioned, startNanos));
        } catch (ExecutionException e) {
            forgetStart(provisioned);
            if (e.getCause() instanceof ContainerStartException start) {
                throw start;
            }
            throw new ContainerStartException(String.valueOf(e.getCause()), null);
        } catch (InterruptedException e) {
            handOff(starting, provisioned, startNanos);
            throw e;
        }
    }

    /**
     * Lets a start no call waits for any more join the idle containers, or give its place back.
     *
     * @return the start's duration in nanoseconds once it is ready
     */
    private CompletableFuture<Long> handOff(CompletableFuture<ContainerProcess> starting, boolean provisioned,
            long startNanos) {
        CompletableFuture<Long> setupNanos = new CompletableFuture<>();
        starting.whenComplete((container, failure) -> {
            if (container != null) {
                long readyNanos = System.nanoTime() - startNanos;
                running.add(container);
                release(new Lease(container, true, readyNanos, provisioned), true);
                setupNanos.complete(readyNanos);
            } else {
                forgetStart(provisioned);
            }
        });
        return setupNanos;
    }

    private void forgetStart(boolean provisioned) {
        synchronized (lock) {
            live--;
            busy--;
            if (provisioned) {
                busyProvisioned--;
            }
        }
    }

    /** Gives a container back after a call; an unhealthy or dead container is stopped instead. */
    void release(Lease lease, boolean healthy) {
        ContainerProcess container = lease.container();
        boolean keep;
        synchronized (lock) {
            busy--;
            if (lease.provisioned()) {
                busyProvisioned--;
            }
            keep = healthy && !closed && container.isAlive();
            if (keep) {
                idle.addFirst(new IdleContainer(container, System.nanoTime()));
            } else {
                live--;
            }
        }
        if (!keep) {
            discard(container);
        }
    }

    /**
     * Starts {@code count} containers in parallel and keeps them warm: the ProvisionedConcurrency of
     * a new deployment. Fails (stopping those that started) when any of them fails.
     */
    void warm(int count) throws ContainerStartException, InterruptedException {
        synchronized (lock) {
            live += count;
        }
        List<ContainerProcess> started = new ArrayList<>();
        ContainerStartException failure = null;
        try (ExecutorService starters = Executors.newThreadPerTaskExecutor(STARTERS)) {
            List<Future<ContainerProcess>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(starters.submit(() -> factory.startReady(plan)));
            }
            for (Future<ContainerProcess> future : futures) {
                try {
                    started.add(future.get());
                } catch (ExecutionException e) {
                    failure = e.getCause() instanceof ContainerStartException start ? start
                            : new ContainerStartException(String.valueOf(e.getCause()), null);
                }
            }
        }
        synchronized (lock) {
            live -= count - started.size();
            if (failure == null && !closed) {
                long now = System.nanoTime();
                started.forEach(container -> idle.addLast(new IdleContainer(container, now)));
                running.addAll(started);
                return;
            }
            live -= started.size();
        }
        started.forEach(this::discard);
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Stops containers idle longer than the idle timeout, keeping ProvisionedConcurrency of them,
     * and starts replacements when fewer than ProvisionedConcurrency are alive.
     */
    void maintain() {
        List<ContainerProcess> toStop = new ArrayList<>();
        int missingProvisioned;
        synchronized (lock) {
            if (closed) {
                return;
            }
            long now = System.nanoTime();
            Iterator<IdleContainer> oldestFirst = idle.descendingIterator();
            while (oldestFirst.hasNext()) {
                IdleContainer candidate = oldestFirst.next();
                boolean dead = !candidate.container().isAlive();
                boolean expired = now - candidate.idleSinceNanos() >= idleTimeoutNanos && live > plan.provisionedConcurrency();
                if (dead || expired) {
                    oldestFirst.remove();
                    live--;
                    toStop.add(candidate.container());
                }
            }
            missingProvisioned = Math.max(0, plan.provisionedConcurrency() - live);
        }
        for (ContainerProcess container : toStop) {
            if (container.isAlive()) {
                LOG.info(() -> "scale-down: endpoint " + plan.endpointName() + " variant " + plan.variantName()
                        + " stopped idle container " + container);
            }
            discard(container);
        }
        if (missingProvisioned > 0) {
            Thread.ofPlatform().name("slsbench-provision-" + plan.endpointName()).daemon().start(() -> replenish(missingProvisioned));
        }
    }

    private void replenish(int count) {
        try {
            warm(count);
        } catch (ContainerStartException e) {
            LOG.warning(() -> "endpoint " + plan.endpointName() + " variant " + plan.variantName()
                    + " could not restore provisioned concurrency: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Containers alive now (idle, busy or starting-but-started). */
    List<ContainerProcess> runningContainers() {
        return running.stream().filter(ContainerProcess::isAlive).toList();
    }

    /** Calls in flight now. */
    int busyCount() {
        synchronized (lock) {
            return busy;
        }
    }

    /** Stops idle containers now and busy ones when their calls end. */
    @Override
    public void close() {
        List<ContainerProcess> toStop = new ArrayList<>();
        synchronized (lock) {
            closed = true;
            idle.forEach(entry -> toStop.add(entry.container()));
            live -= idle.size();
            idle.clear();
        }
        toStop.forEach(this::discard);
    }

    /** Stops every container now, busy ones included, and waits for them to end. */
    void shutdown(long timeoutMillis) {
        close();
        List<ContainerProcess> all = new ArrayList<>(running);
        all.forEach(ContainerProcess::stop);
        all.forEach(container -> container.stopAndWait(timeoutMillis));
    }

    private void discard(ContainerProcess container) {
        running.remove(container);
        container.stop();
        container.connection().close();
    }

    private record IdleContainer(ContainerProcess container, long idleSinceNanos) {
    }

    /**
     * One call's hold on a container.
     *
     * @param coldStart whether the container was started for this call
     * @param setupNanos the cold start's duration (ModelSetupTime), 0 when warm
     * @param provisioned whether the call ran within ProvisionedConcurrency
     */
    record Lease(ContainerProcess container, boolean coldStart, long setupNanos, boolean provisioned) {
    }
}
