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
    private final ExecutorService tasks = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("slsbench-deploy-", 0).factory());

    EndpointDeployer(ControlPlaneState state, EndpointFleets fleets, ImageCatalog images, Duration creationDelay) {
        this.state = state;
        this.fleets = fleets;
        this.images = images;
        this.creationDelay = creationDelay;
    }

    /** Logs a status change of an endpoint; call with the state monitor held. */
    static void logStatus(EndpointResource endpoint, String detail) {
        LOG.info(() -> "endpoint " + endpoint.name + ": " + endpoint.status + (detail.isEmpty() ? "" : " (" + detail + ")"));
    }

    /**
     * Deploys a configuration in the background: the endpoint is Creating or Updating at {@code generation}.
     *
     * @param models the models of the variants, as they were when the call was made
     */
    void deploy(EndpointResource endpoint, long generation, String configName, List<VariantConfig> variants,
            Map<String, ModelResource> models) {
        tasks.execute(() -> run(endpoint, generation, configName, variants, models));
    }

    /** Stops the endpoint's containers in the background, then forgets it. */
    void delete(EndpointResource endpoint, long generation) {
        tasks.execute(() -> {
            fleets.deactivate(endpoint.name);
            synchronized (state) {
                if (endpoint.generation == generation && state.endpoints.get(Arns.key(endpoint.name)) == endpoint) {
                    state.endpoints.remove(Arns.key(endpoint.name));
                    state.tagsByArn.remove(endpoint.arn);
                    LOG.info(() -> "endpoint " + endpoint.name + ": deleted");
                }
            }
        });
    }

    private void run(EndpointResource endpoint, long generation, String configName, List<VariantConfig> variants,
            Map<String, ModelResource> models) {
        try {
            if (!creationDelay.isZero()) {
                Thread.sleep(creationDelay);
            }
            List<VariantPlan> plans = new ArrayList<>();
            for (VariantConfig variant : variants) {
                ModelResource model = models.get(Arns.key(variant.modelName()));
                Optional<List<String>> command = images.commandFor(model.image());
                if (command.isEmpty()) {
                    fail(endpoint, generation, images.unknownImageReason(model.image(), variant.variantName()));
                    return;
                }
                plans.add(new VariantPlan(endpoint.name, variant.variantName(), model.image(), command.get(),
                        model.environment(), variant.memorySizeMb(), variant.maxConcurrency(),
                        variant.provisionedConcurrency(), variant.initialWeight()));
            }
            Deployment deployment;
            try {
                deployment = fleets.prepare(plans);
            } catch (ContainerStartException e) {
                fail(endpoint, generation, "The primary container for production variant " + e.variantName().orElse("?")
                        + " did not pass the ping health check: " + e.getMessage()
                        + ". Please check CloudWatch logs for this endpoint.");
                return;
            }
            succeed(endpoint, generation, configName, variants, models, deployment);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            fail(endpoint, generation, "The deployment failed in the emulator: " + e);
        }
    }

    private void succeed(EndpointResource endpoint, long generation, String configName, List<VariantConfig> variants,
            Map<String, ModelResource> models, Deployment deployment) {
        ResourceGuard guard = fleets.containerFactory().guard();
        Instant resolved = Instant.now();
        List<DeployedVariant> deployed = variants.stream()
                .map(variant -> new DeployedVariant(variant, models.get(Arns.key(variant.modelName())).image(), resolved,
                        guard.describeMemory(variant.memorySizeMb()), guard.describeCpu(variant.memorySizeMb())))
                .toList();
        synchronized (state) {
            if (endpoint.generation != generation) {
                fleets.discard(deployment);
                return;
            }
            fleets.activate(endpoint.name, deployment);
            endpoint.status = EndpointStatus.InService;
            endpoint.failureReason = null;
            endpoint.configName = configName;
            endpoint.variants = deployed;
            endpoint.pendingConfigName = null;
            endpoint.pendingVariants = List.of();
            endpoint.lastModifiedTime = state.now();
            logStatus(endpoint, "config " + configName);
            deployed.forEach(variant -> LOG.info(() -> "endpoint " + endpoint.name + " variant " + variant.config().variantName()
                    + ": image " + variant.image() + ", memory " + variant.memoryEnforcement() + ", CPU "
                    + variant.cpuEnforcement() + ", MaxConcurrency " + variant.config().maxConcurrency()
                    + ", ProvisionedConcurrency " + variant.config().provisionedConcurrency()));
        }
    }

    private void fail(EndpointResource endpoint, long generation, String reason) {
        synchronized (state) {
            if (endpoint.generation != generation) {
                return;
            }
            boolean update = endpoint.status == EndpointStatus.Updating;
            endpoint.status = update ? EndpointStatus.InService : EndpointStatus.Failed;
            endpoint.failureReason = reason;
            endpoint.pendingConfigName = null;
            endpoint.pendingVariants = List.of();
            endpoint.lastModifiedTime = state.now();
            logStatus(endpoint, (update ? "update rolled back: " : "") + reason);
        }
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
