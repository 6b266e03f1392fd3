package dev.slsbench.report;

import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.SlaVerdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SLA verdicts of a run, one row per configuration judged: pass when every criterion held,
 * fail otherwise, and each criterion with its measured value and limit.
 */
final class SlaTable {

    private SlaTable() {
    }

    /** The verdict table, or {@code null} when the result carries no verdicts. */
    static Table of(BenchmarkResult result) {
        if (result.slaVerdicts().isEmpty()) {
            return null;
        }
        Map<String, List<SlaVerdict>> byConfiguration = new LinkedHashMap<>();
        result.configurations().forEach(c -> {
            List<SlaVerdict> verdicts = result.slaVerdicts(c.configuration().id());
            if (!verdicts.isEmpty()) {
                byConfiguration.put(c.configuration().id(), verdicts);
            }
        });
        result.slaVerdicts().forEach(v -> byConfiguration.computeIfAbsent(v.configurationId(),
                id -> result.slaVerdicts(id)));
        List<Table.Row> rows = new ArrayList<>();
        byConfiguration.forEach((id, verdicts) -> {
            boolean passed = verdicts.stream().allMatch(SlaVerdict::passed);
            String label = IndexedConfiguration.find(result, id).map(IndexedConfiguration::label).orElse(id);
            List<String> criteria = verdicts.stream().map(SlaTable::describe).toList();
            rows.add(new Table.RowBuilder()
                    .add(Table.Cell.text(label))
                    .add(Table.Cell.styled(passed ? "PASS" : "FAIL", passed ? "pass" : "fail"))
                    .add(Table.Cell.text(String.join("; ", criteria)))
                    .build(passed ? null : "degraded"));
        });
        return new Table("sla-verdicts", "Pass when every criterion held", List.of(Table.Header.text("Configuration"),
                Table.Header.text("Verdict"), Table.Header.text("Criteria (✓ held, ✗ failed)")), rows, null);
    }

    /**
     * One sentence for the top of the page: whether every configuration judged met its SLAs and,
     * if not, which did not; {@code null} when no SLAs were evaluated.
     */
    static String headline(BenchmarkResult result) {
        List<String> judged = result.slaVerdicts().stream().map(SlaVerdict::configurationId).distinct().toList();
        if (judged.isEmpty()) {
            return null;
        }
        List<String> failed = judged.stream()
                .filter(id -> result.slaVerdicts(id).stream().anyMatch(v -> !v.passed()))
                .map(id -> IndexedConfiguration.find(result, id).map(IndexedConfiguration::label).orElse(id))
                .toList();
        if (failed.isEmpty()) {
            return "SLAs held for all " + judged.size() + (judged.size() == 1 ? " configuration." : " configurations.");
        }
        String named = failed.size() <= 3 ? String.join("; ", failed)
                : String.join("; ", failed.subList(0, 3)) + " and " + (failed.size() - 3) + " more";
        return "SLAs failed for " + failed.size() + " of " + judged.size() + " configurations: " + named
                + " (details below).";
    }

    static String describe(SlaVerdict verdict) {
        String criterion = verdict.criterion();
        String comparison = criterion.startsWith("min") ? "≥" : "≤";
        String actual = verdict.actual().isPresent() ? format(criterion, verdict.actual().getAsDouble()) : "not measured";
        return (verdict.passed() ? "✓ " : "✗ ") + name(criterion) + " " + actual + " (limit " + comparison + " "
                + format(criterion, verdict.limit()) + ")";
    }

    private static String name(String criterion) {
        return switch (criterion) {
            case "p50Millis" -> "p50";
            case "p90Millis" -> "p90";
            case "p99Millis" -> "p99";
            case "maxColdStartMillis" -> "cold start";
            case "maxColdStartRate" -> "cold-start rate";
            case "maxThrottleRate" -> "throttle rate";
            case "maxErrorRate" -> "error rate";
            case "minTps" -> "TPS";
            case "maxCostPerMillionUsd" -> "cost per 1M";
            default -> criterion;
        };
    }

    private static String format(String criterion, double value) {
        if (criterion.endsWith("Millis")) {
            return Formats.millis(value);
        }
        if (criterion.endsWith("Rate")) {
            return Formats.percentOfFraction(value);
        }
        if (criterion.endsWith("Usd")) {
            return Formats.usd(value);
        }
        if (criterion.endsWith("Tps")) {
            return Formats.decimal(value) + " calls/s";
        }
        return Formats.decimal(value);
    }
}
