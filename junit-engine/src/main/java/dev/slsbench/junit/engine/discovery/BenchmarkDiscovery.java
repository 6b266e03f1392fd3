package dev.slsbench.junit.engine.discovery;

import dev.slsbench.junit.engine.descriptor.SlsbenchEngineDescriptor;
import dev.slsbench.junit.engine.model.BenchmarkClassReader;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/**
 * The engine's discovery: the platform's {@link EngineDiscoveryRequestResolver} with a
 * class-container resolver (package, class-path-root and module selectors, honouring class
 * name filters), {@link BenchmarkClassResolver}, {@link BenchmarkChildResolver} and
 * {@link VerifyMethodResolver}.
 */
public final class BenchmarkDiscovery {

    private static final EngineDiscoveryRequestResolver<SlsbenchEngineDescriptor> RESOLVER =
            EngineDiscoveryRequestResolver.<SlsbenchEngineDescriptor>builder()
                    .addClassContainerSelectorResolver(BenchmarkClassReader::isBenchmarkClass)
                    .addSelectorResolver(ctx -> new BenchmarkClassResolver(ctx.getClassNameFilter(),
                            new BenchmarkClassReader(ctx.getEngineDescriptor().settings()), ctx.getIssueReporter()))
                    .addSelectorResolver(new BenchmarkChildResolver())
                    .addSelectorResolver(ctx -> new VerifyMethodResolver(ctx.getEngineDescriptor().getUniqueId()))
                    .build();

    private BenchmarkDiscovery() {
    }

    /** Resolves the request's selectors into children of {@code engineDescriptor}. */
    public static void resolve(EngineDiscoveryRequest request, SlsbenchEngineDescriptor engineDescriptor,
                               DiscoveryIssueReporter issueReporter) {
        RESOLVER.resolve(request, engineDescriptor, issueReporter);
    }
}
