package dev.slsbench.junit.engine;

import dev.slsbench.junit.SlsbenchProperties;
import dev.slsbench.junit.engine.config.EngineSettings;
import dev.slsbench.junit.engine.descriptor.SlsbenchEngineDescriptor;
import dev.slsbench.junit.engine.discovery.BenchmarkDiscovery;
import dev.slsbench.junit.engine.execution.SlsbenchExecutionContext;
import org.apiguardian.api.API;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

import java.util.Optional;

/**
 * The {@code slsbench} JUnit Platform engine: discovers classes annotated
 * {@link dev.slsbench.junit.ServerlessBenchmark @ServerlessBenchmark}, runs each benchmark once
 * against SageMaker Serverless endpoints (the embedded emulator by default) and reports one test
 * per configuration whose verdict is the class's SLAs and checks. Registered through
 * {@code META-INF/services/org.junit.platform.engine.TestEngine}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SlsbenchTestEngine extends HierarchicalTestEngine<SlsbenchExecutionContext> {

    /** The engine id. */
    public static final String ENGINE_ID = "slsbench";

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.slsbench");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("slsbench-junit-engine");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        DiscoveryIssueReporter issues = DiscoveryIssueReporter.deduplicating(
                DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), uniqueId));
        EngineSettings settings = EngineSettings.from(request.getConfigurationParameters());
        SlsbenchEngineDescriptor engine = new SlsbenchEngineDescriptor(uniqueId, settings);
        BenchmarkDiscovery.resolve(request, engine, issues);
        if (!engine.getChildren().isEmpty()) {
            reportSettingsIssues(settings, issues);
        }
        return engine;
    }

    private static void reportSettingsIssues(EngineSettings settings, DiscoveryIssueReporter issues) {
        for (String problem : settings.problems()) {
            issues.reportIssue(DiscoveryIssue.create(DiscoveryIssue.Severity.ERROR,
                    "Invalid slsbench configuration parameter " + problem));
        }
        for (String key : settings.unknownKeys()) {
            issues.reportIssue(DiscoveryIssue.create(DiscoveryIssue.Severity.WARNING,
                    "Unknown slsbench configuration parameter '" + key + "' is ignored; the engine knows "
                            + String.join(", ", SlsbenchProperties.KEYS)));
        }
    }

    @Override
    protected SlsbenchExecutionContext createExecutionContext(ExecutionRequest request) {
        SlsbenchEngineDescriptor engine = (SlsbenchEngineDescriptor) request.getRootTestDescriptor();
        return new SlsbenchExecutionContext(request.getEngineExecutionListener(), engine.settings(),
                request.getCancellationToken());
    }
}
