package dev.slsbench.result;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The verdict of one service-level criterion on one configuration, as the run judged it when the
 * configuration's phase ended. Results carry verdicts so that the report, {@code results.json},
 * the engine's test results and the CLI's exit code all show the same pass or fail.
 *
 * @param configurationId the {@link dev.slsbench.plan.BenchmarkConfiguration#id() id} of the configuration judged
 * @param criterion the criterion as {@code @Sla} names it: {@code p50Millis}, {@code p90Millis},
 *        {@code p99Millis}, {@code maxColdStartMillis} (milliseconds), {@code maxThrottleRate},
 *        {@code maxErrorRate} (fractions of the calls issued), {@code minTps} (calls per second),
 *        {@code maxCostPerMillionUsd} (USD)
 * @param limit the limit set, in the criterion's unit
 * @param actual the measured value in the same unit, empty when nothing could be measured (e.g. no call succeeded)
 * @param passed whether the configuration met the criterion
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SlaVerdict(String configurationId, String criterion, double limit, OptionalDouble actual,
                         boolean passed) {

    public SlaVerdict {
        Objects.requireNonNull(configurationId, "configurationId");
        Objects.requireNonNull(criterion, "criterion");
        actual = actual == null ? OptionalDouble.empty() : actual;
    }
}
