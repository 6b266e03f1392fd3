package dev.slsbench.emulator.runtime;

import dev.slsbench.emulator.container.ContainerProcess;
import dev.slsbench.emulator.container.ContainerSpec;
import dev.slsbench.emulator.container.ResourceGuard;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts containers for variants and waits until they answer {@code /ping}: the part of a cold
 * start that SageMaker reports as ModelSetupTime.
 */
public final class ContainerFactory implements AutoCloseable {

    private static final long SHUTDOWN_WAIT_MILLIS = 5_000;

    private final ResourceGuard guard;
    private final Duration startupTimeout;
    private final String logFile;
    private final AtomicLong sequence = new AtomicLong();
    private final Set<ContainerProcess> launched = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param logFile where containers' output goes; null for the emulator's stderr
     */
    public ContainerFactory(ResourceGuard guard, Duration startupTimeout, String logFile) {
        this.guard = guard;
        this.startupTimeout = startupTimeout;
        this.logFile = logFile;
    }

    public ResourceGuard guard() {
        return guard;
    }

    /** Starts a container and returns it once ready; a container that fails is stopped first. */
    public ContainerProcess startReady(VariantPlan plan) throws ContainerStartException, InterruptedException {
        ContainerSpec spec = new ContainerSpec(plan.endpointName() + "-" + plan.variantName() + "-" + sequence.incrementAndGet(),
                plan.endpointName(), plan.variantName(), plan.imageName(), plan.command(), plan.environment(),
                plan.memorySizeMb());
        if (closed) {
            throw new ContainerStartException("the emulator is shutting down", null);
        }
        ContainerProcess container;
        try {
            container = ContainerProcess.launch(spec, guard, logFile);
        } catch (IOException e) {
            throw new ContainerStartException("the container command could not be started: " + e.getMessage(), null);
        }
        launched.add(container);
        container.exit().whenComplete((exit, failure) -> launched.remove(container));
        if (closed) {
            container.stop();
        }
        Optional<String> problem;
        try {
            problem = container.awaitReady(startupTimeout.toNanos());
        } catch (InterruptedException e) {
            container.stop();
            throw e;
        }
        if (problem.isPresent()) {
            container.stop();
            container.connection().close();
            throw new ContainerStartException(problem.get(), container.exit().getNow(null));
        }
        return container;
    }

    /** Every container started and not yet ended. */
    public List<ContainerProcess> liveContainers() {
        return List.copyOf(launched);
    }

    /** Refuses new containers, stops every container still alive and waits for them to end. */
    @Override
    public void close() {
        closed = true;
        List<ContainerProcess> remaining = new ArrayList<>(launched);
        remaining.forEach(ContainerProcess::stop);
        remaining.forEach(container -> container.stopAndWait(SHUTDOWN_WAIT_MILLIS));
    }
}
