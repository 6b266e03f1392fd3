package dev.slsbench.report;

import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.Knee;
import dev.slsbench.result.TrafficResult;
import dev.slsbench.stats.LoadStep;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The traffic-shapes section: per stairs or ramp configuration, its knee in one sentence, how it
 * ended (a stopping condition names itself and the load it stopped at), a chart of latency
 * against offered load with the knee marked, a chart of successful and throttled calls per second
 * against offered load, and the table of its steps.
 *
 * @param ran whether the plan had traffic shapes
 * @param shapes one entry per traffic configuration, empty when the plan had none
 */
record TrafficView(boolean ran, List<Shape> shapes) {

    /**
     * One traffic configuration.
     *
     * @param heading its label
     * @param knee the knee sentence
     * @param ending how it ended
     * @param latency latency against load
     * @param throughput successful and throttled calls per second against load
     * @param steps the steps' table
     */
    record Shape(String heading, String knee, String ending, Figure latency, Figure throughput, Table steps) {
    }

    static TrafficView of(BenchmarkResult result) {
        List<Shape> shapes = new ArrayList<>();
        for (IndexedConfiguration c : IndexedConfiguration.of(result, Phase.TRAFFIC)) {
            String ending = c.statusText();
            if (c.result().traffic().isEmpty()) {
                shapes.add(new Shape(c.label(), "No steps were measured.", ending,
                        Figure.empty("Nothing to draw."), Figure.empty("Nothing to draw."), null));
                continue;
            }
            TrafficResult traffic = c.result().traffic().get();
            String id = c.configuration().id();
            String knee = traffic.kneeSentence();
            knee = Character.toUpperCase(knee.charAt(0)) + knee.substring(1) + ".";
            shapes.add(new Shape(c.label(), knee, ending, latency(id, traffic), throughput(id, traffic),
                    steps(c, traffic)));
        }
        return new TrafficView(!shapes.isEmpty(), shapes);
    }

    private static Figure latency(String id, TrafficResult traffic) {
        List<LoadStep> measured = traffic.steps().stream().filter(s -> s.p99Millis().isPresent()).toList();
        if (measured.isEmpty()) {
            return Figure.empty("No step had a successful call, so there is no latency to draw.");
        }
        double[] x = measured.stream().mapToDouble(LoadStep::offeredLoad).toArray();
        List<ChartSeries> series = List.of(
                new ChartSeries("p50", Palette.color(0), x,
                        measured.stream().mapToDouble(s -> s.p50Millis().getAsDouble()).toArray()),
                new ChartSeries("p99", Palette.color(1), x,
                        measured.stream().mapToDouble(s -> s.p99Millis().getAsDouble()).toArray()));
        List<LineChart.Marker> markers = traffic.knee().map(k -> List.of(new LineChart.Marker("knee", k.offeredLoad(),
                k.p99Millis(), "knee: " + Formats.decimal(k.callsPerSecond()) + " calls/s"))).orElse(List.of());
        String svg = LineChart.render("traffic-latency-" + id, "Latency against load",
                "p50 and p99 latency of each step's successful calls against the load offered in the step",
                Axis.numbers("Offered load (" + traffic.loadUnit() + ")"), Axis.numbers("Latency (ms)"), series,
                markers, true);
        String limit = traffic.knee().flatMap(k -> k.p99LimitMillis().isPresent()
                ? java.util.Optional.of(k.p99LimitMillis().getAsDouble()) : java.util.Optional.empty())
                .map(l -> " Steps count toward the knee while their p99 stays under " + Formats.millis(l) + ".")
                .orElse("");
        return new Figure(svg, "Each point is one step; a call counts in the step it started in." + limit);
    }

    private static Figure throughput(String id, TrafficResult traffic) {
        double[] x = traffic.steps().stream().mapToDouble(LoadStep::offeredLoad).toArray();
        List<ChartSeries> series = List.of(
                new ChartSeries("successful calls/s", Palette.color(2), x,
                        traffic.steps().stream().mapToDouble(LoadStep::throughputPerSecond).toArray()),
                new ChartSeries("throttled calls/s", Palette.HIGHLIGHT, x, traffic.steps().stream()
                        .mapToDouble(s -> s.spanSeconds() <= 0 ? 0 : s.outcomes().throttled() / s.spanSeconds())
                        .toArray()));
        String svg = LineChart.render("traffic-throughput-" + id, "Throughput and throttles against load",
                "Successful and throttled calls per second of each step against the load offered in the step",
                Axis.numbers("Offered load (" + traffic.loadUnit() + ")"), Axis.numbers("Calls per second"), series,
                List.of(), true);
        return new Figure(svg, "Where the throttled line leaves zero, the endpoint's MaxConcurrency is reached.");
    }

    private static Table steps(IndexedConfiguration c, TrafficResult traffic) {
        List<Table.Row> rows = new ArrayList<>();
        int kneeStep = traffic.knee().map(Knee::stepIndex).orElse(-1);
        for (int i = 0; i < traffic.steps().size(); i++) {
            LoadStep s = traffic.steps().get(i);
            String at = "traffic/steps/" + i + "/";
            rows.add(new Table.RowBuilder()
                    .add(Table.Cell.measured(s.index() + 1, c.pointer(at + "index")).withHint("step " + (s.index() + 1)))
                    .add(Table.Cell.measured(load(s.offeredLoad()), c.pointer(at + "offeredLoad"),
                            s.offeredLoad()))
                    .add(Table.Cell.measured(s.outcomes().issued(), c.pointer(at + "outcomes")))
                    .add(Table.Cell.measured(s.outcomes().throttled(), c.pointer(at + "outcomes/throttled")))
                    .add(Table.Cell.number(Formats.count(s.outcomes().errors())))
                    .add(Table.Cell.number(Formats.decimal(s.throughputPerSecond())))
                    .add(millis(s.p50Millis(), c.pointer(at + "p50Millis")))
                    .add(millis(s.p99Millis(), c.pointer(at + "p99Millis")))
                    .add(Table.Cell.measured(s.coldCalls(), c.pointer(at + "coldCalls")))
                    .build(s.index() == kneeStep ? "highlight" : null));
        }
        return new Table("traffic-steps-" + c.configuration().id(), "Steps of " + c.label(), List.of(
                Table.Header.text("Step"), Table.Header.number("Offered (" + traffic.loadUnit() + ")"),
                Table.Header.number("Calls"), Table.Header.number("Throttled"), Table.Header.number("Errors"),
                Table.Header.number("TPS"), Table.Header.number("p50"), Table.Header.number("p99"),
                Table.Header.number("Cold", "calls judged cold, left out of the percentiles unless cold starts are"
                        + " included in latency")), rows,
                "The highlighted step is the knee: the last of the steps, from the first, that each ran without a"
                        + " throttle or an error and with p99 under the limit.");
    }

    /** Users as whole numbers, rates to three significant digits. */
    private static String load(double value) {
        return value == Math.rint(value) ? Formats.exact(value) : Formats.decimal(value);
    }

    private static Table.Cell millis(OptionalDouble value, String pointer) {
        return value.isPresent() ? Table.Cell.measured(Formats.millis(value.getAsDouble()), pointer, value.getAsDouble())
                : Table.Cell.none("no call of the step succeeded");
    }
}
