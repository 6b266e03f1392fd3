package dev.slsbench.provision;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.EndpointConfigSummary;
import software.amazon.awssdk.services.sagemaker.model.EndpointSummary;
import software.amazon.awssdk.services.sagemaker.model.ModelSummary;
import software.amazon.awssdk.services.sagemaker.model.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the endpoints and endpoint configs slsbench created ({@link SlsbenchTags}: listed with
 * ListEndpoints and ListEndpointConfigs, tags read with ListTags) and deletes them: what a run
 * killed before its teardown (kill -9, a crashed machine) leaves behind. Resources without the
 * slsbench tag are never touched. Endpoints go first, then configs.
 *
 * <p>{@link #deleteExpired} deletes only resources whose {@link Leases lease} has ended (tagged
 * by slsbench with a {@code slsbench:lease-expires} instant in the past), models included: what
 * every run does first, so that a killed run's endpoints are not billed for longer than a lease.
 * Lease expiries are compared with this machine's clock.
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

    /**
     * Deletes the endpoints, endpoint configs and models slsbench tagged whose lease ended before
     * {@code now}; a listing or deletion that fails is reported, not thrown.
     */
    public ExpiredResources deleteExpired(Instant now) {
        List<String> endpoints = new ArrayList<>();
        List<String> configs = new ArrayList<>();
        List<String> models = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try {
            for (EndpointSummary endpoint : sageMaker.listEndpointsPaginator(r -> { }).endpoints()) {
                if (expired(endpoint.endpointArn(), now)) {
                    attempt("endpoint " + endpoint.endpointName(), () -> deleter.deleteEndpoint(endpoint.endpointName()),
                            endpoints, endpoint.endpointName(), failures);
                }
            }
            for (EndpointConfigSummary config : sageMaker.listEndpointConfigsPaginator(r -> { }).endpointConfigs()) {
                if (expired(config.endpointConfigArn(), now)) {
                    attempt("endpoint config " + config.endpointConfigName(),
                            () -> deleter.deleteEndpointConfig(config.endpointConfigName()),
                            configs, config.endpointConfigName(), failures);
                }
            }
            for (ModelSummary model : sageMaker.listModelsPaginator(r -> { }).models()) {
                if (expired(model.modelArn(), now)) {
                    attempt("model " + model.modelName(), () -> deleter.deleteModel(model.modelName()),
                            models, model.modelName(), failures);
                }
            }
        } catch (SdkException e) {
            failures.add("could not list the slsbench resources: " + ResourceDeleter.describe(e));
        }
        return new ExpiredResources(endpoints, configs, models, failures);
    }

    private static void attempt(String what, Runnable deletion, List<String> deleted, String name, List<String> failures) {
        try {
            deletion.run();
            deleted.add(name);
        } catch (SdkException e) {
            failures.add("could not delete " + what + ": " + ResourceDeleter.describe(e));
        }
    }

    private boolean expired(String arn, Instant now) {
        List<Tag> tags = new ArrayList<>();
        try {
            sageMaker.listTagsPaginator(r -> r.resourceArn(arn)).tags().forEach(tags::add);
        } catch (AwsServiceException e) {
            if (ResourceDeleter.isNotFound(e)) {
                return false; // deleted since it was listed
            }
            throw e;
        }
        return SlsbenchTags.isSlsbench(tags) && SlsbenchTags.leaseExpires(tags).filter(now::isAfter).isPresent();
    }

    private boolean matches(String arn, Optional<String> runId) {
        List<Tag> tags = new ArrayList<>();
        sageMaker.listTagsPaginator(r -> r.resourceArn(arn)).tags().forEach(tags::add);
        return SlsbenchTags.isSlsbench(tags) && (runId.isEmpty() || runId.equals(SlsbenchTags.runId(tags)));
    }
}
