package dev.slsbench.junit.engine;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the slsbench engine through {@link EngineTestKit}, as the launcher would. */
abstract class AbstractSlsbenchEngineTests {

    static final UniqueId ENGINE_ID = UniqueId.forEngine(SlsbenchTestEngine.ENGINE_ID);

    static EngineTestKit.Builder slsbench(DiscoverySelector... selectors) {
        return EngineTestKit.engine(SlsbenchTestEngine.ENGINE_ID).selectors(selectors);
    }

    static EngineDiscoveryResults discover(DiscoverySelector... selectors) {
        return slsbench(selectors).discover();
    }

    static EngineDiscoveryResults discover(Map<String, String> parameters, DiscoverySelector... selectors) {
        return slsbench(selectors).configurationParameters(parameters).discover();
    }

    /** The tree below {@code root} as indented display names, one line per descriptor. */
    static List<String> tree(TestDescriptor root) {
        List<String> lines = new ArrayList<>();
        for (TestDescriptor child : root.getChildren()) {
            append(child, 0, lines);
        }
        return lines;
    }

    private static void append(TestDescriptor descriptor, int depth, List<String> lines) {
        lines.add("  ".repeat(depth) + descriptor.getDisplayName());
        for (TestDescriptor child : descriptor.getChildren()) {
            append(child, depth + 1, lines);
        }
    }

    static UniqueId classId(Class<?> testClass) {
        return ENGINE_ID.append("class", testClass.getName());
    }
}
