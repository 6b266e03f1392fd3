package dev.slsbench.junit.engine.descriptor;

import dev.slsbench.junit.engine.model.InvalidBenchmarkClassException;
import dev.slsbench.junit.engine.execution.SlsbenchExecutionContext;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A class annotated {@code @ServerlessBenchmark} that cannot run: a single test, named after the
 * class, that fails with the message listing its problems, so the rest of the run goes on and
 * the build shows why. (A childless container would be pruned from the tree unseen.)
 */
public final class InvalidBenchmarkClassDescriptor extends AbstractTestDescriptor
        implements Node<SlsbenchExecutionContext> {

    private final InvalidBenchmarkClassException problems;

    public InvalidBenchmarkClassDescriptor(UniqueId parentId, InvalidBenchmarkClassException problems) {
        super(parentId.append(BenchmarkClassDescriptor.SEGMENT_TYPE, problems.testClass().getName()),
                BenchmarkClassDescriptor.displayName(problems.testClass()), ClassSource.from(problems.testClass()));
        this.problems = problems;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public SlsbenchExecutionContext execute(SlsbenchExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        throw problems;
    }
}
