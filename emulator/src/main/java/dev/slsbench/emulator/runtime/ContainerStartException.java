package dev.slsbench.emulator.runtime;

import dev.slsbench.emulator.container.ContainerExit;

import java.util.Optional;

/** A container could not be started or did not become ready. */
public final class ContainerStartException extends Exception {

    private final transient ContainerExit exit;
    private final String variantName;

    ContainerStartException(String message, ContainerExit exit) {
        this(message, exit, null);
    }

    private ContainerStartException(String message, ContainerExit exit, String variantName) {
        super(message);
        this.exit = exit;
        this.variantName = variantName;
    }

    /** The same failure, attributed to a production variant. */
    ContainerStartException forVariant(String variant) {
        return new ContainerStartException(getMessage(), exit, variant);
    }

    /** How the container ended, when it ended on its own. */
    public Optional<ContainerExit> exit() {
        return Optional.ofNullable(exit);
    }

    /** The production variant whose container failed, when known. */
    public Optional<String> variantName() {
        return Optional.ofNullable(variantName);
    }

    /** Whether the container was killed for outgrowing its memory size while starting. */
    public boolean outOfMemory() {
        return exit != null && exit.outOfMemory();
    }
}
