package dev.slsbench.junit.engine.descriptor;

import dev.slsbench.junit.engine.model.BenchmarkClassModel;
import dev.slsbench.junit.engine.execution.RecommendationVerdict;
import dev.slsbench.junit.engine.execution.SlsbenchExecutionContext;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The {@code cost & recommendation} test of a benchmark class: publishes the recommended
 * memory size and its cost, and fails when no configuration could be recommended.
 */
public final class RecommendationTestDescriptor extends AbstractTestDescriptor implements Node<SlsbenchExecutionContext> {

    /** The unique-id segment type. */
    public static final String SEGMENT_TYPE = "recommendation";
    /** The unique-id segment value. */
    public static final String SEGMENT_VALUE = "cost";
    /** The display name. */
    public static final String DISPLAY_NAME = "cost & recommendation";

    RecommendationTestDescriptor(UniqueId classId, BenchmarkClassModel model) {
        super(classId.append(SEGMENT_TYPE, SEGMENT_VALUE), DISPLAY_NAME, ClassMemberSource.of(model.testClass()));
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public SlsbenchExecutionContext execute(SlsbenchExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        RecommendationVerdict.judge(context.run().result(context.cancellation()),
                entry -> context.listener().reportingEntryPublished(this, entry));
        return context;
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.SAME_THREAD;
    }
}
