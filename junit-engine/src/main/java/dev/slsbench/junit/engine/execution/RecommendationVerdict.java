package dev.slsbench.junit.engine.execution;

import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.recommend.Recommendation;
import dev.slsbench.result.BenchmarkResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Judges the {@code cost & recommendation} test: publishes each costed memory size's price per
 * 1M calls and the recommendation with its reason; fails when nothing could be recommended.
 */
public final class RecommendationVerdict {

    private RecommendationVerdict() {
    }

    /** Publishes the run's cost and recommendation; throws when there is no recommendation. */
    public static void judge(BenchmarkResult result, Consumer<ReportEntry> publish) {
        Map<String, String> entry = new LinkedHashMap<>();
        result.costAnalysis().ifPresent(cost -> {
            entry.put("region", cost.region());
            entry.put("priceTable", cost.priceTableVersion());
            entry.put("priceSource", cost.priceSource());
            for (ConfigurationCost configuration : cost.configurations()) {
                entry.put("usdPerMillion." + configuration.memoryMb() + "MB", configuration.usdPerMillionInvocations()
                        .setScale(4, java.math.RoundingMode.HALF_UP).toPlainString());
            }
        });
        result.recommendation().ifPresent(recommendation -> {
            entry.put("recommendedMemoryMb", Integer.toString(recommendation.memoryMb()));
            recommendation.maxConcurrency().ifPresent(m -> entry.put("recommendedMaxConcurrency", Integer.toString(m)));
            entry.put("strategy", recommendation.strategy().name());
            entry.put("reason", recommendation.reason());
        });
        if (!entry.isEmpty()) {
            publish.accept(ReportEntry.from(entry));
        }
        if (result.recommendation().isEmpty()) {
            throw new AssertionFailedError("no memory size could be recommended"
                    + (result.warnings().isEmpty() ? "" : ": " + String.join("; ", result.warnings())));
        }
        Recommendation recommendation = result.recommendation().get();
        System.out.println("slsbench: " + result.plan().modelName() + " recommended at " + recommendation.memoryMb()
                + " MB: " + recommendation.reason());
    }
}
