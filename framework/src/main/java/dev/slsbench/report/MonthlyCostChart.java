package dev.slsbench.report;

import dev.slsbench.cost.BreakEven;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Monthly cost against monthly invocations for the recommended serverless configuration (a line
 * rising with volume from its fixed charge) and the comparable real-time instance (flat), with
 * the break-even point where they cross marked. The volume axis runs to 1.6 × break-even so both
 * sides of the crossing show; without a break-even it runs to a million calls.
 */
final class MonthlyCostChart {

    private static final double DEFAULT_MAX_INVOCATIONS = 1_000_000;

    private MonthlyCostChart() {
    }

    static Figure figure(BreakEven b) {
        double perCall = b.usdPerInvocation().doubleValue();
        double fixed = b.serverlessFixedUsdPerMonth().doubleValue();
        double instance = b.instanceUsdPerMonth().doubleValue();
        double maxX = b.invocationsPerMonth().map(n -> n.doubleValue() * 1.6).orElse(DEFAULT_MAX_INVOCATIONS);
        String serverlessName = "Serverless, " + b.memoryMb() + " MB";
        String instanceName = b.instanceType() + " instance";
        List<ChartSeries> series = List.of(
                new ChartSeries(serverlessName, Palette.color(0), new double[] {0, maxX},
                        new double[] {fixed, fixed + perCall * maxX}),
                new ChartSeries(instanceName, Palette.color(1), new double[] {0, maxX}, new double[] {instance, instance}));
        List<LineChart.Marker> markers = b.invocationsPerMonth()
                .map(n -> List.of(new LineChart.Marker("Break-even", n.doubleValue(), instance, "Break-even: "
                        + Formats.count(n.setScale(0, RoundingMode.HALF_UP).longValueExact()) + " calls at "
                        + Formats.usd(b.instanceUsdPerMonth()))))
                .orElse(List.of());
        String svg = LineChart.render("monthly-cost", "Monthly cost against monthly invocations",
                "Two lines: " + serverlessName + " rising with volume, and the flat monthly cost of one " + instanceName
                        + (markers.isEmpty() ? "; they do not cross." : "; the break-even point where they cross is marked."),
                Axis.compactCounts("Invocations per month"), Axis.usd("Cost per month (USD)"), series, markers, false);
        String caption = b.invocationsPerMonth()
                .map(n -> "Below the marked volume serverless is cheaper; above it one always-on " + b.instanceType()
                        + " is (" + Formats.usd(b.instanceUsdPerMonth()) + " a month, 720 h; serverless "
                        + Formats.usd(b.usdPerInvocation().multiply(BigDecimal.valueOf(1_000_000))) + " per 1M calls).")
                .orElse("Serverless never becomes cheaper than " + b.instanceType() + " at any volume charted.");
        return new Figure(svg, caption);
    }
}
