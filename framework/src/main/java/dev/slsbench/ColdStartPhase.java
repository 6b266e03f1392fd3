package dev.slsbench;

import dev.slsbench.load.ColdStartProbe;
import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.metrics.MetricSummary;
import dev.slsbench.metrics.MetricsCollector;
import dev.slsbench.metrics.SageMakerMetric;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.EndpointShape;
import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.DeploymentOutcome;
import dev.slsbench.provision.EndpointProvisioner;
import dev.slsbench.provision.EndpointRequest;
import dev.slsbench.provision.Teardown;
import dev.slsbench.result.ColdStartSample;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The cold-start phase: {@link BenchmarkPlan#coldStarts()} forced cold starts per memory size
 * and {@linkplain BenchmarkPlan#provisionedConcurrencyValues() ProvisionedConcurrency value},
 * each on an endpoint of its own that no call has reached yet, so that its first call is cold
 * on AWS as on the emulator, whatever their idle timeouts, unless ProvisionedConcurrency keeps a
 * container warm for it: the samples show what ProvisionedConcurrency buys.
 *
 * <p>Why fresh endpoints rather than redeploying one endpoint with UpdateEndpoint: the endpoints
 * of a batch deploy in parallel, so a batch costs one deployment's time, where UpdateEndpoint
 * must run one sample after the other (an endpoint takes one update at a time) and each update
 * is a deployment of minutes on AWS. On the emulator (boto3, 5 samples at 1024 MB, see the
 * README's "Cold starts" section) fresh endpoints took 4.0 to 5.2 s against 5.8 to 10.0 s for
 * UpdateEndpoint in sequence; for 3 samples the two were alike (4.3 against 3.3 s). The first
 * calls are made one endpoint at a time: deployment is what takes long, and cold starts made
 * at once would share the emulator host's CPUs and measure each other (1.3 to 1.9 s at once
 * against 0.4 to 0.7 s one by one in that measurement). Batches hold at most
 * {@link #ENDPOINTS_AT_ONCE} endpoints, a fifth of the account's 50 serverless endpoints, and
 * are deleted before the next batch deploys.
 */
final class ColdStartPhase {

    /** The most cold-start endpoints deployed at once. */
    static final int ENDPOINTS_AT_ONCE = 10;

    private final BenchmarkPlan plan;
    private final EndpointProvisioner provisioner;
    private final Teardown teardown;
    private final MetricsCollector metrics;
    private final ColdStartProbe probe;
    private final List<String> warnings;

    ColdStartPhase(BenchmarkPlan plan, EndpointProvisioner provisioner, Teardown teardown, MetricsCollector metrics,
                   ColdStartProbe probe, List<String> warnings) {
        this.plan = plan;
        this.provisioner = provisioner;
        this.teardown = teardown;
        this.metrics = metrics;
        this.probe = probe;
        this.warnings = warnings;
    }

    /** One endpoint to force a cold start on. */
    private record Slot(int memoryMb, int provisionedConcurrency, int sample, EndpointRequest request) {
    }

    /** Runs the phase; the samples in memory size, ProvisionedConcurrency and sample order. */
    List<ColdStartSample> run() throws InterruptedException {
        List<Slot> slots = new ArrayList<>();
        for (int memoryMb : plan.memorySizesMb()) {
            for (int provisioned : plan.provisionedConcurrencyValues()) {
                // MaxConcurrency 1 holds the first call's cold start to one container; with
                // ProvisionedConcurrency it must hold the provisioned containers too
                EndpointShape shape = new EndpointShape(memoryMb, Math.max(1, provisioned));
                for (int sample = 1; sample <= plan.coldStarts(); sample++) {
                    String key = "k" + memoryMb + "-" + provisioned + "-" + sample;
                    slots.add(new Slot(memoryMb, provisioned, sample, new EndpointRequest(key, plan.modelName(), shape,
                            provisioned)));
                }
            }
        }
        List<ColdStartSample> samples = new ArrayList<>();
        for (int from = 0; from < slots.size(); from += ENDPOINTS_AT_ONCE) {
            samples.addAll(runBatch(slots.subList(from, Math.min(slots.size(), from + ENDPOINTS_AT_ONCE))));
        }
        samples.sort(Comparator.comparingInt(ColdStartSample::memoryMb)
                .thenComparingInt(ColdStartSample::provisionedConcurrency).thenComparingInt(ColdStartSample::sample));
        return samples;
    }

    private List<ColdStartSample> runBatch(List<Slot> batch) throws InterruptedException {
        DeploymentOutcome deployed = provisioner.deploy(batch.stream().map(Slot::request).toList());
        deployed.failed().forEach(failure -> warnings.add("cold-start endpoint " + failure.endpointName()
                + " did not deploy: " + failure.reason()));
        try {
            List<ColdStartSample> samples = new ArrayList<>();
            for (Slot slot : batch) {
                Optional<DeployedEndpoint> endpoint = deployed.endpoint(slot.request().key());
                if (endpoint.isPresent()) {
                    samples.add(measure(slot, endpoint.get()));
                }
            }
            return samples;
        } finally {
            for (DeployedEndpoint endpoint : deployed.ready()) {
                teardown.delete(endpoint.endpointName(), endpoint.endpointConfigName()).failures()
                        .forEach(failure -> warnings.add("could not delete after the cold-start phase: " + failure));
            }
        }
    }

    private ColdStartSample measure(Slot slot, DeployedEndpoint endpoint) throws InterruptedException {
        ColdStartProbe.Calls calls = probe.probe(endpoint.endpointName());
        Optional<Double> setupMillis = Optional.empty();
        Optional<EndpointMetrics> collected = Optional.empty();
        try {
            collected = Optional.of(metrics.collect(endpoint.endpointName(), endpoint.variantName(), calls.from(),
                    calls.to(), calls.secondOutcome().isPresent() ? 2 : 1));
            // one container served both calls, so the period's largest ModelSetupTime is the first call's
            setupMillis = collected.get().get(SageMakerMetric.MODEL_SETUP_TIME).map(MetricSummary::maximum);
        } catch (SdkException e) {
            warnings.add("CloudWatch metrics of cold-start endpoint " + endpoint.endpointName() + " could not be read: "
                    + e.getMessage());
        }
        return new ColdStartSample(slot.memoryMb(), slot.provisionedConcurrency(), slot.sample(),
                endpoint.endpointName(), calls.firstLatencyNanos() / 1e6, calls.firstOutcome(), setupMillis,
                calls.secondLatencyNanos().map(nanos -> nanos / 1e6), calls.secondOutcome(), collected);
    }
}
