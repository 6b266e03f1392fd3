package dev.slsbench.junit.engine.execution;

import dev.slsbench.BenchmarkListener;
import dev.slsbench.ServerlessBenchmarks;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.Phase;
import dev.slsbench.provision.ExpiredResources;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.sla.SlaThresholds;
import org.junit.platform.engine.CancellationToken;
import org.opentest4j.TestAbortedException;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One benchmark class's run, going on in its own thread while the class's tests wait for the
 * part they judge: a phase's configuration tests report as soon as that phase ends, the rest when
 * the run ends. Waiting notices a cancelled execution within {@value #CANCELLATION_CHECK_MILLIS}
 * ms and then interrupts the run, which deletes everything it created before it ends.
 */
public final class RunningBenchmark {

    static final long CANCELLATION_CHECK_MILLIS = 100;

    private final Map<Phase, CompletableFuture<JudgedPhase>> phases = new EnumMap<>(Phase.class);
    private final CompletableFuture<BenchmarkResult> result = new CompletableFuture<>();
    private final Object instance;
    private final Thread thread;

    private RunningBenchmark(Object instance, String threadName, ServerlessBenchmarks benchmarks, BenchmarkPlan plan,
                             Payloads payloads, List<SlaThresholds> slas, Consumer<String> leaseLines) {
        for (Phase phase : Phase.values()) {
            phases.put(phase, new CompletableFuture<>());
        }
        this.instance = instance;
        this.thread = Thread.ofPlatform().name(threadName).unstarted(() -> run(benchmarks, plan, payloads, slas, leaseLines));
    }

    /**
     * Starts running {@code plan}, judged against {@code slas}; {@code instance} is the class's
     * instance (or null) for verify methods; {@code leaseLines} hears each resource the run deleted
     * (or failed to delete) because its lease had ended.
     */
    static RunningBenchmark start(ServerlessBenchmarks benchmarks, BenchmarkPlan plan, Payloads payloads,
                                  List<SlaThresholds> slas, Object instance, String threadName, Consumer<String> leaseLines) {
        RunningBenchmark running = new RunningBenchmark(instance, threadName, benchmarks, plan, payloads, slas, leaseLines);
        running.thread.start();
        return running;
    }

    private void run(ServerlessBenchmarks benchmarks, BenchmarkPlan plan, Payloads payloads, List<SlaThresholds> slas,
                     Consumer<String> leaseLines) {
        try {
            BenchmarkResult finished = benchmarks.run(plan, payloads, slas, new BenchmarkListener() {
                @Override
                public void expiredResourcesDeleted(ExpiredResources deleted) {
                    deleted.lines().forEach(leaseLines);
                    deleted.failures().forEach(leaseLines);
                }

                @Override
                public void phaseJudged(Phase phase, List<ConfigurationResult> results, List<SlaVerdict> verdicts) {
                    phases.get(phase).complete(new JudgedPhase(List.copyOf(results), List.copyOf(verdicts)));
                }

                @Override
                public void phaseSkipped(Phase phase, String reason) {
                    phases.get(phase).completeExceptionally(new PhaseNotRunException(phase + " phase skipped: " + reason));
                }
            });
            phases.forEach((phase, future) ->
                    future.completeExceptionally(new PhaseNotRunException(phase + " phase was not part of the run")));
            result.complete(finished);
        } catch (Throwable t) {
            phases.values().forEach(future -> future.completeExceptionally(t));
            result.completeExceptionally(t);
        }
    }

    /** The class's instance, for instance verify methods; null when none was needed. */
    public Object instance() {
        return instance;
    }

    /**
     * The results of {@code phase}, once it has ended.
     *
     * @throws TestAbortedException when the phase did not run, the run failed before it ended, or
     *         the execution was cancelled
     */
    public List<ConfigurationResult> phase(Phase phase, CancellationToken cancellation) {
        return await(phases.get(phase), cancellation).results();
    }

    /** The SLA verdicts on the configuration {@code id} of {@code phase}, as the run judged them; aborts as {@link #phase} does. */
    public List<SlaVerdict> verdicts(Phase phase, String id, CancellationToken cancellation) {
        return await(phases.get(phase), cancellation).verdicts().stream()
                .filter(v -> v.configurationId().equals(id)).toList();
    }

    /** The whole run's result, once it has ended; aborts as {@link #phase} does. */
    public BenchmarkResult result(CancellationToken cancellation) {
        return await(result, cancellation);
    }

    /** The run's result, once it has ended, if it completed. */
    Optional<BenchmarkResult> completedResult() {
        return failure().isPresent() ? Optional.empty() : Optional.of(result.join());
    }

    /** The run's failure, once it has ended, if it failed. */
    Optional<Throwable> failure() {
        try {
            result.join();
            return Optional.empty();
        } catch (java.util.concurrent.CompletionException e) {
            return Optional.of(e.getCause());
        }
    }

    /** Interrupts the run; it deletes what it created and ends. */
    public void cancel() {
        thread.interrupt();
    }

    /** Waits until the run (and its teardown) has ended. */
    public void join() throws InterruptedException {
        thread.join();
    }

    private <T> T await(CompletableFuture<T> future, CancellationToken cancellation) {
        while (true) {
            try {
                return future.get(CANCELLATION_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cancellation.isCancellationRequested()) {
                    cancel();
                    throw new TestAbortedException("execution cancelled; the benchmark run is being stopped");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new TestAbortedException("interrupted while the benchmark ran", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof PhaseNotRunException notRun) {
                    throw new TestAbortedException(notRun.getMessage());
                }
                throw new TestAbortedException("the benchmark run failed: " + cause, cause);
            }
        }
    }

    /** A phase's results and the run's SLA verdicts on them. */
    private record JudgedPhase(List<ConfigurationResult> results, List<SlaVerdict> verdicts) {
    }

    /** A phase that ended without results: skipped, or not planned. */
    static final class PhaseNotRunException extends RuntimeException {
        PhaseNotRunException(String message) {
            super(message, null, false, false);
        }
    }
}
