package dev.slsbench.junit.engine.descriptor;

import dev.slsbench.junit.engine.model.BenchmarkClassModel;
import dev.slsbench.junit.engine.execution.ConfigurationVerdict;
import dev.slsbench.junit.engine.execution.RunningBenchmark;
import dev.slsbench.junit.engine.execution.SlsbenchExecutionContext;
import dev.slsbench.result.ConfigurationResult;
import org.opentest4j.TestAbortedException;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.List;

/**
 * One configuration's test: passes when every SLA and {@code @Verify} check that applies to
 * the configuration holds, fails listing each violation, and is aborted when the configuration
 * could not be deployed.
 */
final class ConfigurationTestDescriptor extends AbstractTestDescriptor implements Node<SlsbenchExecutionContext> {

    private final ConfigurationKey key;
    private final BenchmarkClassModel model;

    private final PhaseDescriptor.Kind kind;

    ConfigurationTestDescriptor(UniqueId phaseId, PhaseDescriptor.Kind kind, ConfigurationKey key,
                                BenchmarkClassModel model) {
        super(phaseId.append(key.segmentType(), key.segmentValue()), key.displayName(),
                ClassMemberSource.of(model.testClass()));
        this.kind = kind;
        this.key = key;
        this.model = model;
    }

    /** The keys of every configuration of {@code kind} in {@code model}, in planned order. */
    static List<ConfigurationKey> keys(PhaseDescriptor.Kind kind, BenchmarkClassModel model) {
        return switch (kind) {
            case STABILITY -> model.stabilityConfigurations().stream()
                    .<ConfigurationKey>map(c -> new ConfigurationKey.Stability(c.memoryMb(), c.provisionedConcurrency()))
                    .toList();
            case CONCURRENCY -> model.concurrencyConfigurations().stream()
                    .<ConfigurationKey>map(c -> new ConfigurationKey.Concurrency(c.maxConcurrency(), c.clients(),
                            c.provisionedConcurrency()))
                    .toList();
        };
    }

    /** Which configuration this test judges. */
    public ConfigurationKey key() {
        return key;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public SlsbenchExecutionContext execute(SlsbenchExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        RunningBenchmark run = context.run();
        ConfigurationResult result = run.phase(kind.phase(), context.cancellation()).stream()
                .filter(r -> key.matches(r.configuration()))
                .findFirst()
                .orElseThrow(() -> new TestAbortedException(key.displayName() + " was not part of the run"));
        ConfigurationVerdict.judge(result, model, run, context.cancellation(),
                entry -> context.listener().reportingEntryPublished(this, entry));
        return context;
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.SAME_THREAD;
    }
}
