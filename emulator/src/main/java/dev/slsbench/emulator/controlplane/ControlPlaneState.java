package dev.slsbench.emulator.controlplane;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every control-plane resource the emulator holds, by case-insensitive name, and the tags of each
 * by ARN. The control plane is low-rate, so one monitor (this object) guards all of it.
 */
final class ControlPlaneState {

    final Map<String, ModelResource> models = new HashMap<>();
    final Map<String, EndpointConfigResource> endpointConfigs = new HashMap<>();
    final Map<String, EndpointResource> endpoints = new HashMap<>();
    final Map<String, LinkedHashMap<String, String>> tagsByArn = new HashMap<>();
    private Instant lastNow = Instant.EPOCH;

    /** Now, to the millisecond, strictly after the previous call so creation order is kept. */
    Instant now() {
        Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
        if (!now.isAfter(lastNow)) {
            now = lastNow.plusMillis(1);
        }
        lastNow = now;
        return now;
    }

    boolean resourceExists(String arn) {
        return models.values().stream().anyMatch(model -> model.arn().equals(arn))
                || endpointConfigs.values().stream().anyMatch(config -> config.arn().equals(arn))
                || endpoints.values().stream().anyMatch(endpoint -> endpoint.arn.equals(arn));
    }
}
