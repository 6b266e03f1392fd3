package dev.slsbench.junit.engine.descriptor;

import dev.slsbench.junit.engine.model.BenchmarkClassModel;
import dev.slsbench.junit.engine.model.VerifyMethod;
import dev.slsbench.junit.PhaseResult;
import dev.slsbench.junit.engine.execution.RunningBenchmark;
import dev.slsbench.junit.engine.execution.SlsbenchExecutionContext;
import dev.slsbench.junit.engine.execution.VerifyInvoker;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.Optional;

/**
 * The test of a {@code @Verify} method that checks a whole phase or the whole run: named after
 * the method, with its {@link MethodSource}, passing when the method returns normally.
 */
public final class VerifyTestDescriptor extends AbstractTestDescriptor implements Node<SlsbenchExecutionContext> {

    /** The unique-id segment type of verify tests. */
    public static final String SEGMENT_TYPE = "verify";

    private final VerifyMethod verifyMethod;
    private final Optional<PhaseDescriptor.Kind> phase;

    VerifyTestDescriptor(UniqueId parentId, VerifyMethod verifyMethod, BenchmarkClassModel model,
                         Optional<PhaseDescriptor.Kind> phase) {
        super(parentId.append(SEGMENT_TYPE, verifyMethod.displayName()), verifyMethod.displayName(),
                MethodSource.from(model.testClass(), verifyMethod.method()));
        this.verifyMethod = verifyMethod;
        this.phase = phase;
    }

    /**
     * The display name, followed by {@code [stability]} or {@code [concurrency]} for a phase check
     * (which runs once in each phase it applies to), so that build tools that report a class's
     * tests in one flat list, such as Maven Surefire, tell the two apart.
     */
    @Override
    public String getLegacyReportingName() {
        return phase.map(kind -> getDisplayName() + " [" + kind.segmentValue() + "]").orElse(getDisplayName());
    }

    /** The method. */
    public VerifyMethod verifyMethod() {
        return verifyMethod;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public SlsbenchExecutionContext execute(SlsbenchExecutionContext context, DynamicTestExecutor dynamicTestExecutor)
            throws Exception {
        RunningBenchmark run = context.run();
        Object argument = phase.isPresent()
                ? new PhaseResult(phase.get().phase(), run.phase(phase.get().phase(), context.cancellation()))
                : run.result(context.cancellation());
        VerifyInvoker.call(verifyMethod, run.instance(), argument);
        return context;
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.SAME_THREAD;
    }
}
