package dev.slsbench;

import dev.slsbench.metrics.ColdStartObservation;
import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.provision.DeploymentFailure;
import dev.slsbench.record.RecordedConfiguration;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.stats.LatencyHistograms;
import dev.slsbench.stats.OutcomeCounts;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns what the recorder and CloudWatch saw into a {@link ConfigurationResult}.
 *
 * <p>Cold starts: CloudWatch's ModelSetupTime sample count says how many containers started in
 * the window ({@link ColdStartObservation}); that many successful calls are counted cold and the
 * other successful calls warm, failed calls unknown. The slowest cold call is known only when
 * the first call was judged cold (its latency is reported); otherwise it is left absent.
 */
final class ConfigurationResults {

    private ConfigurationResults() {
    }

    static ConfigurationResult measured(RecordedConfiguration recorded, EndpointMetrics metrics) {
        ConfigurationStatus status = ConfigurationStatus.COMPLETED;
        String reason = null;
        if (recorded.abandonedReason().isPresent()) {
            reason = recorded.abandonedReason().get();
            status = reason.startsWith("interrupted") ? ConfigurationStatus.INTERRUPTED : ConfigurationStatus.ABANDONED;
        }
        ColdStartObservation observation = ColdStartObservation.of(recorded.firstCall(), metrics);
        ConfigurationResult result = ConfigurationResult.of(recorded.configuration(), recorded.endpointName(), status,
                reason, recorded.windowStart(), recorded.windowEnd(), recorded.outcomes(), recorded.successLatencies(),
                recorded.tps(), coldStarts(recorded.outcomes(), observation), metrics);
        return recorded.tpsSeries().map(result::withTpsSeries).orElse(result);
    }

    static ConfigurationResult deploymentFailed(BenchmarkConfiguration configuration, DeploymentFailure failure,
                                                Instant at) {
        return ConfigurationResult.of(configuration, failure.endpointName(), ConfigurationStatus.DEPLOYMENT_FAILED,
                "deployment failed: " + failure.reason(), at, at, OutcomeCounts.NONE, LatencyHistograms.newHistogram(),
                Optional.empty(), ColdStartSummary.NONE, null);
    }

    static ColdStartSummary coldStarts(OutcomeCounts outcomes, ColdStartObservation observation) {
        long failed = outcomes.failures();
        if (observation.coldStarts().isEmpty()) {
            return new ColdStartSummary(0, 0, outcomes.issued(), OptionalDouble.empty());
        }
        long cold = Math.min(observation.coldStarts().getAsLong(), outcomes.ok());
        OptionalDouble slowest = observation.firstCallCold().orElse(false)
                ? observation.firstCallLatencyMillis() : OptionalDouble.empty();
        return new ColdStartSummary(cold, outcomes.ok() - cold, failed, slowest);
    }
}
