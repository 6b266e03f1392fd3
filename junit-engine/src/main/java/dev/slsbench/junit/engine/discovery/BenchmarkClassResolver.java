package dev.slsbench.junit.engine.discovery;

import dev.slsbench.junit.engine.descriptor.BenchmarkClassDescriptor;
import dev.slsbench.junit.engine.descriptor.InvalidBenchmarkClassDescriptor;
import dev.slsbench.junit.engine.model.BenchmarkClassReader;
import dev.slsbench.junit.engine.model.InvalidBenchmarkClassException;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.NestedClassSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves class selectors (also nested static classes, and those the class-container resolver
 * derives from package, class-path-root and module selectors) and {@code [class:...]} unique
 * ids into benchmark class descriptors. A class without {@code @ServerlessBenchmark} is left to
 * other engines; an annotated class that cannot run becomes an {@link InvalidBenchmarkClassDescriptor}
 * and a warning, never an exception.
 */
final class BenchmarkClassResolver implements SelectorResolver {

    private final Predicate<String> classNameFilter;
    private final BenchmarkClassReader reader;
    private final DiscoveryIssueReporter issueReporter;

    BenchmarkClassResolver(Predicate<String> classNameFilter, BenchmarkClassReader reader,
                           DiscoveryIssueReporter issueReporter) {
        this.classNameFilter = classNameFilter;
        this.reader = reader;
        this.issueReporter = issueReporter;
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        return resolveClass(selector.getJavaClass(), context, true);
    }

    @Override
    public Resolution resolve(NestedClassSelector selector, Context context) {
        return resolveClass(selector.getNestedClass(), context, true);
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId.Segment last = selector.getUniqueId().getLastSegment();
        if (!last.getType().equals(BenchmarkClassDescriptor.SEGMENT_TYPE)) {
            return Resolution.unresolved();
        }
        return ReflectionSupport.tryToLoadClass(last.getValue()).toOptional()
                .map(testClass -> resolveClass(testClass, context, false))
                .orElseGet(Resolution::unresolved);
    }

    private Resolution resolveClass(Class<?> testClass, Context context, boolean applyNameFilter) {
        if (!BenchmarkClassReader.isBenchmarkClass(testClass)
                || (applyNameFilter && !classNameFilter.test(testClass.getName()))) {
            return Resolution.unresolved();
        }
        Optional<TestDescriptor> descriptor = context.addToParent(parent -> Optional.of(newDescriptor(parent, testClass)));
        return descriptor
                .map(d -> Resolution.match(Match.exact(d, () -> childSelectors(d))))
                .orElseGet(Resolution::unresolved);
    }

    private TestDescriptor newDescriptor(TestDescriptor parent, Class<?> testClass) {
        try {
            return new BenchmarkClassDescriptor(parent.getUniqueId(), reader.read(testClass));
        } catch (InvalidBenchmarkClassException e) {
            issueReporter.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, e.getMessage())
                    .source(ClassSource.from(testClass)));
            return new InvalidBenchmarkClassDescriptor(parent.getUniqueId(), e);
        }
    }

    /** Every child of a valid benchmark class: its phases, the recommendation test and whole-run verify tests. */
    private static Set<? extends DiscoverySelector> childSelectors(TestDescriptor descriptor) {
        if (!(descriptor instanceof BenchmarkClassDescriptor benchmark)) {
            return Set.of();
        }
        Set<DiscoverySelector> children = new LinkedHashSet<>();
        benchmark.childIds().forEach(id -> children.add(DiscoverySelectors.selectUniqueId(id)));
        return children;
    }
}
