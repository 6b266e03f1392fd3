package dev.slsbench.report;

import dev.slsbench.cost.BillingLatencySource;
import dev.slsbench.cost.BreakEven;
import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.cost.CostAnalysis;
import dev.slsbench.cost.SavingsTable;
import dev.slsbench.plan.Phase;
import dev.slsbench.recommend.CandidateAssessment;
import dev.slsbench.recommend.Recommendation;
import dev.slsbench.result.BenchmarkResult;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cost section: cost against latency per memory size, the cost table, the candidates the
 * recommendation weighed, the monthly savings table up to break-even, and monthly cost against
 * monthly volume for serverless and the comparable real-time instance.
 *
 * @param costed whether the run was priced
 * @param absentNote why not, when it was not
 * @param costVsLatency the scatter chart
 * @param costs one row per costed memory size
 * @param candidates the recommendation's candidates, or {@code null}
 * @param savings the savings table, or {@code null}
 * @param savingsNote what the savings table compares
 * @param monthly the monthly cost chart
 * @param pricesNote where the prices come from
 */
record CostView(boolean costed, String absentNote, Figure costVsLatency, Table costs, Table candidates, Table savings,
                String savingsNote, Figure monthly, String pricesNote) {

    static CostView of(BenchmarkResult result) {
        if (result.costAnalysis().isEmpty()) {
            return new CostView(false, "No cost analysis: " + (result.recommendation().isEmpty()
                    ? "no configuration completed with successful calls."
                    : "no prices for region " + result.environment().region() + "; the recommendation was made on"
                            + " latency alone. Supply a price table file with prices for it (--price-table)."),
                    null, null, null, null, null, null, null);
        }
        CostAnalysis analysis = result.costAnalysis().get();
        Optional<Recommendation> recommendation = result.recommendation();
        Optional<SavingsTable> savings = analysis.savings();
        return new CostView(true, null, costVsLatency(result, analysis), costs(result, analysis),
                recommendation.map(CostView::candidates).orElse(null),
                savings.map(CostView::savings).orElse(null), savings.map(CostView::savingsNote)
                .orElse("No comparable real-time instance is priced for the recommended memory size."),
                savings.map(s -> MonthlyCostChart.figure(s.breakEven())).orElse(null),
                "Prices: " + analysis.priceSource() + ", table " + analysis.priceTableVersion() + ", region "
                        + analysis.region() + analysis.effectiveDate().map(d -> ", effective " + d).orElse("")
                        + ". Billed latency is CloudWatch ModelLatency plus the mean OverheadLatency (the toolkit's"
                        + " rule), or the client-observed mean where CloudWatch had no ModelLatency."
                        + monthly(result, analysis));
    }

    private static Figure costVsLatency(BenchmarkResult result, CostAnalysis analysis) {
        int recommended = result.recommendation().map(Recommendation::memoryMb).orElse(-1);
        List<ScatterChart.LabelledPoint> others = new ArrayList<>();
        List<ScatterChart.LabelledPoint> chosen = new ArrayList<>();
        for (ConfigurationCost cost : analysis.configurations()) {
            Optional<IndexedConfiguration> c = IndexedConfiguration.find(result, "s" + cost.memoryMb())
                    .filter(i -> i.result().latency().isPresent());
            if (c.isEmpty()) {
                continue;
            }
            double mean = c.get().result().latency().get().meanMillis();
            double perMillion = cost.usdPerMillionInvocations().doubleValue();
            ScatterChart.LabelledPoint point = new ScatterChart.LabelledPoint(mean, perMillion, cost.memoryMb() + " MB: "
                    + Formats.usd(cost.usdPerMillionInvocations()) + ", " + Formats.millis(mean));
            (cost.memoryMb() == recommended ? chosen : others).add(point);
        }
        if (others.isEmpty() && chosen.isEmpty()) {
            return Figure.empty("No memory size has both a cost and successful calls to chart.");
        }
        List<ScatterChart.PointSeries> series = new ArrayList<>();
        if (!others.isEmpty()) {
            series.add(new ScatterChart.PointSeries("Memory sizes", Palette.color(0), 6, others));
        }
        if (!chosen.isEmpty()) {
            series.add(new ScatterChart.PointSeries("Recommended", Palette.HIGHLIGHT, 8, chosen));
        }
        String svg = ScatterChart.render("cost-vs-latency", "Cost per 1M invocations against mean latency",
                "One labelled point per memory size at its mean client-side latency and its cost per million calls.",
                Axis.numbers("Mean latency (ms)"), Axis.usd("Cost per 1M invocations (USD)"), series);
        return new Figure(svg, "Each memory size at its mean client-side latency (x) and cost per million invocations"
                + " (y); lower left is faster and cheaper.");
    }

    private static Table costs(BenchmarkResult result, CostAnalysis analysis) {
        List<Table.Row> rows = new ArrayList<>();
        int recommended = result.recommendation().map(Recommendation::memoryMb).orElse(-1);
        int recommendedProvisioned = result.recommendation().flatMap(Recommendation::provisionedConcurrency)
                .orElse(result.plan().provisionedConcurrency());
        List<ConfigurationCost> costs = analysis.configurations();
        for (int i = 0; i < costs.size(); i++) {
            ConfigurationCost cost = costs.get(i);
            String base = "/costAnalysis/configurations/" + i + "/";
            boolean isRecommended = cost.memoryMb() == recommended && cost.provisionedConcurrency() == recommendedProvisioned;
            rows.add(new Table.RowBuilder()
                    .add(Table.Cell.text(label(result, cost) + (isRecommended ? " (recommended)" : "")))
                    .add(Table.Cell.measured(Formats.millis(cost.billedLatency().millis()), base + "billedLatency/millis",
                            cost.billedLatency().millis()))
                    .add(Table.Cell.text(cost.billedLatency().source() == BillingLatencySource.CLOUDWATCH
                            ? "CloudWatch" : "client (no ModelLatency)"))
                    .add(Table.Cell.measured(Formats.usd(cost.computeUsdPerInvocation()), base + "computeUsdPerInvocation",
                            cost.computeUsdPerInvocation()))
                    .add(Table.Cell.measured(Formats.usd(cost.dataProcessingUsdPerInvocation()),
                            base + "dataProcessingUsdPerInvocation", cost.dataProcessingUsdPerInvocation()))
                    .add(Table.Cell.measured(Formats.usd(cost.usdPerInvocation()), base + "usdPerInvocation",
                            cost.usdPerInvocation()))
                    .add(Table.Cell.measured(Formats.usd(cost.usdPerMillionInvocations()), base + "usdPerMillionInvocations",
                            cost.usdPerMillionInvocations()))
                    .add(cost.provisionedConcurrencyUsdPerMonth()
                            .map(pc -> Table.Cell.measured(Formats.usd(pc), base + "provisionedConcurrencyUsdPerMonth", pc))
                            .orElseGet(() -> Table.Cell.none("no provisioned concurrency")))
                    .build(isRecommended ? "highlight" : null));
        }
        List<String> uncosted = IndexedConfiguration.of(result, Phase.STABILITY).stream()
                .filter(c -> result.cost(c.configuration()).isEmpty())
                .map(c -> c.label() + " (" + c.statusWord() + ")").toList();
        return new Table("cost-table", "Cost per invocation per memory size", List.of(Table.Header.text("Memory"),
                Table.Header.number("Billed latency"), Table.Header.text("Billed from"), Table.Header.number("Compute"),
                Table.Header.number("Data processing"), Table.Header.number("Per invocation"),
                Table.Header.number("Per 1M invocations"), Table.Header.number("Provisioned concurrency / month")),
                rows, uncosted.isEmpty() ? null : "Not costed: " + String.join(", ", uncosted) + ".");
    }

    private static Table candidates(Recommendation recommendation) {
        List<Table.Row> rows = new ArrayList<>();
        List<CandidateAssessment> candidates = recommendation.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            CandidateAssessment c = candidates.get(i);
            String base = "/recommendation/candidates/" + i + "/";
            rows.add(new Table.RowBuilder()
                    .add(Table.Cell.text(c.memoryMb() + " MB"))
                    .add(Table.Cell.measured(Formats.millis(c.meanLatencyMillis()), base + "meanLatencyMillis",
                            c.meanLatencyMillis()))
                    .add(Table.Cell.measured(Formats.usd(c.usdPerMillionInvocations()), base + "usdPerMillionInvocations",
                            c.usdPerMillionInvocations()))
                    .add(Table.Cell.measured(Formats.decimal(c.score()), base + "score", c.score())
                            .withHint(c.scoreUnit()))
                    .add(Table.Cell.text(c.verdict()))
                    .build(c.memoryMb() == recommendation.memoryMb() ? "highlight" : null));
        }
        String unit = candidates.isEmpty() ? "" : " (" + candidates.getFirst().scoreUnit() + ", lower is better)";
        return new Table("candidates", "Candidates weighed by the " + recommendation.strategy().name()
                .toLowerCase(Locale.ROOT) + " strategy", List.of(Table.Header.text("Memory"),
                Table.Header.number("Mean latency"), Table.Header.number("Per 1M invocations"),
                Table.Header.number("Score" + unit), Table.Header.text("Verdict")), rows, null);
    }

    private static Table savings(SavingsTable table) {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            SavingsTable.Row row = table.rows().get(i);
            String base = "/costAnalysis/savings/rows/" + i + "/";
            rows.add(new Table.RowBuilder()
                    .add(Table.Cell.measured(row.monthlyInvocations(), base + "monthlyInvocations"))
                    .add(Table.Cell.measured(Formats.usd(row.serverlessUsdPerMonth()), base + "serverlessUsdPerMonth",
                            row.serverlessUsdPerMonth()))
                    .add(Table.Cell.measured(Formats.usd(row.instanceUsdPerMonth()), base + "instanceUsdPerMonth",
                            row.instanceUsdPerMonth()))
                    .add(Table.Cell.measured(Formats.percent(row.percentSavings()), base + "percentSavings",
                            row.percentSavings()))
                    .build(null));
        }
        BreakEven b = table.breakEven();
        return new Table("savings-table", "Monthly cost at " + b.memoryMb() + " MB against " + b.instanceType()
                + ", up to break-even (" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"), List.of(Table.Header.number("Invocations / month"),
                Table.Header.number("Serverless / month"), Table.Header.number(b.instanceType() + " / month"),
                Table.Header.number("Savings")), rows, rows.isEmpty()
                ? "No rows: break-even is below the first step of " + Formats.count(table.stepInvocations()) + " calls."
                : null);
    }

    private static String savingsNote(SavingsTable table) {
        BreakEven b = table.breakEven();
        String instance = b.instanceType() + " (" + Formats.usd(b.instanceUsdPerMonth()) + " a month, 720 h)";
        return b.invocationsPerMonth()
                .map(n -> "Serverless at " + b.memoryMb() + " MB costs " + Formats.usd(b.usdPerInvocation())
                        + " per call" + (b.serverlessFixedUsdPerMonth().signum() > 0 ? " plus "
                        + Formats.usd(b.serverlessFixedUsdPerMonth()) + " a month" : "") + "; it is cheaper than "
                        + instance + " below " + Formats.count(n.setScale(0, RoundingMode.HALF_UP)
                        .longValueExact()) + " calls a month. Rows step by " + Formats.count(table.stepInvocations()) + ".")
                .orElse("Serverless at " + b.memoryMb() + " MB is never cheaper than " + instance + ".");
    }

    /** {@code 2048 MB}, or {@code 2048 MB · ProvisionedConcurrency 1} when the run measured several values. */
    private static String label(BenchmarkResult result, ConfigurationCost cost) {
        return cost.memoryMb() + " MB" + (result.plan().provisionedConcurrencyValues().size() < 2 ? ""
                : " · ProvisionedConcurrency " + cost.provisionedConcurrency());
    }

    /** The month at the user's traffic per configuration, provisioned concurrency included, when the plan gives it. */
    private static String monthly(BenchmarkResult result, CostAnalysis analysis) {
        return result.plan().monthlyInvocations().map(n -> " At " + String.format(java.util.Locale.ROOT, "%,d", n)
                + " calls per month: " + String.join("; ", analysis.configurations().stream()
                .map(c -> label(result, c) + " $" + c.usdPerMonth(n).setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString() + c.provisionedConcurrencyUsdPerMonth().map(pc -> " (provisioned concurrency $"
                        + pc.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + ")").orElse(""))
                .toList()) + ".").orElse("");
    }
}
