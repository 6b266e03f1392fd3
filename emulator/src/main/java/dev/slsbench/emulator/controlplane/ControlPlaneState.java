package dev.slsbench.emulator.controlplane;

import java.time.Instant;

/**
 * Every control-plane resource the emulator holds: models and endpoint configurations (immutable,
 * in concurrent tables), endpoints (mutable, in a table that guards them with its own lock) and the
 * tags of each by ARN. No caller locks more than one table at a time, and none locks this object.
 */
final class ControlPlaneState {

    final ResourceTable<ModelResource> models = new ResourceTable<>(ModelResource::arn);
    final ResourceTable<EndpointConfigResource> endpointConfigs = new ResourceTable<>(EndpointConfigResource::arn);
    final EndpointTable endpoints;
    final TagTable tags = new TagTable();
    private final Object clock = new Object();
    private Instant lastNow = Instant.EPOCH;

    ControlPlaneState(AccountQuotas quotas) {
        this.endpoints = new EndpointTable(quotas, this::now);
    }

    /** Now, to the millisecond, strictly after the previous call so creation order is kept. */
    Instant now() {
        synchronized (clock) {
            Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
            if (!now.isAfter(lastNow)) {
                now = lastNow.plusMillis(1);
            }
            lastNow = now;
            return now;
        }
    }

    boolean resourceExists(String arn) {
        return models.hasArn(arn) || endpointConfigs.hasArn(arn) || endpoints.hasArn(arn);
    }

    /** The model with that name, for CreateEndpointConfig and CreateEndpoint. */
    ModelResource requireModel(String name) {
        return models.find(name).orElseThrow(() -> ControlPlaneException.validation("Could not find model \""
                + Arns.model(name) + "\"."));
    }

    /** The configuration with that name, for CreateEndpoint and UpdateEndpoint. */
    EndpointConfigResource requireEndpointConfig(String name) {
        return endpointConfigs.find(name).orElseThrow(() -> ControlPlaneException.validation(
                "Could not find endpoint configuration \"" + Arns.endpointConfig(name) + "\"."));
    }
}
