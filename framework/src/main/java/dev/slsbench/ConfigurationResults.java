package dev.slsbench;

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

/**
 * Turns what the recorder and CloudWatch saw into a {@link ConfigurationResult}.
 *
 * <p>Cold starts: each call is judged cold, warm or unknown by {@link ColdStartClassifier}; the
 * latency statistics are the warm calls' unless the plan includes cold starts in them (or every
 * successful call was cold, when there is nothing else to describe).
 */
final class ConfigurationResults {

    private ConfigurationResults() {
    }

    static ConfigurationResult measured(RecordedConfiguration recorded, EndpointMetrics metrics) {
        return measured(recorded, metrics, ColdStartClassifier.classify(recorded, metrics, false), false);
    }

    /**
     * The result of {@code recorded} with its calls judged by {@code verdict}: its latency statistics
     * describe the warm calls unless {@code includeColdStarts} (or no successful call was warm).
     */
    static ConfigurationResult measured(RecordedConfiguration recorded, EndpointMetrics metrics,
                                        ColdStartClassifier.Verdict verdict, boolean includeColdStarts) {
        ConfigurationStatus status = ConfigurationStatus.COMPLETED;
        String reason = null;
        if (recorded.stop().isPresent()) {
            status = ConfigurationStatus.STOPPED;
            reason = recorded.stop().get().describe();
        } else if (recorded.abandonedReason().isPresent()) {
            reason = recorded.abandonedReason().get();
            status = reason.startsWith("interrupted") ? ConfigurationStatus.INTERRUPTED : ConfigurationStatus.ABANDONED;
        }
        ConfigurationResult result = ConfigurationResult.of(recorded.configuration(), recorded.endpointName(), status,
                reason, recorded.windowStart(), recorded.windowEnd(), recorded.outcomes(),
                includeColdStarts || verdict.warmLatencies().getTotalCount() == 0
                        ? recorded.successLatencies() : verdict.warmLatencies(),
                recorded.tps(), verdict.summary(), metrics);
        result = recorded.tpsSeries().map(result::withTpsSeries).orElse(result);
        return result.withStopAndTraffic(recorded.stop(),
                TrafficAnalysis.steps(recorded, verdict.coldCalls(), includeColdStarts));
    }

    static ConfigurationResult deploymentFailed(BenchmarkConfiguration configuration, DeploymentFailure failure,
                                                Instant at) {
        return ConfigurationResult.of(configuration, failure.endpointName(), ConfigurationStatus.DEPLOYMENT_FAILED,
                "deployment failed: " + failure.reason(), at, at, OutcomeCounts.NONE, LatencyHistograms.newHistogram(),
                Optional.empty(), ColdStartSummary.NONE, null);
    }
}
