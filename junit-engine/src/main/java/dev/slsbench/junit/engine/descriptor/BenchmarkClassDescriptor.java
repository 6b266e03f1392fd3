package dev.slsbench.junit.engine.descriptor;

import dev.slsbench.junit.engine.discovery.BenchmarkClassModel;
import dev.slsbench.junit.engine.execution.ClassRunner;
import dev.slsbench.junit.engine.execution.SlsbenchExecutionContext;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A valid benchmark class: a container whose {@code before} runs the benchmark once and whose
 * children judge its results.
 */
public final class BenchmarkClassDescriptor extends AbstractTestDescriptor implements Node<SlsbenchExecutionContext> {

    /** The unique-id segment type of benchmark classes. */
    public static final String SEGMENT_TYPE = "class";

    private final BenchmarkClassModel model;

    public BenchmarkClassDescriptor(UniqueId parentId, BenchmarkClassModel model) {
        super(parentId.append(SEGMENT_TYPE, model.testClass().getName()), displayName(model.testClass()),
                ClassSource.from(model.testClass()));
        this.model = model;
    }

    static String displayName(Class<?> testClass) {
        String name = testClass.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** What the class's annotations say. */
    public BenchmarkClassModel model() {
        return model;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /** The phase child with {@code phase}, when the model has that phase. */
    public Optional<PhaseDescriptor> newPhase(String phase) {
        return PhaseDescriptor.Kind.fromSegment(phase)
                .filter(kind -> kind != PhaseDescriptor.Kind.CONCURRENCY || model.plan().includeConcurrency())
                .map(kind -> new PhaseDescriptor(getUniqueId(), kind, model));
    }

    /** The cost-and-recommendation child. */
    public RecommendationTestDescriptor newRecommendation() {
        return new RecommendationTestDescriptor(getUniqueId(), model);
    }

    /** The unique ids of every child: the phases, the recommendation test, the whole-run verify tests. */
    public List<UniqueId> childIds() {
        List<UniqueId> ids = new ArrayList<>();
        for (PhaseDescriptor.Kind kind : PhaseDescriptor.Kind.values()) {
            if (kind != PhaseDescriptor.Kind.CONCURRENCY || model.plan().includeConcurrency()) {
                ids.add(getUniqueId().append(PhaseDescriptor.SEGMENT_TYPE, kind.segmentValue()));
            }
        }
        ids.add(getUniqueId().append(RecommendationTestDescriptor.SEGMENT_TYPE, RecommendationTestDescriptor.SEGMENT_VALUE));
        model.runVerifyMethods()
                .forEach(v -> ids.add(getUniqueId().append(VerifyTestDescriptor.SEGMENT_TYPE, v.displayName())));
        return ids;
    }

    /** The whole-run verify test with that unique-id value, when the class has it. */
    public Optional<VerifyTestDescriptor> newVerify(String segmentValue) {
        return model.runVerifyMethods().stream().filter(v -> v.displayName().equals(segmentValue)).findFirst()
                .map(v -> new VerifyTestDescriptor(getUniqueId(), v, model, Optional.empty()));
    }

    @Override
    public SlsbenchExecutionContext before(SlsbenchExecutionContext context) {
        return context.withRun(ClassRunner.start(model, context));
    }

    @Override
    public void after(SlsbenchExecutionContext context) throws Exception {
        ClassRunner.finish(model, context.run(), this, context);
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.SAME_THREAD;
    }
}
