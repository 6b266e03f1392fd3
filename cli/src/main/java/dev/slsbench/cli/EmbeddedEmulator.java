package dev.slsbench.cli;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The emulator {@code slsbench run --local} starts inside the command, on a free loopback port,
 * with the {@code --emulator-image} mappings (a command naming a built-in image, e.g.
 * {@code my/model=slsbench/cpu}, runs that image). Its log lines are hidden unless
 * {@code --verbose}; its containers' output goes to a file beside the results. Closing it stops
 * every container.
 */
final class EmbeddedEmulator implements AutoCloseable {

    /** Held so that the level set on it is not lost to garbage collection. */
    private static final Logger EMULATOR_LOGGER = Logger.getLogger("dev.slsbench.emulator");

    private final LocalSageMaker emulator;

    private EmbeddedEmulator(LocalSageMaker emulator) {
        this.emulator = emulator;
    }

    /**
     * Starts an emulator.
     *
     * @param imageMappings {@code IMAGE=COMMAND} mappings, already checked for their form
     * @param containerLog where containers' stdout and stderr go
     * @param verbose whether the emulator's own log lines are shown
     */
    static EmbeddedEmulator start(List<String> imageMappings, Path containerLog, boolean verbose) throws IOException {
        return start(imageMappings, java.util.Map.of(), containerLog, verbose);
    }

    /**
     * Starts an emulator with more images mapped to commands given as argument lists (which may contain spaces).
     */
    static EmbeddedEmulator start(List<String> imageMappings, java.util.Map<String, List<String>> commands, Path containerLog,
            boolean verbose) throws IOException {
        EMULATOR_LOGGER.setLevel(verbose ? Level.INFO : Level.WARNING);
        EmulatorOptions.Builder options = EmulatorOptions.builder();
        commands.forEach(options::image);
        imageMappings.forEach(options::image);
        Path log = containerLog.toAbsolutePath();
        Files.createDirectories(log.getParent());
        options.containerLogFile(log);
        return new EmbeddedEmulator(LocalSageMaker.start(options.build()));
    }

    /** Where the emulator's SageMaker, Runtime and CloudWatch APIs answer. */
    URI endpointUrl() {
        return emulator.endpointUrl();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
