package dev.slsbench.load;

import dev.slsbench.record.ConfigurationRecorder;
import dev.slsbench.record.InvocationSink;

import java.time.Duration;

/**
 * A configuration's warm-up: calls made one after another before its measured calls, so that
 * their cold starts and first-call effects stay out of every statistic. They are recorded apart
 * (their own recorder, whose figures are dropped) and streamed to the sink as warm-up calls, so
 * the raw CSV keeps them, marked. The measured calls then wait for the next period of the
 * endpoint's CloudWatch metrics, so that the configuration's metrics count none of the warm-up calls.
 */
final class WarmUp {

    private WarmUp() {
    }

    static void run(EndpointCaller caller, LoadTarget target, int calls, InvocationSink sink,
                    Duration metricsResolution) throws InterruptedException {
        if (calls == 0) {
            return;
        }
        ConfigurationRecorder warmUp = new ConfigurationRecorder(target.configuration(), target.endpointName(), calls,
                sink::acceptWarmUp);
        for (int i = 0; i < calls; i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            caller.call(warmUp);
        }
        MetricsPeriod.awaitNext(metricsResolution);
    }
}
