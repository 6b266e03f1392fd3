package dev.slsbench.emulator.controlplane;

import dev.slsbench.emulator.container.ImageCatalog;
import dev.slsbench.emulator.container.ResourceGuard;
import dev.slsbench.emulator.controlplane.EndpointConfigResource.VariantConfig;
import dev.slsbench.emulator.controlplane.EndpointResource.DeployedVariant;
import dev.slsbench.emulator.runtime.ContainerStartException;
import dev.slsbench.emulator.runtime.Deployment;
import dev.slsbench.emulator.runtime.EndpointFleets;
import dev.slsbench.emulator.runtime.VariantPlan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Carries endpoints through their asynchronous transitions, as SageMaker does after CreateEndpoint,
 * UpdateEndpoint and DeleteEndpoint return: resolves each variant's image to a local command, runs
 * the deployment check, routes traffic to the new deployment and sets the status (InService, or
 * Failed with a FailureReason; an update that fails rolls back to InService with the reason). Logs
 * every status change and each variant's resource enforcement on one line.
 */
final class EndpointDeployer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EndpointDeployer.class.getName());

    private final ControlPlaneState state;
    private final EndpointFleets fleets;
    private final ImageCatalog images;
    private final Duration creationDelay;
    /**
     * Platform threads, not virtual ones: a virtual thread's blocking socket I/O (a container's
     * {@code /ping}) starts the JDK's poller thread, which then waits in native {@code epoll_wait}
     * for the life of the JVM, and a JVM that exits waits 300 ms for every thread in native code to
     * come back (HotSpot's {@code VM_Exit::wait_for_threads_in_native_to_block}): every
     * {@code slsbench run --local} paid that at exit.
     */
    private final ExecutorService tasks = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().name("slsbench-deploy-", 0).daemon().factory());

    EndpointDeployer(ControlPlaneState state, EndpointFleets fleets, ImageCatalog images, Duration creationDelay) {
        this.state = state;
        this.fleets = fleets;
        this.images = images;
        this.creationDelay = creationDelay;
    }

    /**
     * Deploys a configuration in the background: the endpoint is Creating or Updating.
     *
     * @param models the models of the variants, as they were when the call was made
     */
    void deploy(EndpointTable.Transition transition, String configName, List<VariantConfig> variants,
            Map<String, ModelResource> models) {
        tasks.execute(() -> run(transition, configName, variants, models));
    }

    /** Stops the endpoint's containers in the background, then forgets it and its tags. */
    void delete(EndpointTable.Transition deletion) {
        tasks.execute(() -> {
            fleets.deactivate(deletion.endpoint().name);
            if (state.endpoints.removeDeleted(deletion)) {
                state.tags.forget(deletion.endpoint().arn);
            }
        });
    }

    private void run(EndpointTable.Transition transition, String configName, List<VariantConfig> variants,
            Map<String, ModelResource> models) {
        String endpointName = transition.endpoint().name;
        try {
            if (!creationDelay.isZero()) {
                Thread.sleep(creationDelay);
            }
            List<VariantPlan> plans = new ArrayList<>();
            for (VariantConfig variant : variants) {
                ModelResource model = models.get(Arns.key(variant.modelName()));
                Optional<List<String>> command = images.commandFor(model.image());
                if (command.isEmpty()) {
                    state.endpoints.failDeployment(transition, images.unknownImageReason(model.image(), variant.variantName()));
                    return;
                }
                plans.add(new VariantPlan(endpointName, variant.variantName(), model.image(), command.get(),
                        model.environment(), variant.memorySizeMb(), variant.maxConcurrency(),
                        variant.provisionedConcurrency(), variant.initialWeight()));
            }
            Deployment deployment;
            try {
                deployment = fleets.prepare(plans);
            } catch (ContainerStartException e) {
                state.endpoints.failDeployment(transition, "The primary container for production variant "
                        + e.variantName().orElse("?") + " did not pass the ping health check: " + e.getMessage()
                        + ". Please check CloudWatch logs for this endpoint.");
                return;
            }
            succeed(transition, configName, variants, models, deployment);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            state.endpoints.failDeployment(transition, "The deployment failed in the emulator: " + e);
        }
    }

    private void succeed(EndpointTable.Transition transition, String configName, List<VariantConfig> variants,
            Map<String, ModelResource> models, Deployment deployment) {
        String endpointName = transition.endpoint().name;
        ResourceGuard guard = fleets.containerFactory().guard();
        Instant resolved = Instant.now();
        List<DeployedVariant> deployed = variants.stream()
                .map(variant -> new DeployedVariant(variant, models.get(Arns.key(variant.modelName())).image(), resolved,
                        guard.describeMemory(variant.memorySizeMb()), guard.describeCpu(variant.memorySizeMb())))
                .toList();
        if (!state.endpoints.completeDeployment(transition, configName, deployed,
                () -> fleets.activate(endpointName, deployment))) {
            fleets.discard(deployment);
            return;
        }
        deployed.forEach(variant -> LOG.info(() -> "endpoint " + endpointName + " variant " + variant.config().variantName()
                + ": image " + variant.image() + ", memory " + variant.memoryEnforcement() + ", CPU "
                + variant.cpuEnforcement() + ", MaxConcurrency " + variant.config().maxConcurrency()
                + ", ProvisionedConcurrency " + variant.config().provisionedConcurrency()));
    }

    @Override
    public void close() {
        tasks.shutdownNow();
        try {
            tasks.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
