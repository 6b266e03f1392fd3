package dev.slsbench.provision;

import software.amazon.awssdk.services.sagemaker.SageMakerClient;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Remembers every endpoint and endpoint config a run created and deletes them: on demand
 * ({@link #delete}), all at once ({@link #deleteAll()}), when closed, and — while
 * {@link #guardJvmShutdown() guarding} — from a JVM shutdown hook, so that Ctrl-C does not leave
 * billed endpoints behind. Idempotent: a resource is forgotten once deleted (or found gone), and
 * one that could not be deleted stays remembered for the next attempt.
 *
 * <p>Deletion runs with the calling thread's interrupt flag cleared (and restored afterwards),
 * because the SDK aborts calls made from an interrupted thread, and an interrupted run is
 * exactly when teardown must still work. Once the shutdown hook has run, resources registered
 * later are deleted at once. Anything created but never registered (a JVM killed mid-call) is
 * what {@link Cleanup} is for.
 *
 * <p>Names are registered <em>before</em> the create call ({@link #willCreateEndpointConfig},
 * {@link #willCreateEndpoint}): a call interrupted after SageMaker acted on it must still be
 * deleted, and a name that was never created counts as deleted (SageMaker answers "Could not
 * find ..."). Registering again once the call returned ({@link #endpointCreated}) deletes at once
 * when the shutdown hook ran in between.
 */
public final class Teardown implements AutoCloseable {

    private final ResourceDeleter deleter;
    private final ProvisioningListener listener;
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<String> endpoints = new LinkedHashSet<>();
    private final Set<String> endpointConfigs = new LinkedHashSet<>();
    private Thread shutdownHook;
    private boolean guarding;
    private volatile boolean shuttingDown;

    /** A teardown deleting through {@code sageMaker}, telling {@code listener} what it did. */
    public Teardown(SageMakerClient sageMaker, ProvisioningListener listener) {
        this.deleter = new ResourceDeleter(Objects.requireNonNull(sageMaker, "sageMaker"));
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Registers a JVM shutdown hook that deletes everything remembered, until {@link #close()}.
     *
     * @return this
     */
    public Teardown guardJvmShutdown() {
        lock.lock();
        try {
            if (!guarding) {
                shutdownHook = new Thread(this::onJvmShutdown, "slsbench-teardown-hook");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
                guarding = true;
            }
            return this;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the JVM is shutting down and the hook has taken over: create nothing more. */
    public boolean isShuttingDown() {
        return shuttingDown;
    }

    /** Remembers an endpoint config about to be created, before the create call is made. */
    public void willCreateEndpointConfig(String name) {
        remember(endpointConfigs, name);
    }

    /** Remembers an endpoint about to be created, before the create call is made. */
    public void willCreateEndpoint(String name) {
        remember(endpoints, name);
    }

    /** Remembers an endpoint config just created (again, if it was registered before the call). */
    public void endpointConfigCreated(String name) {
        remember(endpointConfigs, name);
    }

    /** Remembers an endpoint just created (again, if it was registered before the call). */
    public void endpointCreated(String name) {
        remember(endpoints, name);
    }

    /** Endpoints created and not yet deleted. */
    public List<String> pendingEndpoints() {
        return snapshot(endpoints);
    }

    /** Endpoint configs created and not yet deleted. */
    public List<String> pendingEndpointConfigs() {
        return snapshot(endpointConfigs);
    }

    /** Deletes one endpoint and its config now (either may be {@code null}). */
    public TeardownReport delete(String endpointName, String endpointConfigName) {
        return deleting(() -> deleteNamed(
                endpointName == null ? List.of() : List.of(endpointName),
                endpointConfigName == null ? List.of() : List.of(endpointConfigName)));
    }

    /** Deletes every endpoint, then every endpoint config, still remembered. */
    public TeardownReport deleteAll() {
        return deleting(() -> deleteNamed(snapshot(endpoints), snapshot(endpointConfigs)));
    }

    /** Deletes everything remembered, tells the listener, and removes the shutdown hook. */
    @Override
    public void close() {
        TeardownReport report = deleteAll();
        listener.teardownFinished(report);
        lock.lock();
        try {
            if (guarding && !shuttingDown) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException shutdownInProgress) {
                    // the hook runs (or ran) and deletes what is left
                }
                guarding = false;
            }
        } finally {
            lock.unlock();
        }
    }

    /** The last shutdown hook registered, or {@code null}. */
    Thread shutdownHook() {
        lock.lock();
        try {
            return shutdownHook;
        } finally {
            lock.unlock();
        }
    }

    private void onJvmShutdown() {
        shuttingDown = true;
        listener.teardownFinished(deleteAll());
    }

    private void remember(Set<String> names, String name) {
        Objects.requireNonNull(name, "name");
        lock.lock();
        try {
            names.add(name);
        } finally {
            lock.unlock();
        }
        if (shuttingDown) {
            deleteAll();
        }
    }

    private List<String> snapshot(Set<String> names) {
        lock.lock();
        try {
            return List.copyOf(names);
        } finally {
            lock.unlock();
        }
    }

    private TeardownReport deleting(java.util.function.Supplier<TeardownReport> deletion) {
        boolean interrupted = Thread.interrupted();
        lock.lock();
        try {
            return deletion.get();
        } finally {
            lock.unlock();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private TeardownReport deleteNamed(List<String> endpointNames, List<String> configNames) {
        List<String> deletedEndpoints = new ArrayList<>();
        List<String> deletedConfigs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String name : endpointNames) {
            try {
                deleter.deleteEndpoint(name);
                endpoints.remove(name);
                deletedEndpoints.add(name);
            } catch (RuntimeException e) {
                failures.add("endpoint " + name + ": " + ResourceDeleter.describe(e));
            }
        }
        for (String name : configNames) {
            try {
                deleter.deleteEndpointConfig(name);
                endpointConfigs.remove(name);
                deletedConfigs.add(name);
            } catch (RuntimeException e) {
                failures.add("endpoint config " + name + ": " + ResourceDeleter.describe(e));
            }
        }
        return new TeardownReport(deletedEndpoints, deletedConfigs, failures);
    }
}
