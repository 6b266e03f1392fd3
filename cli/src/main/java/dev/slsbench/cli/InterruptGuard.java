package dev.slsbench.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT, or SIGTERM) during {@code slsbench run}: a JVM shutdown hook that says what is
 * happening, interrupts the run so that it stops calling and deletes every endpoint and endpoint
 * config it created (the framework's teardown, which also guards the JVM's shutdown itself),
 * waits for the command to report that and stop its emulator, then ends the JVM with exit code
 * {@link ExitCodes#INCOMPLETE}. Closed when the run ends normally, after which a signal ends the
 * JVM as usual.
 */
final class InterruptGuard implements AutoCloseable {

    /** The longest the hook waits for teardown before giving up and naming the cleanup command. */
    static final Duration TEARDOWN_WAIT = Duration.ofMinutes(5);

    private final Thread runThread;
    private final PrintWriter err;
    private final String runId;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean interrupted;

    private InterruptGuard(Thread runThread, PrintWriter err, String runId) {
        this.runThread = runThread;
        this.err = err;
        this.runId = runId;
        this.hook = new Thread(this::onShutdown, "slsbench-interrupt");
    }

    /** Guards the run executing on the calling thread. */
    static InterruptGuard install(PrintWriter err, String runId) {
        InterruptGuard guard = new InterruptGuard(Thread.currentThread(), err, runId);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** Whether the JVM began shutting down (Ctrl-C) while the run was guarded. */
    boolean wasInterrupted() {
        return interrupted;
    }

    /** The run has ended and said so; the hook may end the JVM. */
    @Override
    public void close() {
        ended.countDown();
        if (!interrupted) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shutdownInProgress) {
                // the hook is running and ends the JVM
            }
        }
    }

    private void onShutdown() {
        interrupted = true;
        synchronized (err) {
            err.println("slsbench run: interrupted; stopping run " + runId
                    + " and deleting every endpoint and endpoint config it created ...");
            err.flush();
        }
        runThread.interrupt();
        boolean tornDown;
        try {
            tornDown = ended.await(TEARDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            tornDown = false;
        }
        if (!tornDown) {
            synchronized (err) {
                err.println("slsbench run: teardown did not finish within " + ConfigurationLabels.duration(TEARDOWN_WAIT)
                        + "; delete what is left with: slsbench cleanup --run-id " + runId);
                err.flush();
            }
        }
        Runtime.getRuntime().halt(ExitCodes.INCOMPLETE);
    }
}
