package dev.slsbench.emulator.container;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One cgroup v1 controller hierarchy (e.g. {@code memory} or {@code cpu}) as the emulator uses it:
 * a directory {@code <mount>/slsbench/emu-<pid>} per emulator process and one group per container
 * beneath it. Groups left behind by emulators that died are removed when the next one opens the
 * hierarchy, after killing any process still in them.
 */
final class CgroupV1 {

    private static final Path MOUNTS = Path.of("/proc/self/mounts");

    private final String controller;
    private final Path instanceDirectory;

    private CgroupV1(String controller, Path instanceDirectory) {
        this.controller = controller;
        this.instanceDirectory = instanceDirectory;
    }

    /** The controller's hierarchy when it is mounted and this process may create groups in it. */
    static Optional<CgroupV1> open(String controller) {
        Optional<Path> mount = mountPoint(controller);
        if (mount.isEmpty()) {
            return Optional.empty();
        }
        Path root = mount.get().resolve("slsbench");
        try {
            Files.createDirectories(root);
            removeStaleInstances(root);
            Path instance = root.resolve("emu-" + ProcessHandle.current().pid());
            Files.createDirectories(instance);
            return Optional.of(new CgroupV1(controller, instance));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    String controller() {
        return controller;
    }

    Path create(String groupName) throws IOException {
        Path group = instanceDirectory.resolve(groupName);
        Files.createDirectory(group);
        return group;
    }

    static void write(Path group, String file, String value) throws IOException {
        Files.writeString(group.resolve(file), value);
    }

    static Optional<String> read(Path group, String file) {
        try {
            return Optional.of(Files.readString(group.resolve(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Kills (SIGKILL) every process in a group. */
    static void killTasks(Path group) {
        read(group, "cgroup.procs").ifPresent(procs -> procs.lines().map(String::strip).filter(line -> !line.isEmpty())
                .forEach(pid -> ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly)));
    }

    /** Removes an empty group; a group whose processes are still exiting is left for a later attempt. */
    static boolean remove(Path group) {
        try {
            Files.deleteIfExists(group);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    void close() {
        removeChildrenAndSelf(instanceDirectory);
    }

    private static void removeStaleInstances(Path root) throws IOException {
        try (DirectoryStream<Path> instances = Files.newDirectoryStream(root, "emu-*")) {
            for (Path instance : instances) {
                String pid = instance.getFileName().toString().substring("emu-".length());
                boolean alive = pid.chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    killTasksAndRemove(instance);
                }
            }
        }
    }

    /**
     * A group tree of an emulator that died: its containers should have died with it; any process
     * still in a group is killed, then the groups are removed (waiting briefly for the kills to land).
     */
    private static void killTasksAndRemove(Path instance) {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(instance, Files::isDirectory)) {
            for (Path child : children) {
                killTasks(child);
                for (int attempt = 0; attempt < 50 && Files.isDirectory(child) && !remove(child); attempt++) {
                    Thread.sleep(20);
                }
            }
        } catch (IOException e) {
            // nothing to clean
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        remove(instance);
    }

    private static void removeChildrenAndSelf(Path directory) {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory, Files::isDirectory)) {
            for (Path child : children) {
                remove(child);
            }
        } catch (IOException e) {
            // nothing to clean
        }
        remove(directory);
    }

    private static Optional<Path> mountPoint(String controller) {
        try {
            List<String> lines = Files.readAllLines(MOUNTS);
            for (String line : lines) {
                String[] fields = line.split(" ");
                if (fields.length >= 4 && fields[2].equals("cgroup")
                        && List.of(fields[3].split(",")).contains(controller)) {
                    return Optional.of(Path.of(fields[1]));
                }
            }
        } catch (IOException e) {
            // not Linux, or /proc not mounted
        }
        return Optional.empty();
    }
}
