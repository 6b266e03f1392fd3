package dev.slsbench.junit.engine.execution;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.ImageMapping;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.junit.engine.config.EngineSettings;
import dev.slsbench.provision.AwsTarget;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where one engine execution sends its runs: the URL from {@code slsbench.endpoint-url}, an
 * embedded {@link LocalSageMaker} started on first use (target local, no URL) and closed with
 * the execution, or AWS itself. Credentials follow the target: dummy keys for local, the SDK's
 * default chain for aws.
 */
public final class RunTarget implements AutoCloseable {

    private final EngineSettings settings;
    private LocalSageMaker emulator;
    private boolean closed;

    public RunTarget(EngineSettings settings) {
        this.settings = settings;
    }

    /** The SageMaker-compatible URL runs use, starting the embedded emulator if needed; empty for AWS. */
    public synchronized Optional<URI> endpointUrl() {
        if (settings.endpointUrl().isPresent()) {
            return settings.endpointUrl();
        }
        if (!settings.startsEmulator()) {
            return Optional.empty();
        }
        if (closed) {
            throw new IllegalStateException("the engine's emulator was already stopped");
        }
        if (emulator == null) {
            emulator = startEmulator();
        }
        return Optional.of(emulator.endpointUrl());
    }

    /** Dummy credentials for target local, {@code null} (the SDK's default chain) for aws. */
    public AwsCredentialsProvider credentials() {
        return settings.target() == EngineSettings.Target.LOCAL ? AwsTarget.dummyCredentials() : null;
    }

    /** Whether models may be replaced freely: the target is a local emulator, not someone's account. */
    public boolean isLocal() {
        return settings.target() == EngineSettings.Target.LOCAL;
    }

    private LocalSageMaker startEmulator() {
        EmulatorOptions.Builder options = EmulatorOptions.builder();
        settings.emulatorImages().forEach((image, command) -> options.image(ImageMapping.of(image, command)));
        settings.emulatorIdleTimeout().ifPresent(options::idleTimeout);
        try {
            Path log = settings.output().resolve("emulator-containers.log").toAbsolutePath();
            Files.createDirectories(log.getParent());
            options.containerLogFile(log);
            return LocalSageMaker.start(options.build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded slsbench emulator", e);
        }
    }

    /** Stops the embedded emulator, if one was started; its containers stop with it. */
    @Override
    public synchronized void close() {
        closed = true;
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }
}
