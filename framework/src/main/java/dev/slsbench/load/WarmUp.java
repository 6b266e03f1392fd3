package dev.slsbench.load;

import dev.slsbench.record.ConfigurationRecorder;
import dev.slsbench.record.InvocationSink;

/**
 * A configuration's warm-up: calls made one after another before its measured calls, so that
 * their cold starts and first-call effects stay out of every statistic. They are recorded apart
 * (their own recorder, whose figures are dropped) and streamed to the sink as warm-up calls, so
 * the raw CSV keeps them, marked.
 */
final class WarmUp {

    private WarmUp() {
    }

    static void run(EndpointCaller caller, LoadTarget target, int calls, InvocationSink sink)
            throws InterruptedException {
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
    }
}
