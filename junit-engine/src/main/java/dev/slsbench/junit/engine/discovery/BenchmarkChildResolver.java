package dev.slsbench.junit.engine.discovery;

import dev.slsbench.junit.engine.descriptor.BenchmarkClassDescriptor;
import dev.slsbench.junit.engine.descriptor.PhaseDescriptor;
import dev.slsbench.junit.engine.descriptor.RecommendationTestDescriptor;
import dev.slsbench.junit.engine.descriptor.VerifyTestDescriptor;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the unique ids of a benchmark class's children (phases, configuration tests, the
 * recommendation test, verify tests), resolving the parent first, so that an IDE can rerun a
 * single test.
 */
final class BenchmarkChildResolver implements SelectorResolver {

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        if (id.getSegments().size() < 3) {
            return Resolution.unresolved();
        }
        UniqueId.Segment last = id.getLastSegment();
        DiscoverySelector parentSelector = DiscoverySelectors.selectUniqueId(id.removeLastSegment());
        Optional<? extends TestDescriptor> child = context.addToParent(() -> parentSelector,
                parent -> newChild(parent, last));
        return child.map(d -> Resolution.match(Match.exact(d, () -> childSelectors(d))))
                .orElseGet(Resolution::unresolved);
    }

    private static Optional<? extends TestDescriptor> newChild(TestDescriptor parent, UniqueId.Segment segment) {
        if (parent instanceof BenchmarkClassDescriptor benchmark) {
            return switch (segment.getType()) {
                case PhaseDescriptor.SEGMENT_TYPE -> benchmark.newPhase(segment.getValue());
                case RecommendationTestDescriptor.SEGMENT_TYPE ->
                        segment.getValue().equals(RecommendationTestDescriptor.SEGMENT_VALUE)
                                ? Optional.of(benchmark.newRecommendation()) : Optional.empty();
                case VerifyTestDescriptor.SEGMENT_TYPE -> benchmark.newVerify(segment.getValue());
                default -> Optional.empty();
            };
        }
        if (parent instanceof PhaseDescriptor phase) {
            return segment.getType().equals(VerifyTestDescriptor.SEGMENT_TYPE)
                    ? phase.newVerify(segment.getValue())
                    : phase.newConfiguration(segment.getType(), segment.getValue());
        }
        return Optional.empty();
    }

    private static Set<? extends DiscoverySelector> childSelectors(TestDescriptor descriptor) {
        List<UniqueId> ids = descriptor instanceof PhaseDescriptor phase ? phase.childIds() : List.of();
        Set<DiscoverySelector> children = new LinkedHashSet<>();
        ids.forEach(id -> children.add(DiscoverySelectors.selectUniqueId(id)));
        return children;
    }
}
