package dev.slsbench;

import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.DeploymentOutcome;
import dev.slsbench.provision.EndpointProvisioner;
import dev.slsbench.provision.EndpointRequest;
import dev.slsbench.provision.Teardown;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The first wave of a phase whose endpoints are known before the phase before it has finished
 * (the concurrency phase at a pinned memory size), deploying in the background while that phase
 * reads CloudWatch and deletes its endpoints: on AWS both take minutes, and they no longer add
 * up. The wave is chosen and deployed by the same {@link EndpointProvisioner} calls as any other
 * (the quota-aware {@link EndpointProvisioner#nextWave}, which counts the endpoints still alive, and
 * {@link EndpointProvisioner#deploy}, which registers every resource with the run's
 * {@link Teardown} before creating it). {@link #take} hands its outcome to the phase, which then owns
 * the endpoints; {@link #close} on a wave not taken (the run failed or was interrupted first) stops
 * the deployment, waits for it and deletes what it deployed.
 */
final class EarlyWave implements AutoCloseable {

    /** The wave and what deploying it gave. */
    record Deployed(List<EndpointRequest> wave, DeploymentOutcome outcome) {
    }

    private final List<EndpointRequest> requests;
    private final Teardown teardown;
    private final CompletableFuture<Deployed> deployed = new CompletableFuture<>();
    private final Thread thread;
    private boolean taken;

    private EarlyWave(List<EndpointRequest> requests, EndpointProvisioner provisioner, Teardown teardown) {
        this.requests = List.copyOf(requests);
        this.teardown = teardown;
        this.thread = Thread.ofPlatform().name("slsbench-early-deploy").daemon().unstarted(() -> {
            try {
                List<EndpointRequest> wave = provisioner.nextWave(this.requests);
                deployed.complete(new Deployed(wave, provisioner.deploy(wave)));
            } catch (Throwable e) {
                deployed.completeExceptionally(e);
            }
        });
    }

    /** Starts deploying the first wave of {@code requests} (a phase's endpoints, in planned order). */
    static EarlyWave start(List<EndpointRequest> requests, EndpointProvisioner provisioner, Teardown teardown) {
        EarlyWave early = new EarlyWave(requests, provisioner, teardown);
        early.thread.start();
        return early;
    }

    /** The endpoints this wave was started for, all of them (the wave deploys a prefix that fits). */
    List<EndpointRequest> requests() {
        return requests;
    }

    /**
     * Waits for the wave; the caller then owns its ready endpoints (and deletes them).
     *
     * @throws InterruptedException when interrupted while waiting (the wave is then still this object's)
     */
    Deployed take() throws InterruptedException {
        Deployed wave = await();
        taken = true;
        return wave;
    }

    /** Unless taken: stops the deployment, waits for it and deletes the endpoints it made ready. */
    @Override
    public void close() {
        if (taken) {
            return;
        }
        taken = true;
        thread.interrupt();
        boolean interrupted = Thread.interrupted();
        try {
            thread.join();
        } catch (InterruptedException e) {
            interrupted = true;
            return; // what it registered is the teardown's
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (deployed.isDone() && !deployed.isCompletedExceptionally()) {
            for (DeployedEndpoint endpoint : deployed.join().outcome().ready()) {
                teardown.delete(endpoint.endpointName(), endpoint.endpointConfigName());
            }
        }
    }

    private Deployed await() throws InterruptedException {
        try {
            return deployed.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
