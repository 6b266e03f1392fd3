package dev.slsbench.emulator.runtime;

import java.util.concurrent.CompletionStage;

/**
 * A call's cold start outlasted the wait for it; the container goes on starting for later calls.
 * {@link #setupNanos()} completes with the start's full duration once the container is ready, so
 * that the start still records its ModelSetupTime as SageMaker does.
 */
final class ColdStartPendingException extends Exception {

    private final transient CompletionStage<Long> setupNanos;

    ColdStartPendingException(CompletionStage<Long> setupNanos) {
        super("the container is still starting", null, false, false);
        this.setupNanos = setupNanos;
    }

    /** The cold start's duration once the container is ready; never completes when the start fails. */
    CompletionStage<Long> setupNanos() {
        return setupNanos;
    }
}
