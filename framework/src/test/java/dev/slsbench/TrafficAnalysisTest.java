package dev.slsbench;

import dev.slsbench.plan.StairsPhase;
import dev.slsbench.plan.TrafficConfiguration;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.Knee;
import dev.slsbench.result.TrafficResult;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.stats.LatencyHistograms;
import dev.slsbench.stats.LoadStep;
import dev.slsbench.stats.OutcomeCounts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class TrafficAnalysisTest {

    private static LoadStep step(int index, long ok, long throttled, double p99Millis) {
        return new LoadStep(index, index + 1, 2.0, new OutcomeCounts(ok, throttled, 0, 0, 0),
                OptionalDouble.of(p99Millis / 2), OptionalDouble.of(p99Millis), OptionalDouble.of(p99Millis), 0);
    }

    private static ConfigurationResult stairs(LoadStep... steps) {
        TrafficConfiguration configuration = new TrafficConfiguration(0,
                new StairsPhase(1, steps.length, Duration.ofSeconds(2), 2048, 8));
        return ConfigurationResult.of(configuration, "ep", ConfigurationStatus.COMPLETED, null, Instant.EPOCH,
                Instant.EPOCH, OutcomeCounts.NONE, LatencyHistograms.newHistogram(), Optional.empty(),
                ColdStartSummary.NONE, null).withStopAndTraffic(Optional.empty(),
                Optional.of(new TrafficResult("users", List.of(steps), Optional.empty())));
    }

    private static Optional<Knee> knee(ConfigurationResult result, OptionalDouble limit) {
        return TrafficAnalysis.withKnee(result, limit).traffic().orElseThrow().knee();
    }

    @Test
    void theKneeIsTheLastStepOfTheRunThatHeldUnderTheLimitWithoutThrottles() {
        ConfigurationResult result = stairs(step(0, 20, 0, 100), step(1, 40, 0, 180), step(2, 84, 0, 290),
                step(3, 90, 0, 450), step(4, 95, 3, 200));

        Knee knee = knee(result, OptionalDouble.of(300)).orElseThrow();

        assertThat(knee.stepIndex()).isEqualTo(2);
        assertThat(knee.callsPerSecond()).isEqualTo(42.0);
        assertThat(knee.sentence())
                .isEqualTo("this endpoint holds 42 calls/s (3 users) at MaxConcurrency 8 (2048 MB) with p99 under 300 ms");
    }

    @Test
    void aStepThatHeldOnlyAfterALowerOneFailedDoesNotCount() {
        ConfigurationResult result = stairs(step(0, 20, 0, 100), step(1, 40, 2, 100), step(2, 60, 0, 100));

        assertThat(knee(result, OptionalDouble.empty())).hasValueSatisfying(knee -> {
            assertThat(knee.stepIndex()).isEqualTo(0);
            assertThat(knee.sentence()).endsWith("without throttles or errors (p99 100 ms; no p99 limit given)");
        });
    }

    @Test
    void noKneeWhenTheFirstStepAlreadyFailed() {
        ConfigurationResult result = stairs(step(0, 20, 0, 500), step(1, 40, 0, 100));

        TrafficResult traffic = TrafficAnalysis.withKnee(result, OptionalDouble.of(300)).traffic().orElseThrow();

        assertThat(traffic.knee()).isEmpty();
        assertThat(traffic.kneeSentence()).contains("did not hold even the first step");
    }
}
