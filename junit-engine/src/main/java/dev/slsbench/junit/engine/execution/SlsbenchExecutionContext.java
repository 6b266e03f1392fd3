package dev.slsbench.junit.engine.execution;

import dev.slsbench.junit.engine.EngineSettings;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What every node of one execution shares: the listener, the settings and the resources the
 * run opens lazily.
 */
public final class SlsbenchExecutionContext implements EngineExecutionContext, AutoCloseable {

    private final EngineExecutionListener listener;
    private final EngineSettings settings;

    public SlsbenchExecutionContext(EngineExecutionListener listener, EngineSettings settings) {
        this.listener = listener;
        this.settings = settings;
    }

    /** Where events and reporting entries go. */
    public EngineExecutionListener listener() {
        return listener;
    }

    /** The engine settings. */
    public EngineSettings settings() {
        return settings;
    }

    @Override
    public void close() {
    }
}
