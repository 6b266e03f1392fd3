package dev.slsbench.report;

import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ColdStartSample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The forced cold starts of the cold-start phase, one row per memory size and
 * ProvisionedConcurrency: how many first calls started a container (CloudWatch reported a
 * ModelSetupTime for them), and the medians of the first call, of ModelSetupTime and of the
 * second, warm call, so that a cold start's cost and what ProvisionedConcurrency buys read side
 * by side. Empty when the phase did not run.
 */
final class ColdStartPhaseTable {

    private ColdStartPhaseTable() {
    }

    static List<Table> of(BenchmarkResult result) {
        if (result.coldStarts().isEmpty()) {
            return List.of();
        }
        Map<List<Integer>, List<ColdStartSample>> groups = result.coldStarts().stream().collect(Collectors.groupingBy(
                s -> List.of(s.memoryMb(), s.provisionedConcurrency()),
                () -> new TreeMap<>((a, b) -> a.get(0).equals(b.get(0)) ? Integer.compare(a.get(1), b.get(1))
                        : Integer.compare(a.get(0), b.get(0))),
                Collectors.toList()));
        List<Table.Row> rows = new ArrayList<>();
        groups.forEach((key, samples) -> {
            long cold = samples.stream().filter(s -> s.modelSetupTimeMillis().isPresent()).count();
            rows.add(new Table.RowBuilder()
                    .add(Table.Cell.text(key.get(0) + " MB"))
                    .add(Table.Cell.number(Integer.toString(key.get(1))))
                    .add(Table.Cell.number(Formats.count(samples.size())))
                    .add(Table.Cell.number(Formats.count(cold)))
                    .add(median(samples.stream().map(s -> Optional.of(s.firstCallLatencyMillis())).toList()))
                    .add(median(samples.stream().map(ColdStartSample::modelSetupTimeMillis).toList()))
                    .add(median(samples.stream().map(ColdStartSample::secondCallLatencyMillis).toList()))
                    .build(null));
        });
        return List.of(new Table("cold-start-phase", "Forced cold starts (cold-start phase)", List.of(
                Table.Header.text("Memory"), Table.Header.number("ProvisionedConcurrency"),
                Table.Header.number("Samples", "fresh endpoints, one first call each"),
                Table.Header.number("Containers started", "first calls with a ModelSetupTime in CloudWatch"),
                Table.Header.number("First call median", "client-side latency of the first call to a fresh endpoint"),
                Table.Header.number("Setup median", "CloudWatch ModelSetupTime of the first call"),
                Table.Header.number("Second call median", "client-side latency of the call right after it (warm)")),
                rows, "Each sample is a fresh endpoint; with ProvisionedConcurrency its first call is served by a"
                        + " provisioned container and starts none. Every sample is in cold_starts.csv and results.json"
                        + " (coldStarts)."));
    }

    private static Table.Cell median(List<Optional<Double>> values) {
        List<Double> present = values.stream().flatMap(Optional::stream).sorted().toList();
        if (present.isEmpty()) {
            return Table.Cell.none("no sample has this value");
        }
        int n = present.size();
        double median = n % 2 == 1 ? present.get(n / 2) : (present.get(n / 2 - 1) + present.get(n / 2)) / 2;
        return Table.Cell.number(Formats.millis(median));
    }
}
