package dev.slsbench.report;

import dev.slsbench.cost.BreakEven;
import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.cost.CostAnalysis;
import dev.slsbench.cost.SavingsTable;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.Phase;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.recommend.Recommendation;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.stats.LatencySummary;

import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The first screen: the recommendation in eight figures (memory size, MaxConcurrency, cost per
 * 1M invocations, p50 and p99 latency, throttle rate, savings against the comparable real-time
 * instance, break-even volume), what went wrong, and the SLA verdicts.
 *
 * @param runLine what ran where and when
 * @param configurationLine how many configurations ended how
 * @param cards the headline figures
 * @param reason why the recommendation was made, or why there is none
 * @param knees one sentence per stairs or ramp configuration: the load it held (its knee)
 * @param problems one sentence per configuration that did not complete
 * @param slaHeadline whether the SLAs held, in one sentence, or {@code null} when none were evaluated
 * @param slasHeld whether every SLA held
 * @param slas the SLA verdicts, or {@code null} when none were evaluated
 * @param warnings the run's warnings
 */
record SummaryView(String runLine, String configurationLine, List<Card> cards, String reason, List<String> knees,
                   List<String> problems,
                   String slaHeadline, boolean slasHeld, Table slas, List<String> warnings) {

    /** Whether any configuration did not complete. */
    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether the run has warnings. */
    boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    static SummaryView of(BenchmarkResult result) {
        Optional<Recommendation> recommendation = result.recommendation();
        List<Card> cards = new ArrayList<>();
        String reason;
        if (recommendation.isPresent()) {
            Recommendation r = recommendation.get();
            reason = r.reason();
            cards.add(Card.measured("Memory size", r.memoryMb() + " MB", "recommended, " + r.strategy().name()
                    .toLowerCase(Locale.ROOT) + " strategy", "/recommendation/memoryMb",
                    Integer.toString(r.memoryMb())));
            cards.add(r.maxConcurrency().map(m -> Card.measured("MaxConcurrency", Integer.toString(m), "recommended",
                    "/recommendation/maxConcurrency", Integer.toString(m)))
                    .orElseGet(() -> Card.missing("MaxConcurrency", result.plan().includeConcurrency()
                            ? "not determined by the concurrency benchmark" : "concurrency benchmark not run")));
            int provisioned = r.provisionedConcurrency().orElse(result.plan().provisionedConcurrency());
            r.provisionedConcurrency().ifPresent(pc -> cards.add(Card.measured("ProvisionedConcurrency",
                    Integer.toString(pc), "recommended, of " + result.plan().provisionedConcurrencyValues().stream()
                            .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + " measured",
                    "/recommendation/provisionedConcurrency", Integer.toString(pc))));
            cards.add(costCard(result, r.memoryMb(), provisioned));
            addLatencyCards(result, new StabilityConfiguration(r.memoryMb(), provisioned).id(),
                    r.memoryMb() + " MB" + (provisioned == 0 ? "" : " with ProvisionedConcurrency " + provisioned), cards);
            addThrottleCards(result, r, cards);
            addSavingsCards(result.costAnalysis(), cards);
        } else {
            reason = "No recommendation: no stability configuration completed with successful calls.";
            cards.add(Card.missing("Memory size", "no configuration succeeded"));
            cards.add(Card.missing("MaxConcurrency", "no configuration succeeded"));
        }
        return new SummaryView(runLine(result), configurationLine(result), cards, reason, knees(result), problems(result),
                SlaTable.headline(result), result.slaVerdicts().stream().allMatch(SlaVerdict::passed),
                SlaTable.of(result), result.warnings());
    }

    private static Card costCard(BenchmarkResult result, int memoryMb, int provisioned) {
        Optional<CostAnalysis> analysis = result.costAnalysis();
        if (analysis.isEmpty()) {
            return Card.missing("Cost per 1M invocations", "not priced (region " + result.environment().region() + ")");
        }
        List<ConfigurationCost> costs = analysis.get().configurations();
        for (int i = 0; i < costs.size(); i++) {
            ConfigurationCost cost = costs.get(i);
            if (cost.memoryMb() == memoryMb && cost.provisionedConcurrency() == provisioned) {
                return Card.measured("Cost per 1M invocations", Formats.usd(cost.usdPerMillionInvocations()),
                        "at " + memoryMb + " MB, billed " + Formats.millis(cost.billedLatency().millis()) + " per call",
                        "/costAnalysis/configurations/" + i + "/usdPerMillionInvocations",
                        cost.usdPerMillionInvocations().toPlainString());
            }
        }
        return Card.missing("Cost per 1M invocations", memoryMb + " MB was not costed");
    }

    private static void addLatencyCards(BenchmarkResult result, String stabilityId, String at, List<Card> cards) {
        Optional<IndexedConfiguration> stability = IndexedConfiguration.find(result, stabilityId)
                .filter(c -> c.result().latency().isPresent());
        if (stability.isEmpty()) {
            cards.add(Card.missing("Median latency (p50)", "no stability calls at " + at));
            cards.add(Card.missing("p99 latency", "no stability calls at " + at));
            cards.add(Card.missing("Cold start (median)", "no stability calls at " + at));
            return;
        }
        IndexedConfiguration c = stability.get();
        LatencySummary latency = c.result().latency().orElseThrow();
        String detail = at + ", " + Formats.count(latency.count()) + " sequential "
                + (result.plan().includeColdStartsInLatency() ? "calls, cold starts included" : "warm calls");
        cards.add(Card.measured("Median latency (p50)", Formats.millis(latency.medianMillis()), detail,
                c.pointer("latency/medianMillis"), Double.toString(latency.medianMillis())));
        cards.add(Card.measured("p99 latency", Formats.millis(latency.p99Millis()), detail,
                c.pointer("latency/p99Millis"), Double.toString(latency.p99Millis())));
        ColdStartSummary cold = c.result().coldStarts();
        cards.add(cold.medianColdLatencyMillis().isPresent()
                ? Card.measured("Cold start (median)", Formats.millis(cold.medianColdLatencyMillis().getAsDouble()),
                        at + ", " + Formats.count(cold.coldCalls()) + " cold of "
                                + Formats.count(c.result().outcomes().issued()) + " calls",
                        c.pointer("coldStarts/medianColdLatencyMillis"),
                        Double.toString(cold.medianColdLatencyMillis().getAsDouble()))
                : Card.missing("Cold start (median)", "no cold start was measured at " + at));
    }

    /**
     * The throttle rate at the recommended size and MaxConcurrency with no more clients than
     * MaxConcurrency (throttles there are a problem, shown red), and apart from it the overload
     * rate of the configurations that send more clients than MaxConcurrency, where throttling is
     * what they are meant to show.
     */
    private static void addThrottleCards(BenchmarkResult result, Recommendation r, List<Card> cards) {
        List<IndexedConfiguration> concurrency = IndexedConfiguration.of(result, Phase.CONCURRENCY).stream()
                .filter(c -> c.configuration().memoryMb() == r.memoryMb())
                .filter(c -> c.configuration().provisionedConcurrency()
                        == r.provisionedConcurrency().orElse(result.plan().provisionedConcurrency()))
                .filter(c -> r.maxConcurrency().map(m -> c.configuration().maxConcurrency() == m).orElse(true))
                .toList();
        List<IndexedConfiguration> withinLimit = concurrency.stream().filter(c -> !overloads(c)).toList();
        List<IndexedConfiguration> overload = concurrency.stream().filter(SummaryView::overloads).toList();
        String where = r.maxConcurrency().map(m -> "at MaxConcurrency " + m).orElse("in the concurrency benchmark");
        if (!withinLimit.isEmpty()) {
            cards.add(throttleCard("Throttle rate", withinLimit, where + ", clients ≤ MaxConcurrency", true));
        } else if (concurrency.isEmpty()) {
            cards.add(throttleCard("Throttle rate", IndexedConfiguration.find(result, new StabilityConfiguration(
                    r.memoryMb(), r.provisionedConcurrency().orElse(result.plan().provisionedConcurrency())).id())
                    .stream().toList(),
                    "in the stability benchmark", true));
        } else {
            cards.add(Card.missing("Throttle rate", "no configuration " + where + " with clients ≤ MaxConcurrency"));
        }
        if (!overload.isEmpty()) {
            cards.add(throttleCard("Overload throttle rate", overload, where + ", clients > MaxConcurrency", false));
        }
    }

    private static boolean overloads(IndexedConfiguration c) {
        return c.configuration() instanceof ConcurrencyConfiguration cc && cc.clients() > cc.maxConcurrency();
    }

    private static Card throttleCard(String label, List<IndexedConfiguration> configurations, String scope,
                                     boolean throttlesAreBad) {
        long throttled = configurations.stream().mapToLong(c -> c.result().outcomes().throttled()).sum();
        long issued = configurations.stream().mapToLong(c -> c.result().outcomes().issued()).sum();
        if (issued == 0) {
            return Card.missing(label, "no calls " + scope);
        }
        Card card = Card.derived(label, Formats.percentOfFraction((double) throttled / issued),
                scope + ": " + Formats.count(throttled) + " of " + Formats.count(issued) + " calls");
        return throttlesAreBad && throttled > 0 ? new Card(card.label(), card.value(), card.detail(), null, null, "bad")
                : card;
    }

    private static void addSavingsCards(Optional<CostAnalysis> analysis, List<Card> cards) {
        Optional<SavingsTable> savings = analysis.flatMap(CostAnalysis::savings);
        if (savings.isEmpty()) {
            cards.add(Card.missing("Savings", "no comparable real-time instance priced"));
            cards.add(Card.missing("Break-even", "no comparable real-time instance priced"));
            return;
        }
        BreakEven breakEven = savings.get().breakEven();
        String instance = breakEven.instanceType() + " (" + Formats.usd(breakEven.instanceUsdPerMonth()) + "/month)";
        if (!savings.get().rows().isEmpty()) {
            SavingsTable.Row first = savings.get().rows().getFirst();
            cards.add(Card.measured("Savings vs " + breakEven.instanceType(), Formats.percent(first.percentSavings()),
                    "at " + Formats.count(first.monthlyInvocations()) + " calls/month: "
                            + Formats.usd(first.serverlessUsdPerMonth()) + " vs " + Formats.usd(first.instanceUsdPerMonth()),
                    "/costAnalysis/savings/rows/0/percentSavings", first.percentSavings().toPlainString()));
        } else {
            cards.add(Card.derived("Savings vs " + breakEven.instanceType(), Formats.NONE,
                    breakEven.invocationsPerMonth().isPresent() ? "break-even is below one table step"
                            : "serverless is never cheaper than " + instance));
        }
        cards.add(breakEven.invocationsPerMonth().map(n -> Card.measured("Break-even, calls/month",
                        Formats.count(n.setScale(0, RoundingMode.HALF_UP).longValueExact()),
                        "above this volume " + instance + " is cheaper", "/costAnalysis/savings/breakEven/invocationsPerMonth",
                        n.toPlainString()))
                .orElseGet(() -> Card.missing("Break-even", "none: serverless is never cheaper than " + instance)));
    }

    private static String runLine(BenchmarkResult result) {
        return "Run " + result.runId() + " of model " + result.plan().modelName() + " against "
                + RunTarget.describe(result.environment()) + ", started " + Formats.timestamp(result.startedAt())
                + ", took " + Formats.duration(Duration.between(result.startedAt(), result.finishedAt())) + ".";
    }

    private static String configurationLine(BenchmarkResult result) {
        Map<ConfigurationStatus, Integer> counts = new EnumMap<>(ConfigurationStatus.class);
        result.configurations().forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(n + " " + switch (status) {
            case COMPLETED -> "completed";
            case ABANDONED -> "abandoned at the error threshold";
            case STOPPED -> "stopped by a stopping condition";
            case DEPLOYMENT_FAILED -> "failed to deploy";
            case INTERRUPTED -> "interrupted";
        }));
        int total = result.configurations().size();
        return total + (total == 1 ? " configuration" : " configurations") + (parts.isEmpty() ? "." : ": "
                + String.join(", ", parts) + ".");
    }

    private static List<String> knees(BenchmarkResult result) {
        return IndexedConfiguration.of(result, Phase.TRAFFIC).stream().filter(c -> c.result().traffic().isPresent())
                .map(c -> c.label() + ": " + c.result().traffic().get().kneeSentence() + ".").toList();
    }

    private static List<String> problems(BenchmarkResult result) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < result.configurations().size(); i++) {
            IndexedConfiguration c = new IndexedConfiguration(i, result.configurations().get(i));
            if (c.result().status() != ConfigurationStatus.COMPLETED) {
                String phase = c.configuration().phase().name().toLowerCase(Locale.ROOT).replace('_', '-');
                String status = c.statusText();
                problems.add(c.label() + " (" + phase + "): " + status + (status.endsWith(".") ? "" : "."));
            }
        }
        return problems;
    }
}
