package dev.slsbench.cli;

import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.StairsPhase;
import dev.slsbench.plan.TrafficConfiguration;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.SlaVerdict;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The table {@code slsbench run} prints when a run ends: every configuration's status, calls,
 * outcomes and latency (with a ProvisionedConcurrency column when the run measures values other
 * than the default 0), the recommendation and its cost, SLA verdicts, warnings, and where the
 * results and the report are.
 */
final class RunSummary {

    private static final String ROW = "  %-16s %5s %4s %7s  %-17s %7s %7s %6s %6s %9s %9s %8s%n";
    private static final String ROW_WITH_PC = "  %-16s %5s %4s %3s %7s  %-17s %7s %7s %6s %6s %9s %9s %8s%n";

    private RunSummary() {
    }

    static void print(BenchmarkResult result, PrintWriter out) {
        out.println();
        out.println("Run " + result.runId() + " of model " + result.plan().modelName() + " took "
                + ConfigurationLabels.duration(Duration.between(result.startedAt(), result.finishedAt())) + ":");
        boolean provisioned = result.plan().measuresProvisionedConcurrency();
        row(out, provisioned, "configuration", "MB", "max", "PC", "clients", "status", "calls", "ok", "thr", "failed",
                "p50 ms", "p99 ms", "TPS");
        for (ConfigurationResult c : result.configurations()) {
            row(out, provisioned, c.configuration().id(), c.configuration().memoryMb(),
                    c.configuration().maxConcurrency(), c.configuration().provisionedConcurrency(),
                    clients(c.configuration()),
                    c.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), c.outcomes().issued(),
                    c.outcomes().ok(), c.outcomes().throttled(), c.outcomes().errors(),
                    c.latency().map(l -> fixed(l.medianMillis())).orElse("-"),
                    c.latency().map(l -> fixed(l.p99Millis())).orElse("-"),
                    c.tps().map(t -> fixed(t.mean())).orElse("-"));
            c.statusReason().ifPresent(reason -> out.println("      " + reason));
            c.traffic().ifPresent(traffic -> out.println("      knee: " + traffic.kneeSentence()));
        }
        result.recommendation().ifPresentOrElse(r -> {
            out.println("Recommended: " + r.memoryMb() + " MB"
                    + r.maxConcurrency().map(m -> ", MaxConcurrency " + m).orElse("")
                    + r.provisionedConcurrency().map(pc -> ", ProvisionedConcurrency " + pc).orElse("") + " ("
                    + r.strategy().name().toLowerCase(Locale.ROOT) + " strategy). " + r.reason());
            Optional<ConfigurationCost> recommended = result.costAnalysis().flatMap(a ->
                    a.forConfiguration(r.memoryMb(), r.provisionedConcurrency().orElse(result.plan().provisionedConcurrency())));
            recommended.ifPresent(cost -> out.println("Cost at " + r.memoryMb() + " MB"
                    + r.provisionedConcurrency().map(pc -> ", ProvisionedConcurrency " + pc).orElse("") + ": $"
                    + cost.usdPerMillionInvocations().setScale(4, java.math.RoundingMode.HALF_UP).toPlainString()
                    + " per million calls"
                    + result.costAnalysis().map(a -> " (" + a.region() + " prices, table " + a.priceTableVersion() + ", "
                            + a.priceSource() + a.effectiveDate().map(d -> ", effective " + d).orElse("") + ")")
                            .orElse("")));
            recommended.ifPresent(cost -> result.plan().monthlyInvocations().ifPresent(n ->
                    out.println("Cost per month at " + String.format(Locale.ROOT, "%,d", n) + " calls: $"
                            + cost.usdPerMonth(n).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                            + cost.provisionedConcurrencyUsdPerMonth().map(pc -> " (of which provisioned concurrency $"
                                    + pc.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + ")").orElse(""))));
        }, () -> out.println("No recommendation: no stability configuration had a successful call."));
        printVerdicts(result.slaVerdicts(), out);
        result.warnings().forEach(warning -> out.println("Warning: " + warning));
        ResultsLayout layout = new ResultsLayout(result.plan().outputDirectory());
        out.println("Results: " + layout.root() + "/");
        out.println("Report:  " + layout.reportHtml());
        out.flush();
    }

    private static void printVerdicts(List<SlaVerdict> verdicts, PrintWriter out) {
        if (verdicts.isEmpty()) {
            return;
        }
        List<SlaVerdict> failed = verdicts.stream().filter(v -> !v.passed()).toList();
        if (failed.isEmpty()) {
            out.println("SLA held: " + verdicts.size() + " of " + verdicts.size() + " checks passed.");
            return;
        }
        out.println("SLA failed: " + failed.size() + " of " + verdicts.size() + " checks:");
        failed.forEach(v -> out.println("  " + SlaCheck.describe(v)));
    }

    /** One line of the table; the ProvisionedConcurrency cell ({@code cells[3]}) only when the run measures it. */
    private static void row(PrintWriter out, boolean provisioned, Object... cells) {
        if (provisioned) {
            out.printf(Locale.ROOT, ROW_WITH_PC, cells);
        } else {
            Object[] withoutPc = new Object[cells.length - 1];
            System.arraycopy(cells, 0, withoutPc, 0, 3);
            System.arraycopy(cells, 4, withoutPc, 3, cells.length - 4);
            out.printf(Locale.ROOT, ROW, withoutPc);
        }
    }

    private static String clients(BenchmarkConfiguration configuration) {
        return switch (configuration) {
            case StabilityConfiguration s -> "1";
            case ConcurrencyConfiguration c -> Integer.toString(c.clients());
            case OpenLoopConfiguration o -> "open";
            case TrafficConfiguration t -> t.shape() instanceof StairsPhase s
                    ? "≤" + s.usersPerStep() * s.steps() : "ramp";
        };
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
