package dev.slsbench.emulator.container;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Holds containers to their variant's memory size and gives them the CPU share that goes with it.
 *
 * <p>Memory: with cgroup v1 each container gets {@code memory.limit_in_bytes} = MemorySizeInMB MiB,
 * and the kernel's OOM killer ends a container that outgrows it; otherwise a poller reads the
 * container's resident set size every {@value MemoryPoller#INTERVAL_MILLIS} ms and kills it beyond
 * the limit. CPU: SageMaker gives a serverless container CPU in proportion to its memory, up to the
 * largest size; the emulator maps that onto this host as {@code cpu.cfs_quota_us = cfs_period_us ×
 * hostCores × MemorySizeInMB / 6144}, so 6144 MB may use every core of the host and 1024 MB a sixth
 * of them. The period is short (20 ms) so that a call longer than a few milliseconds is slowed
 * evenly rather than in 100 ms bursts, and {@code cpu.shares} is MemorySizeInMB, so containers of
 * different sizes that compete for the host's cores (a stability phase runs every size at once)
 * still split them in proportion to memory. Without a writable {@code cpu} controller CPU is not
 * limited, and the log says so.
 */
public final class ResourceGuard implements AutoCloseable {

    static final int LARGEST_MEMORY_MB = 6144;
    static final long CFS_PERIOD_MICROS = 20_000;
    private static final long MIN_CFS_QUOTA_MICROS = 1_000;

    private final Optional<CgroupV1> memoryCgroup;
    private final Optional<CgroupV1> cpuCgroup;
    private final Optional<MemoryPoller> memoryPoller;
    private final int hostCores;
    private final String cpuUnlimitedReason;

    private ResourceGuard(Optional<CgroupV1> memoryCgroup, Optional<CgroupV1> cpuCgroup, boolean pollMemory,
            String cpuUnlimitedReason) {
        this.memoryCgroup = memoryCgroup;
        this.cpuCgroup = cpuCgroup;
        this.cpuUnlimitedReason = cpuUnlimitedReason;
        this.memoryPoller = pollMemory ? Optional.of(new MemoryPoller()) : Optional.empty();
        this.hostCores = Runtime.getRuntime().availableProcessors();
    }

    /**
     * The guard for a mode.
     *
     * @throws IllegalStateException when {@link EnforcementMode#CGROUP_V1} is asked for and not available
     */
    public static ResourceGuard create(EnforcementMode mode) {
        return switch (mode) {
            case NONE -> new ResourceGuard(Optional.empty(), Optional.empty(), false, "enforcement mode none");
            case POLLING -> new ResourceGuard(Optional.empty(), Optional.empty(), true, "enforcement mode polling");
            case AUTO -> {
                Optional<CgroupV1> memory = CgroupV1.open("memory");
                yield new ResourceGuard(memory, CgroupV1.open("cpu"), memory.isEmpty(),
                        "no writable cgroup v1 cpu controller");
            }
            case CGROUP_V1 -> {
                Optional<CgroupV1> memory = CgroupV1.open("memory");
                Optional<CgroupV1> cpu = CgroupV1.open("cpu");
                if (memory.isEmpty() || cpu.isEmpty()) {
                    memory.ifPresent(CgroupV1::close);
                    cpu.ifPresent(CgroupV1::close);
                    throw new IllegalStateException("cgroup v1 enforcement asked for, but the "
                            + (memory.isEmpty() ? "memory" : "cpu") + " controller is not mounted or not writable");
                }
                yield new ResourceGuard(memory, cpu, false, "");
            }
        };
    }

    /** Creates the container's groups and sets their limits. */
    Placement place(ContainerSpec spec) throws IOException {
        Path memoryGroup = null;
        Path cpuGroup = null;
        try {
            if (memoryCgroup.isPresent()) {
                memoryGroup = memoryCgroup.get().create(spec.containerId());
                CgroupV1.write(memoryGroup, "memory.limit_in_bytes", Long.toString(spec.memoryLimitBytes()));
                if (Files.exists(memoryGroup.resolve("memory.memsw.limit_in_bytes"))) {
                    CgroupV1.write(memoryGroup, "memory.memsw.limit_in_bytes", Long.toString(spec.memoryLimitBytes()));
                }
            }
            if (cpuCgroup.isPresent()) {
                cpuGroup = cpuCgroup.get().create(spec.containerId());
                CgroupV1.write(cpuGroup, "cpu.cfs_period_us", Long.toString(CFS_PERIOD_MICROS));
                CgroupV1.write(cpuGroup, "cpu.cfs_quota_us", Long.toString(cfsQuotaMicros(spec.memorySizeMb())));
                CgroupV1.write(cpuGroup, "cpu.shares", Long.toString(cpuShares(spec.memorySizeMb())));
            }
            return new Placement(memoryGroup, cpuGroup);
        } catch (IOException e) {
            release(new Placement(memoryGroup, cpuGroup));
            throw e;
        }
    }

    /** Kills every process still in the container's groups. */
    void killRemaining(Placement placement) {
        placement.memoryGroup().ifPresent(CgroupV1::killTasks);
        placement.cpuGroup().ifPresent(CgroupV1::killTasks);
    }

    void release(Placement placement) {
        placement.memoryGroup().ifPresent(CgroupV1::remove);
        placement.cpuGroup().ifPresent(CgroupV1::remove);
    }

    void watch(ContainerProcess container) {
        memoryPoller.ifPresent(poller -> poller.watch(container));
    }

    void unwatch(ContainerProcess container) {
        memoryPoller.ifPresent(poller -> poller.unwatch(container));
    }

    /** Memory in use by a container: its cgroup's usage without inactive page cache, else its processes' RSS. */
    long memoryUsageBytes(Placement placement, long pid) {
        if (placement.memoryGroup().isPresent()) {
            Path group = placement.memoryGroup().get();
            long usage = CgroupV1.read(group, "memory.usage_in_bytes").map(String::trim).map(Long::parseLong).orElse(0L);
            long inactiveFile = CgroupV1.read(group, "memory.stat").flatMap(stat -> statValue(stat, "total_inactive_file"))
                    .orElse(0L);
            return Math.max(0, usage - inactiveFile);
        }
        return residentSetBytes(pid);
    }

    static long residentSetBytes(long pid) {
        Stream<Long> pids = Stream.concat(Stream.of(pid),
                ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants).map(ProcessHandle::pid));
        return pids.flatMapToLong(p -> LongStream.of(vmRssBytes(p))).sum();
    }

    private static long vmRssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String[] fields = line.substring("VmRSS:".length()).trim().split("\\s+");
                    return Long.parseLong(fields[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone
        }
        return 0;
    }

    private static Optional<Long> statValue(String stat, String key) {
        return stat.lines().filter(line -> line.startsWith(key + " "))
                .map(line -> Long.parseLong(line.substring(key.length() + 1).trim())).findFirst();
    }

    long cfsQuotaMicros(int memorySizeMb) {
        return Math.max(MIN_CFS_QUOTA_MICROS, CFS_PERIOD_MICROS * hostCores * memorySizeMb / LARGEST_MEMORY_MB);
    }

    /** The container's weight when sizes compete: its memory in MB (1024, the kernel default, for 1024 MB). */
    static long cpuShares(int memorySizeMb) {
        return memorySizeMb;
    }

    /** How memory is enforced, in a phrase for logs and DescribeEndpoint. */
    public String describeMemory(int memorySizeMb) {
        if (memoryCgroup.isPresent()) {
            return memorySizeMb + " MiB via cgroup v1 memory.limit_in_bytes";
        }
        if (memoryPoller.isPresent()) {
            return memorySizeMb + " MiB via resident-set polling every " + MemoryPoller.INTERVAL_MILLIS + " ms";
        }
        return "not enforced";
    }

    /** How CPU is shared, in a phrase for logs and DescribeEndpoint. */
    public String describeCpu(int memorySizeMb) {
        if (cpuCgroup.isEmpty()) {
            return "not limited (" + cpuUnlimitedReason + ")";
        }
        long quota = cfsQuotaMicros(memorySizeMb);
        return String.format(Locale.ROOT, "%.2f of %d cores via cgroup v1 cpu.cfs_quota_us=%d/%d, cpu.shares=%d",
                (double) quota / CFS_PERIOD_MICROS, hostCores, quota, CFS_PERIOD_MICROS, cpuShares(memorySizeMb));
    }

    /** The enforcement in force, e.g. for the start-up log line. */
    public String describe() {
        String memory = memoryCgroup.isPresent() ? "cgroup v1 memory.limit_in_bytes"
                : memoryPoller.isPresent() ? "resident-set polling" : "none";
        String cpu = cpuCgroup.isPresent() ? "cgroup v1 cpu.cfs_quota_us (period x " + hostCores + " cores x MB/6144) and cpu.shares (= MB)"
                : "none";
        return "memory: " + memory + "; cpu: " + cpu;
    }

    @Override
    public void close() {
        memoryPoller.ifPresent(MemoryPoller::close);
        memoryCgroup.ifPresent(CgroupV1::close);
        cpuCgroup.ifPresent(CgroupV1::close);
    }

    /** The groups a container was placed in; empty where a controller is not used. */
    record Placement(Optional<Path> memoryGroup, Optional<Path> cpuGroup) {

        Placement(Path memoryGroup, Path cpuGroup) {
            this(Optional.ofNullable(memoryGroup), Optional.ofNullable(cpuGroup));
        }

        String memoryGroupArgument() {
            return memoryGroup.map(Path::toString).orElse("");
        }

        String cpuGroupArgument() {
            return cpuGroup.map(Path::toString).orElse("");
        }
    }
}
