package dev.slsbench.junit.engine.descriptor;

import dev.slsbench.junit.engine.model.BenchmarkClassModel;
import dev.slsbench.junit.engine.execution.ClassRunner;
import dev.slsbench.junit.engine.execution.SelectedTests;
import dev.slsbench.junit.engine.execution.SlsbenchExecutionContext;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A valid benchmark class: a container whose {@code before} starts the benchmark (cut down to
 * what the selected children need), whose children judge its results, and whose {@code after}
 * waits until everything the run created is deleted.
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

    /** The fully qualified class name, under which build tools such as Maven Surefire report the class's tests. */
    @Override
    public String getLegacyReportingName() {
        return model.testClass().getName();
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
        return context.withRun(ClassRunner.start(model, selectedTests(), this, context));
    }

    /** Which of this class's tests remain after discovery's selectors and filters. */
    SelectedTests selectedTests() {
        if (getChildren().stream().anyMatch(c -> c instanceof RecommendationTestDescriptor || c instanceof VerifyTestDescriptor)) {
            return SelectedTests.all();
        }
        Set<Integer> memorySizes = new HashSet<>();
        Set<Integer> maxConcurrencies = new HashSet<>();
        boolean stabilityChecks = false;
        boolean concurrencyChecks = false;
        for (TestDescriptor phase : getChildren()) {
            for (TestDescriptor test : phase.getChildren()) {
                boolean check = test instanceof VerifyTestDescriptor;
                if (test instanceof ConfigurationTestDescriptor c && c.key() instanceof ConfigurationKey.Stability s) {
                    memorySizes.add(s.memoryMb());
                } else if (test instanceof ConfigurationTestDescriptor c && c.key() instanceof ConfigurationKey.Concurrency k) {
                    maxConcurrencies.add(k.maxConcurrency());
                } else if (check && ((PhaseDescriptor) phase).kind() == PhaseDescriptor.Kind.STABILITY) {
                    stabilityChecks = true;
                } else if (check) {
                    concurrencyChecks = true;
                }
            }
        }
        return new SelectedTests(false, memorySizes, stabilityChecks, maxConcurrencies, concurrencyChecks);
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
