package dev.slsbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (user + system) of processes, read from Linux's {@code /proc}: what a benchmark's
 * parts take from a shared machine per call, a figure far steadier under other load than a rate.
 * Elsewhere every reading is {@code -1}.
 */
final class CpuTime {

    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    private CpuTime() {
    }

    /** This JVM's CPU time. */
    static long self() {
        return fields(ProcessHandle.current().pid(), 14, 15);
    }

    /** CPU time of this JVM's children that have ended and been waited for (e.g. a finished wrk). */
    static long waitedChildren() {
        return fields(ProcessHandle.current().pid(), 16, 17);
    }

    /** CPU time of a process and of its live descendants (the emulator and its containers). */
    static long tree(ProcessHandle root) {
        long total = fields(root.pid(), 14, 15);
        if (total < 0) {
            return -1;
        }
        try (Stream<ProcessHandle> descendants = root.descendants()) {
            return total + descendants.mapToLong(child -> Math.max(0, fields(child.pid(), 14, 15))).sum();
        }
    }

    /** Microseconds per call of a CPU-time difference, or -1 when either reading was unavailable. */
    static double microsPerCall(long before, long after, long calls) {
        return before < 0 || after < 0 || calls == 0 ? -1 : (after - before) / 1e3 / calls;
    }

    /** The sum of two fields of /proc/PID/stat (numbered from 1, as proc(5) does; tick counts), in nanoseconds. */
    private static long fields(long pid, int first, int second) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // the command name may hold spaces: after[0] is field 3 (state), so field N is after[N - 3]
            return (Long.parseLong(after[first - 3]) + Long.parseLong(after[second - 3])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
