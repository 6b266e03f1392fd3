package dev.slsbench.report;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.Phase;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A configuration's result with its position in {@link BenchmarkResult#configurations()}, which
 * is its index in results.json, so cells can name the JSON Pointer of what they show.
 *
 * @param index position in the result's configuration list
 * @param result the configuration's result
 */
record IndexedConfiguration(int index, ConfigurationResult result) {

    /** The configurations of {@code phase}, in planned order. */
    static List<IndexedConfiguration> of(BenchmarkResult result, Phase phase) {
        List<IndexedConfiguration> indexed = new ArrayList<>();
        List<ConfigurationResult> all = result.configurations();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).configuration().phase() == phase) {
                indexed.add(new IndexedConfiguration(i, all.get(i)));
            }
        }
        return indexed;
    }

    /** The configuration with {@code id}, if the run has it. */
    static Optional<IndexedConfiguration> find(BenchmarkResult result, String id) {
        List<ConfigurationResult> all = result.configurations();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).configuration().id().equals(id)) {
                return Optional.of(new IndexedConfiguration(i, all.get(i)));
            }
        }
        return Optional.empty();
    }

    /** The JSON Pointer of {@code path} (e.g. {@code latency/medianMillis}) within this configuration. */
    String pointer(String path) {
        return "/configurations/" + index + "/" + path;
    }

    /** The configuration planned. */
    BenchmarkConfiguration configuration() {
        return result.configuration();
    }

    /**
     * A short human name: {@code 2048 MB}, {@code 2048 MB · MaxConcurrency 4 · 8 clients},
     * {@code 2048 MB · ProvisionedConcurrency 1}.
     */
    String label() {
        return label(result.configuration());
    }

    /** A short human name for {@code configuration}. */
    static String label(BenchmarkConfiguration configuration) {
        return switch (configuration) {
            case StabilityConfiguration s -> s.memoryMb() + " MB" + provisioned(s.provisionedConcurrency());
            case ConcurrencyConfiguration c -> c.memoryMb() + " MB · MaxConcurrency " + c.maxConcurrency()
                    + provisioned(c.provisionedConcurrency()) + " · "
                    + c.clients() + (c.clients() == 1 ? " client" : " clients");
            case OpenLoopConfiguration o -> o.memoryMb() + " MB · MaxConcurrency " + o.maxConcurrency()
                    + provisioned(o.provisionedConcurrency()) + " · "
                    + Formats.exact(o.openLoopPhase().arrivalsPerSecond()) + " calls/s for "
                    + Formats.duration(o.openLoopPhase().duration());
            case dev.slsbench.plan.TrafficConfiguration t -> t.memoryMb() + " MB · MaxConcurrency " + t.maxConcurrency()
                    + provisioned(t.provisionedConcurrency()) + " · " + dev.slsbench.plan.ConfigurationLabel.traffic(t.shape());
        };
    }

    private static String provisioned(int provisionedConcurrency) {
        return provisionedConcurrency == 0 ? "" : " · ProvisionedConcurrency " + provisionedConcurrency;
    }

    /**
     * How the configuration ended, in words: {@code completed}, {@code deployment failed: …}; a
     * reason that already starts with the status phrase is not prefixed twice.
     */
    String statusText() {
        String phrase = switch (result.status()) {
            case COMPLETED -> "completed";
            case ABANDONED -> "abandoned at the error threshold";
            case STOPPED -> "stopped";
            case DEPLOYMENT_FAILED -> "deployment failed";
            case INTERRUPTED -> "interrupted";
        };
        String reason = result.statusReason().orElse("");
        if (reason.isBlank()) {
            return phrase;
        }
        return reason.toLowerCase(Locale.ROOT).startsWith(phrase) ? reason : phrase + ": " + reason;
    }

    /** A short status word for tables: {@code completed}, {@code abandoned}, {@code not deployed}. */
    String statusWord() {
        return switch (result.status()) {
            case COMPLETED -> "completed";
            case ABANDONED -> "abandoned";
            case STOPPED -> "stopped";
            case DEPLOYMENT_FAILED -> "not deployed";
            case INTERRUPTED -> "interrupted";
        };
    }
}
