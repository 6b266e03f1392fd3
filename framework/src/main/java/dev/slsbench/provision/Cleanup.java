package dev.slsbench.provision;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.EndpointConfigSummary;
import software.amazon.awssdk.services.sagemaker.model.EndpointSummary;
import software.amazon.awssdk.services.sagemaker.model.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the endpoints and endpoint configs slsbench created ({@link SlsbenchTags}: listed with
 * ListEndpoints and ListEndpointConfigs, tags read with ListTags) and deletes them: what a run
 * killed before its teardown (kill -9, a crashed machine) leaves behind. Resources without the
 * slsbench tag are never touched. Endpoints go first, then configs.
 */
public final class Cleanup {

    private final SageMakerClient sageMaker;
    private final ResourceDeleter deleter;

    /** A cleanup working through {@code sageMaker}. */
    public Cleanup(SageMakerClient sageMaker) {
        this.sageMaker = Objects.requireNonNull(sageMaker, "sageMaker");
        this.deleter = new ResourceDeleter(sageMaker);
    }

    /** Deletes every slsbench resource. */
    public TeardownReport deleteAll() {
        return delete(Optional.empty());
    }

    /** Deletes the slsbench resources of one run. */
    public TeardownReport deleteRun(String runId) {
        return delete(Optional.of(Objects.requireNonNull(runId, "runId")));
    }

    /** Deletes slsbench resources, of run {@code runId} only when given. */
    public TeardownReport delete(Optional<String> runId) {
        List<String> endpoints = new ArrayList<>();
        List<String> configs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (EndpointSummary endpoint : sageMaker.listEndpointsPaginator(r -> { }).endpoints()) {
            if (matches(endpoint.endpointArn(), runId)) {
                try {
                    deleter.deleteEndpoint(endpoint.endpointName());
                    endpoints.add(endpoint.endpointName());
                } catch (SdkException e) {
                    failures.add("endpoint " + endpoint.endpointName() + ": " + ResourceDeleter.describe(e));
                }
            }
        }
        for (EndpointConfigSummary config : sageMaker.listEndpointConfigsPaginator(r -> { }).endpointConfigs()) {
            if (matches(config.endpointConfigArn(), runId)) {
                try {
                    deleter.deleteEndpointConfig(config.endpointConfigName());
                    configs.add(config.endpointConfigName());
                } catch (SdkException e) {
                    failures.add("endpoint config " + config.endpointConfigName() + ": " + ResourceDeleter.describe(e));
                }
            }
        }
        return new TeardownReport(endpoints, configs, failures);
    }

    private boolean matches(String arn, Optional<String> runId) {
        List<Tag> tags = new ArrayList<>();
        sageMaker.listTagsPaginator(r -> r.resourceArn(arn)).tags().forEach(tags::add);
        return SlsbenchTags.isSlsbench(tags) && (runId.isEmpty() || runId.equals(SlsbenchTags.runId(tags)));
    }
}
