package dev.slsbench.junit.engine.discovery;

import dev.slsbench.junit.engine.descriptor.BenchmarkClassDescriptor;
import dev.slsbench.junit.engine.descriptor.PhaseDescriptor;
import dev.slsbench.junit.engine.descriptor.RecommendationTestDescriptor;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the unique ids of a benchmark class's children (phases, configuration tests, the
 * recommendation test), resolving the parent first, so that an IDE can rerun a single
 * configuration's test.
 */
final class BenchmarkChildResolver implements SelectorResolver {

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        UniqueId.Segment last = id.getLastSegment();
        DiscoverySelector parentSelector = DiscoverySelectors.selectUniqueId(id.removeLastSegment());
        Optional<? extends TestDescriptor> child = switch (last.getType()) {
            case PhaseDescriptor.SEGMENT_TYPE -> context.addToParent(() -> parentSelector,
                    parent -> parent instanceof BenchmarkClassDescriptor benchmark
                            ? benchmark.newPhase(last.getValue()) : Optional.empty());
            case RecommendationTestDescriptor.SEGMENT_TYPE -> context.addToParent(() -> parentSelector,
                    parent -> parent instanceof BenchmarkClassDescriptor benchmark
                            && last.getValue().equals(RecommendationTestDescriptor.SEGMENT_VALUE)
                            ? Optional.of(benchmark.newRecommendation()) : Optional.empty());
            default -> id.getSegments().size() > 2
                    ? context.addToParent(() -> parentSelector,
                            parent -> parent instanceof PhaseDescriptor phase
                                    ? phase.newConfiguration(last.getType(), last.getValue()) : Optional.empty())
                    : Optional.empty();
        };
        return child.map(d -> Resolution.match(Match.exact(d, () -> childSelectors(d))))
                .orElseGet(Resolution::unresolved);
    }

    private static Set<? extends DiscoverySelector> childSelectors(TestDescriptor descriptor) {
        if (!(descriptor instanceof PhaseDescriptor phase)) {
            return Set.of();
        }
        Set<DiscoverySelector> children = new LinkedHashSet<>();
        phase.configurationIds().forEach(id -> children.add(DiscoverySelectors.selectUniqueId(id)));
        return children;
    }
}
