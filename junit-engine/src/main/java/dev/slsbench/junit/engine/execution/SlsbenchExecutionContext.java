package dev.slsbench.junit.engine.execution;

import dev.slsbench.junit.engine.config.EngineSettings;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

import java.util.Objects;

/**
 * What the nodes of one execution share, extended per level: the engine level holds the
 * listener, settings, cancellation token and run target; a benchmark class level adds its
 * running benchmark.
 */
public final class SlsbenchExecutionContext implements EngineExecutionContext, AutoCloseable {

    private final EngineExecutionListener listener;
    private final EngineSettings settings;
    private final CancellationToken cancellation;
    private final RunTarget target;
    private final RunningBenchmark run;

    public SlsbenchExecutionContext(EngineExecutionListener listener, EngineSettings settings,
                                    CancellationToken cancellation) {
        this(listener, settings, cancellation, new RunTarget(settings), null);
    }

    private SlsbenchExecutionContext(EngineExecutionListener listener, EngineSettings settings,
                                     CancellationToken cancellation, RunTarget target, RunningBenchmark run) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
        this.target = Objects.requireNonNull(target, "target");
        this.run = run;
    }

    /** This context with a class's running benchmark. */
    public SlsbenchExecutionContext withRun(RunningBenchmark running) {
        return new SlsbenchExecutionContext(listener, settings, cancellation, target, Objects.requireNonNull(running));
    }

    /** Where events, reporting and file entries go. */
    public EngineExecutionListener listener() {
        return listener;
    }

    /** The engine settings. */
    public EngineSettings settings() {
        return settings;
    }

    /** Whether the launcher asked to stop. */
    public CancellationToken cancellation() {
        return cancellation;
    }

    /** Where runs go. */
    public RunTarget target() {
        return target;
    }

    /**
     * The running benchmark of the enclosing class.
     *
     * @throws IllegalStateException outside a benchmark class
     */
    public RunningBenchmark run() {
        if (run == null) {
            throw new IllegalStateException("no benchmark is running at this level");
        }
        return run;
    }

    /** Stops the embedded emulator, if this execution started one. */
    @Override
    public void close() {
        target.close();
    }
}
