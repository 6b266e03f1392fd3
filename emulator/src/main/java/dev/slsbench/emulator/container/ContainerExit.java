package dev.slsbench.emulator.container;

/**
 * How a container process ended.
 *
 * @param status the exit status (128 + signal number when a signal ended it)
 * @param outOfMemory whether it was killed for outgrowing its memory size
 * @param stopRequested whether the emulator asked it to stop (scale-down, update, delete, shutdown)
 */
public record ContainerExit(int status, boolean outOfMemory, boolean stopRequested) {

    /** A phrase for logs and failure reasons, e.g. "exited with status 1". */
    public String describe() {
        if (outOfMemory) {
            return "was killed for exceeding its memory size (insufficient memory)";
        }
        if (status > 128 && status < 160) {
            return "was killed by signal " + (status - 128);
        }
        return switch (status) {
            case 125 -> "exited with status 125 (it could not join its cgroups)";
            case 126 -> "exited with status 126 (the command is not executable)";
            case 127 -> "exited with status 127 (the command was not found)";
            default -> "exited with status " + status;
        };
    }
}
