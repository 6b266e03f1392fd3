package dev.slsbench.junit.engine.descriptor;

import dev.slsbench.junit.engine.config.EngineSettings;
import dev.slsbench.junit.engine.execution.SlsbenchExecutionContext;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The root of the slsbench test tree: carries the engine settings read at discovery and, at
 * the end of execution, closes what the run opened (the embedded emulator).
 */
public final class SlsbenchEngineDescriptor extends EngineDescriptor implements Node<SlsbenchExecutionContext> {

    /** The engine's display name. */
    public static final String DISPLAY_NAME = "slsbench";

    private final EngineSettings settings;

    public SlsbenchEngineDescriptor(UniqueId uniqueId, EngineSettings settings) {
        super(uniqueId, DISPLAY_NAME);
        this.settings = settings;
    }

    /** The settings read at discovery. */
    public EngineSettings settings() {
        return settings;
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.SAME_THREAD;
    }

    @Override
    public void cleanUp(SlsbenchExecutionContext context) {
        context.close();
    }
}
