package dev.slsbench.cli;

import dev.slsbench.job.ProcessingJobBenchmarks;

import java.io.Console;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ctrl-C (SIGINT, or SIGTERM) while {@code slsbench job} follows its jobs: a JVM shutdown hook that,
 * on a terminal, asks whether to stop the jobs still running (StopProcessingJob) or leave them
 * running; without a terminal it leaves them running and says how to attach to or stop them. Jobs
 * on an embedded emulator ({@code --local}) end with it. The JVM then ends with exit code
 * {@link ExitCodes#INCOMPLETE}.
 */
final class JobInterrupt implements AutoCloseable {

    private final ProcessingJobBenchmarks jobs;
    private final PrintWriter err;
    private final boolean local;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Thread hook;

    private JobInterrupt(ProcessingJobBenchmarks jobs, PrintWriter err, boolean local) {
        this.jobs = jobs;
        this.err = err;
        this.local = local;
        this.hook = new Thread(this::onShutdown, "slsbench-job-interrupt");
    }

    static JobInterrupt install(ProcessingJobBenchmarks jobs, PrintWriter err, boolean local) {
        JobInterrupt interrupt = new JobInterrupt(jobs, err, local);
        Runtime.getRuntime().addShutdownHook(interrupt.hook);
        return interrupt;
    }

    /** A job that runs now. */
    void watch(String jobName) {
        running.add(jobName);
    }

    /** A job that has ended. */
    void ended(String jobName) {
        running.remove(jobName);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook is running and ends the JVM
        }
    }

    private void onShutdown() {
        List<String> names = running.stream().sorted().toList();
        synchronized (err) {
            if (names.isEmpty()) {
                err.println("slsbench job: interrupted");
            } else if (local) {
                err.println("slsbench job: interrupted; the embedded emulator stops, and with it job(s) "
                        + String.join(", ", names));
            } else if (askToStop(names)) {
                for (String name : names) {
                    try {
                        jobs.stop(name);
                        err.println("slsbench job: stopping " + name + " (StopProcessingJob)");
                    } catch (RuntimeException e) {
                        err.println("slsbench job: could not stop " + name + ": " + e.getMessage());
                    }
                }
            } else {
                err.println("slsbench job: interrupted; job(s) left running: " + String.join(", ", names));
                for (String name : names) {
                    err.println("  follow and download: slsbench job --attach " + name);
                    err.println("  stop: aws sagemaker stop-processing-job --processing-job-name " + name);
                }
            }
            err.flush();
        }
        Runtime.getRuntime().halt(ExitCodes.INCOMPLETE);
    }

    /** Whether the user, on a terminal, answers that the jobs should stop; false without a terminal. */
    private boolean askToStop(List<String> names) {
        Console console = System.console();
        if (console == null || !Terminal.isInteractive()) {
            return false;
        }
        String answer = console.readLine("%nStop job(s) %s? [y = stop / N = leave running] ", String.join(", ", names));
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }
}
