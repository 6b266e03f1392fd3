package dev.slsbench.emulator.container;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One model container: a real child process started from an image's command with {@code serve},
 * the model's Environment and {@code SAGEMAKER_BIND_TO_PORT}, placed in its resource limits.
 *
 * <p>Every container runs under a small {@code /bin/sh} watchdog whose standard input is a pipe from
 * the emulator. The watchdog starts the command in a session and process group of its own (via
 * {@code setsid}) and kills that whole group, and every process left in the container's cgroups,
 * as soon as the pipe reaches end of file: when the emulator closes it to stop the container, or
 * when the emulator dies, even by {@code kill -9}. It then reports the exit status and the cgroup's
 * OOM-kill count on its standard output and removes the container's cgroups. A guard inside the
 * container's own process group holds the same pipe and kills the group at its end too, so the
 * container dies with the emulator even when the watchdog was killed first (a {@code kill -9} of the
 * emulator's whole process group takes the watchdog with it). And when the watchdog dies without
 * its report, the emulator kills the container and its descendants itself. So no container
 * outlives the emulator.
 */
public final class ContainerProcess {

    private static final String WATCHDOG_SCRIPT = """
            trap '' PIPE
            mem="$1"; cpu="$2"; log="$3"; shift 3
            if [ -n "$log" ]; then exec 4>>"$log"; else exec 4>&2; fi
            exec 3<&0
            sh -c 'for g in "$1" "$2"; do if [ -n "$g" ]; then echo $$ > "$g/cgroup.procs" || exit 125; fi; done
            shift 2; exec setsid sh -c "(read -r _ <&3; kill -KILL 0) </dev/null >/dev/null 2>&1 & exec \\"\\$@\\" 3<&-" \\
              slsbench-guard "$@"' slsbench-container "$mem" "$cpu" "$@" </dev/null >&4 2>&4 4>&- &
            c=$!
            echo "pid=$c"
            k() {
              kill -KILL -"$c" 2>/dev/null; kill -KILL "$c" 2>/dev/null
              for g in "$mem" "$cpu"; do
                [ -n "$g" ] || continue
                for p in $(cat "$g/cgroup.procs" 2>/dev/null); do kill -KILL "$p" 2>/dev/null; done
              done
            }
            ( read -r _; k ) <&3 >/dev/null 2>&1 4>&- &
            r=$!
            exec 3<&- 4>&- 2>/dev/null
            wait "$c"; s=$?
            k
            kill "$r" 2>/dev/null
            o=0
            if [ -n "$mem" ]; then o=$(sed -n 's/^oom_kill //p' "$mem/memory.oom_control" 2>/dev/null); fi
            echo "exit=$s oom_kill=${o:-0}"
            for g in "$mem" "$cpu"; do
              [ -n "$g" ] || continue
              i=0
              while [ -d "$g" ] && ! rmdir "$g" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done
            done
            exit $s
            """;
    private static final Pattern EXIT_REPORT = Pattern.compile("exit=(\\d+) oom_kill=(\\d+)");
    private static final int SAFE_PORT_BLOCK = 10;
    private static final AtomicInteger SAFE_PORT_BLOCKS = new AtomicInteger();

    private final ContainerSpec spec;
    private final int port;
    private final Process watchdog;
    private final BufferedReader report;
    private final long pid;
    private final ResourceGuard.Placement placement;
    private final ResourceGuard guard;
    private final ContainerConnection connection;
    private final CompletableFuture<ContainerExit> exit = new CompletableFuture<>();
    private volatile boolean stopRequested;
    private volatile boolean killedForMemory;

    private ContainerProcess(ContainerSpec spec, int port, Process watchdog, BufferedReader report, long pid,
            ResourceGuard.Placement placement, ResourceGuard guard) {
        this.spec = spec;
        this.port = port;
        this.watchdog = watchdog;
        this.report = report;
        this.pid = pid;
        this.placement = placement;
        this.guard = guard;
        this.connection = new ContainerConnection(port);
    }

    /**
     * Starts a container; returns once its process exists (not once it is ready, see {@link #awaitReady}).
     *
     * @param logFile where the container's stdout and stderr go; null for the emulator's stderr
     */
    public static ContainerProcess launch(ContainerSpec spec, ResourceGuard guard, String logFile) throws IOException {
        int port = freePort();
        ResourceGuard.Placement placement = guard.place(spec);
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", WATCHDOG_SCRIPT, "slsbench-watchdog",
                placement.memoryGroupArgument(), placement.cpuGroupArgument(), logFile == null ? "" : logFile));
        command.addAll(spec.command());
        command.add("serve");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> environment = builder.environment();
        environment.putAll(spec.environment());
        environment.put("SAGEMAKER_BIND_TO_PORT", Integer.toString(port));
        environment.put("SAGEMAKER_SAFE_PORT_RANGE", safePortRange());
        environment.put("SLSBENCH_CONTAINER_ID", spec.containerId());
        environment.put(LeftoverContainers.EMULATOR_PID_VARIABLE, Long.toString(ProcessHandle.current().pid()));
        Process watchdog;
        try {
            watchdog = builder.start();
        } catch (IOException e) {
            guard.release(placement);
            throw e;
        }
        BufferedReader report = new BufferedReader(new InputStreamReader(watchdog.getInputStream(), StandardCharsets.US_ASCII));
        String pidLine = report.readLine();
        if (pidLine == null || !pidLine.startsWith("pid=")) {
            watchdog.destroyForcibly();
            guard.release(placement);
            throw new IOException("the container watchdog did not start the command: " + pidLine);
        }
        ContainerProcess container = new ContainerProcess(spec, port, watchdog, report,
                Long.parseLong(pidLine.substring(4).trim()), placement, guard);
        guard.watch(container);
        watchdog.onExit().thenRun(container::recordExit);
        return container;
    }

    public ContainerSpec spec() {
        return spec;
    }

    public int port() {
        return port;
    }

    /** The container's own process id (the command's, not the watchdog's). */
    public long pid() {
        return pid;
    }

    /** The persistent connection to the container; use from one thread at a time. */
    public ContainerConnection connection() {
        return connection;
    }

    /** Completes when the container process has ended. */
    public CompletableFuture<ContainerExit> exit() {
        return exit;
    }

    public boolean isAlive() {
        return !exit.isDone();
    }

    /**
     * Polls {@code GET /ping} until it answers 200, the process ends, or the timeout passes.
     *
     * @return empty when ready, else why not
     */
    public Optional<String> awaitReady(long timeoutNanos) throws InterruptedException {
        long deadlineNanos = System.nanoTime() + timeoutNanos;
        String lastProblem = "no answer to /ping";
        while (true) {
            if (exit.isDone()) {
                return Optional.of("the container " + exit.join().describe() + " before answering /ping");
            }
            long remainingNanos = deadlineNanos - System.nanoTime();
            if (remainingNanos <= 0) {
                return Optional.of("the container did not answer /ping with 200 within "
                        + TimeUnit.NANOSECONDS.toSeconds(timeoutNanos) + " s (" + lastProblem + ")");
            }
            try {
                ContainerResponse ping = connection.exchange("GET", "/ping", Map.of(), new byte[0],
                        Math.min(remainingNanos, TimeUnit.SECONDS.toNanos(2)));
                if (ping.status() == 200) {
                    return Optional.empty();
                }
                lastProblem = "/ping answered " + ping.status();
            } catch (IOException e) {
                lastProblem = e.getMessage();
            }
            Thread.sleep(3);
        }
    }

    /** Memory in use, in bytes, for MemoryUtilization. */
    public long memoryUsageBytes() {
        return guard.memoryUsageBytes(placement, pid);
    }

    /** Stops the container: its watchdog kills the whole process group. Returns at once. */
    public void stop() {
        stopRequested = true;
        closeWatchdogInput();
    }

    /** Stops the container because it outgrew its memory size. */
    void killForMemory() {
        killedForMemory = true;
        closeWatchdogInput();
    }

    /** Stops the container and waits for it to end, killing the watchdog outright if it lingers. */
    public void stopAndWait(long timeoutMillis) {
        stop();
        try {
            exit.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            watchdog.destroyForcibly();
        }
    }

    private void closeWatchdogInput() {
        try {
            OutputStream input = watchdog.getOutputStream();
            input.close();
        } catch (IOException e) {
            // the watchdog is already gone
        }
    }

    private void recordExit() {
        int status = watchdog.exitValue();
        boolean oomKilled = false;
        boolean reported = false;
        try {
            for (String line = report.readLine(); line != null; line = report.readLine()) {
                Matcher matcher = EXIT_REPORT.matcher(line);
                if (matcher.matches()) {
                    status = Integer.parseInt(matcher.group(1));
                    oomKilled = Long.parseLong(matcher.group(2)) > 0;
                    reported = true;
                }
            }
            report.close();
        } catch (IOException e) {
            // the report is lost; the exit value stands
        }
        if (!reported) {
            killOrphaned();
        }
        guard.unwatch(this);
        guard.release(placement);
        exit.complete(new ContainerExit(status, oomKilled || killedForMemory, stopRequested));
    }

    /**
     * The watchdog died without reporting the container's end (it was killed): the container may
     * still run, orphaned. Kill it, everything it started, and whatever is left in its cgroups.
     */
    private void killOrphaned() {
        ProcessHandle.of(pid).ifPresent(container -> {
            container.descendants().forEach(ProcessHandle::destroyForcibly);
            container.destroyForcibly();
        });
        guard.killRemaining(placement);
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** A block of ports below the kernel's ephemeral range that the container may use internally. */
    private static String safePortRange() {
        int block = Math.floorMod(SAFE_PORT_BLOCKS.getAndIncrement(), 1000);
        int first = 20_000 + block * SAFE_PORT_BLOCK;
        return first + "-" + (first + SAFE_PORT_BLOCK - 1);
    }

    @Override
    public String toString() {
        return spec.containerId() + " (pid " + pid + ", port " + port + ")";
    }
}
