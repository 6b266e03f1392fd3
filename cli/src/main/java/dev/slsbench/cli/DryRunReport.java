package dev.slsbench.cli;

import dev.slsbench.cost.CostModel;
import dev.slsbench.cost.PriceTable;
import dev.slsbench.cost.ProvisionedConcurrencyPriceCheck;
import dev.slsbench.cost.ProvisionedConcurrencyPrices;
import dev.slsbench.cost.RegionPrices;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.PayloadOrder;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.RampPhase;
import dev.slsbench.plan.StairsPhase;
import dev.slsbench.plan.TrafficConfiguration;
import dev.slsbench.plan.StabilityConfiguration;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code slsbench run --dry-run} prints: the endpoints a run would create, phase by phase,
 * how many calls each configuration makes, and what the run would roughly cost and take if every
 * call took {@code assumedLatency} and answered with as many bytes as it sent. Reads only the
 * plan, the payloads and the price table: nothing is contacted or created.
 */
final class DryRunReport {

    /** Assumed time from CreateEndpointConfig to InService on AWS (a few minutes in practice). */
    static final Duration AWS_DEPLOYMENT = Duration.ofMinutes(3);
    /** Assumed deployment time on a local emulator. */
    static final Duration LOCAL_DEPLOYMENT = Duration.ofSeconds(2);

    private final BenchmarkPlan plan;
    private final Payloads payloads;
    private final boolean weighted;
    private final Duration assumedLatency;
    private final boolean local;
    private final String region;
    private final Optional<RegionPrices> prices;
    private final String priceTableName;
    private final boolean runIdGiven;

    DryRunReport(BenchmarkPlan plan, Payloads payloads, PriceTable priceTable, Duration assumedLatency, boolean local,
                 String region, boolean runIdGiven) {
        this.runIdGiven = runIdGiven;
        this.plan = plan;
        this.payloads = plan.payloadOrder() == PayloadOrder.ONCE ? payloads.unweighted() : payloads;
        this.weighted = payloads.isWeighted();
        this.assumedLatency = assumedLatency;
        this.local = local;
        this.region = region;
        String pricedRegion = plan.priceRegion().orElse(region);
        this.prices = priceTable.hasRegion(pricedRegion) ? Optional.of(priceTable.region(pricedRegion)) : Optional.empty();
        this.priceTableName = "table " + priceTable.version() + ", effective " + priceTable.effectiveDate()
                + (pricedRegion.equals(region) ? "" : ", prices of " + pricedRegion + " BORROWED for " + region);
    }

    void print(PrintWriter out) {
        out.println("Dry run: nothing is created. A run" + (runIdGiven ? " " + plan.runId() : "") + " of model "
                + plan.modelName() + " with "
                + payloads.count() + " example request" + (payloads.count() == 1 ? "" : "s") + " (mean "
                + Math.round(payloads.meanBodyBytes()) + " bytes) would:");
        out.println(payloadOrder());
        Totals totals = phases(out);
        out.println("In all: " + totals.endpoints + " endpoints (and as many endpoint configs), "
                + totals.calls + " calls, about " + ConfigurationLabels.duration(totals.duration)
                + " (assuming " + ConfigurationLabels.duration(assumedLatency) + " per call and "
                + ConfigurationLabels.duration(local ? LOCAL_DEPLOYMENT : AWS_DEPLOYMENT) + " per deployment).");
        if (prices.isPresent()) {
            out.println("Estimated cost in " + region + ": " + usd(totals.usd) + (local ? " if run on AWS" : "")
                    + " (serverless compute at " + ConfigurationLabels.duration(assumedLatency)
                    + " per call, plus data processing; change the assumption with --assumed-latency; prices: "
                    + priceTableName + ").");
            ProvisionedConcurrencyPriceCheck.missingPrices(plan, prices.get(), region, priceTableName)
                    .ifPresent(warning -> out.println("Warning: " + warning + "."));
        } else {
            out.println("Cost not estimated: the price table (" + priceTableName + ") has no prices for region "
                    + region + "; the run would ask the AWS Price List API for them and, failing that, recommend on"
                    + " latency alone and still run the concurrency phase. Give prices with --price-table FILE.");
        }
        out.println("Results would go to " + (runIdGiven || !plan.outputDirectory().equals(
                BenchmarkPlan.DEFAULT_OUTPUT_ROOT.resolve(plan.runId())) ? plan.outputDirectory().toString()
                : BenchmarkPlan.DEFAULT_OUTPUT_ROOT.resolve("<run-id>").toString()) + "/");
        out.flush();
    }

    /** How long the run would take, as the report estimates it (with deployments and the assumed latency per call). */
    Duration estimatedDuration() {
        return phases(new PrintWriter(java.io.Writer.nullWriter())).duration;
    }

    private Totals phases(PrintWriter out) {
        Totals totals = new Totals();
        phase(out, "stability", plan.stabilityConfigurations(), totals);
        if (plan.includeConcurrency()) {
            int memoryMb = plan.concurrencyMemoryMb().orElse(plan.memorySizesMb().getLast());
            if (plan.concurrencyMemoryMb().isEmpty()) {
                out.println("  concurrency: at the recommended memory size, known after the stability phase"
                        + " (estimated here at the largest, " + memoryMb + " MB)");
            }
            phase(out, "concurrency", plan.concurrencyConfigurations(memoryMb), totals);
        }
        if (!plan.openLoopPhases().isEmpty()) {
            phase(out, "open-loop", plan.openLoopConfigurations(), totals);
        }
        if (!plan.trafficConfigurations().isEmpty()) {
            phase(out, "traffic", plan.trafficConfigurations(), totals);
        }
        return totals;
    }

    private void phase(PrintWriter out, String name, List<? extends BenchmarkConfiguration> configurations,
                       Totals totals) {
        if (configurations.isEmpty()) {
            return;
        }
        Map<String, Duration> busyByEndpoint = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        long calls = 0;
        BigDecimal usd = BigDecimal.ZERO;
        for (BenchmarkConfiguration c : configurations) {
            long n = calls(c);
            Duration busy = busyTime(c, n);
            String endpoint = endpointKey(c);
            busyByEndpoint.merge(endpoint, busy, Duration::plus);
            calls += n;
            usd = usd.add(cost(c, n, busy));
            lines.add("    " + ConfigurationLabels.describe(c) + ": " + n + " calls");
        }
        // configurations on one endpoint run one after another; endpoints run at once, except open-loop phases
        Duration phaseDuration = (local ? LOCAL_DEPLOYMENT : AWS_DEPLOYMENT).plus(
                name.equals("open-loop") || name.equals("traffic") ? busyByEndpoint.values().stream().reduce(Duration.ZERO, Duration::plus)
                        : busyByEndpoint.values().stream().max(Duration::compareTo).orElse(Duration.ZERO));
        out.println("  " + name + ": create " + busyByEndpoint.size() + " endpoint"
                + (busyByEndpoint.size() == 1 ? "" : "s") + ", " + calls + " calls, about "
                + ConfigurationLabels.duration(phaseDuration));
        lines.forEach(out::println);
        totals.endpoints += busyByEndpoint.size();
        totals.calls += calls;
        totals.duration = totals.duration.plus(phaseDuration);
        totals.usd = totals.usd.add(usd);
    }

    private String payloadOrder() {
        String weights = weighted ? ", each as often as its Weight says" : "";
        return switch (plan.payloadOrder()) {
            case ROUND_ROBIN -> "  examples in turn (payload order round-robin" + weights + ")";
            case RANDOM -> "  examples drawn at random (payload order random, seed " + plan.payloadSeed().orElseThrow()
                    + weights + ")";
            case ONCE -> "  each example exactly once per configuration, in file order (payload order once"
                    + (weighted ? ", weights aside" : "") + "): " + payloads.count()
                    + " calls per stability and concurrency configuration in place of their invocation counts;"
                    + " an open-loop phase stops when the examples are used up or its duration ends";
        };
    }

    private long calls(BenchmarkConfiguration c) {
        long once = payloads.count();
        boolean isOnce = plan.payloadOrder() == PayloadOrder.ONCE;
        return switch (c) {
            case StabilityConfiguration s -> isOnce ? once : plan.stabilityInvocations();
            case ConcurrencyConfiguration cc -> isOnce ? once : plan.concurrencyInvocations();
            case OpenLoopConfiguration o -> isOnce ? Math.min(once, Math.round(o.openLoopPhase().expectedArrivals()))
                    : Math.round(o.openLoopPhase().expectedArrivals());
            case TrafficConfiguration t -> switch (t.shape()) {
                // each user calls back to back: users × step time / the assumed latency, summed over the steps
                case StairsPhase s -> java.util.stream.IntStream.range(0, s.steps())
                        .mapToLong(step -> Math.round(s.offeredLoad(step) * s.stepDuration().toNanos()
                                / (double) assumedLatency.plus(plan.thinkTime()).toNanos())).sum();
                case RampPhase r -> Math.round(r.expectedArrivals());
            };
        };
    }

    private Duration busyTime(BenchmarkConfiguration c, long calls) {
        Duration perCall = assumedLatency.plus(c instanceof OpenLoopConfiguration ? Duration.ZERO : plan.thinkTime());
        return switch (c) {
            case StabilityConfiguration s -> perCall.multipliedBy(calls).plus(plan.coldStartDelay());
            case ConcurrencyConfiguration cc ->
                    perCall.multipliedBy(calls).dividedBy(Math.min(cc.clients(), cc.maxConcurrency()));
            case OpenLoopConfiguration o -> o.openLoopPhase().duration().plus(plan.coldStartDelay());
            case TrafficConfiguration t -> t.shape().totalDuration().plus(plan.coldStartDelay());
        };
    }

    private static String endpointKey(BenchmarkConfiguration c) {
        return c.memoryMb() + "/" + c.maxConcurrency() + "/" + c.provisionedConcurrency()
                + (c instanceof OpenLoopConfiguration o ? "/" + o.index()
                : c instanceof TrafficConfiguration t ? "/t" + t.index() : "");
    }

    private BigDecimal cost(BenchmarkConfiguration c, long calls, Duration busy) {
        if (prices.isEmpty()) {
            return BigDecimal.ZERO;
        }
        RegionPrices p = prices.get();
        BigDecimal seconds = BigDecimal.valueOf(assumedLatency.toNanos(), 9).multiply(BigDecimal.valueOf(calls));
        BigDecimal compute = p.computeUsdPerSecond(c.memoryMb()).multiply(seconds);
        BigDecimal bytes = BigDecimal.valueOf(payloads.meanBodyBytes() * 2).multiply(BigDecimal.valueOf(calls));
        BigDecimal data = bytes.divide(CostModel.BYTES_PER_GB, MathContext.DECIMAL64).multiply(p.dataProcessingUsdPerGb());
        BigDecimal provisioned = BigDecimal.ZERO;
        int units = c.provisionedConcurrency();
        Optional<BigDecimal> unitPrice = p.provisionedConcurrency().map(ProvisionedConcurrencyPrices::usdPerSecond)
                .map(byMemory -> byMemory.get(c.memoryMb()));
        if (units > 0 && unitPrice.isPresent()) {
            provisioned = unitPrice.get().multiply(BigDecimal.valueOf(units))
                    .multiply(BigDecimal.valueOf(busy.toMillis(), 3));
        }
        return compute.add(data).add(provisioned);
    }

    private static String usd(BigDecimal value) {
        if (value.compareTo(BigDecimal.valueOf(0.01)) < 0) {
            return String.format(Locale.ROOT, "$%.6f", value);
        }
        return String.format(Locale.ROOT, "$%.2f", value);
    }

    private static final class Totals {
        long endpoints;
        long calls;
        Duration duration = Duration.ZERO;
        BigDecimal usd = BigDecimal.ZERO;
    }
}
