package dev.slsbench.junit.engine.descriptor;

import dev.slsbench.junit.engine.model.BenchmarkClassModel;
import dev.slsbench.junit.engine.execution.SlsbenchExecutionContext;
import dev.slsbench.plan.Phase;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

import dev.slsbench.junit.engine.model.VerifyMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code stability} or {@code concurrency} container of a benchmark class. */
public final class PhaseDescriptor extends AbstractTestDescriptor implements Node<SlsbenchExecutionContext> {

    /** The unique-id segment type of phases. */
    public static final String SEGMENT_TYPE = "phase";

    /** The two closed-loop phases, each with its unique-id value and display name. */
    public enum Kind {
        /** One test per memory size. */
        STABILITY("stability", Phase.STABILITY),
        /** One test per MaxConcurrency × client count. */
        CONCURRENCY("concurrency", Phase.CONCURRENCY);

        private final String segmentValue;
        private final Phase phase;

        Kind(String segmentValue, Phase phase) {
            this.segmentValue = segmentValue;
            this.phase = phase;
        }

        /** The unique-id value and display name. */
        public String segmentValue() {
            return segmentValue;
        }

        /** The plan's phase. */
        public Phase phase() {
            return phase;
        }

        static Optional<Kind> fromSegment(String value) {
            return Arrays.stream(values()).filter(k -> k.segmentValue.equals(value)).findFirst();
        }
    }

    private final Kind kind;
    private final BenchmarkClassModel model;

    PhaseDescriptor(UniqueId classId, Kind kind, BenchmarkClassModel model) {
        super(classId.append(SEGMENT_TYPE, kind.segmentValue()), kind.segmentValue(), ClassMemberSource.of(model.testClass()));
        this.kind = kind;
        this.model = model;
    }

    /** Which phase this is. */
    public Kind kind() {
        return kind;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /** The unique ids of every child: the configuration tests, then the phase's verify tests. */
    public List<UniqueId> childIds() {
        List<UniqueId> ids = new ArrayList<>();
        ConfigurationTestDescriptor.keys(kind, model)
                .forEach(key -> ids.add(getUniqueId().append(key.segmentType(), key.segmentValue())));
        verifyMethods().forEach(v -> ids.add(getUniqueId().append(VerifyTestDescriptor.SEGMENT_TYPE, v.displayName())));
        return ids;
    }

    /** The verify test with that unique-id value, when this phase has it. */
    public Optional<VerifyTestDescriptor> newVerify(String segmentValue) {
        return verifyMethods().stream().filter(v -> v.displayName().equals(segmentValue)).findFirst()
                .map(v -> new VerifyTestDescriptor(getUniqueId(), v, model, Optional.of(kind)));
    }

    private List<VerifyMethod> verifyMethods() {
        return model.verifyMethods(VerifyMethod.Scope.PHASE, kind.phase());
    }

    /** The configuration test with that unique-id segment, when this phase has it. */
    public Optional<ConfigurationTestDescriptor> newConfiguration(String segmentType, String segmentValue) {
        return ConfigurationTestDescriptor.keys(kind, model).stream()
                .filter(key -> key.segmentType().equals(segmentType) && key.segmentValue().equals(segmentValue))
                .findFirst()
                .map(key -> new ConfigurationTestDescriptor(getUniqueId(), kind, key, model));
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.SAME_THREAD;
    }
}
