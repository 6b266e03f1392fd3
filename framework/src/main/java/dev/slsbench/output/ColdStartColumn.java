package dev.slsbench.output;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.Phase;
import dev.slsbench.record.InvocationRecord;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills the {@code cold_start} column of a phase's raw CSV once the calls have been judged: a
 * streaming rewrite (one row in memory at a time), so the file may be as large as the phase was
 * long. A row is told apart by its configuration's columns (memory size and, for the concurrency
 * and open-loop phases, MaxConcurrency and clients or arrival rate) and, for a cold call, by the
 * row's own cells, which the call's record reproduces exactly (times to the nanosecond). Warm-up
 * calls and failed calls are left unknown.
 */
public final class ColdStartColumn {

    /**
     * The verdict on one configuration's calls.
     *
     * @param configuration the configuration
     * @param coldCalls the calls judged cold
     * @param othersWarm whether its other successful calls are known warm (0) rather than unknown (empty)
     */
    public record Marks(BenchmarkConfiguration configuration, List<InvocationRecord> coldCalls, boolean othersWarm) {
        public Marks {
            coldCalls = List.copyOf(coldCalls);
        }
    }

    private ColdStartColumn() {
    }

    /** Rewrites {@code file}, a raw CSV of {@code phase} whose rows end with an empty {@code cold_start}. */
    public static void fill(Path file, Phase phase, List<Marks> marks) throws IOException {
        Map<String, Boolean> othersWarmByConfiguration = new HashMap<>();
        Set<String> coldRows = new HashSet<>();
        for (Marks m : marks) {
            othersWarmByConfiguration.put(identity(phase, m.configuration()), m.othersWarm());
            for (InvocationRecord call : m.coldCalls()) {
                coldRows.add(withoutColdCell(RawResultsCsvWriter.cells(m.configuration(), call.withColdStart(null), false)));
            }
        }
        Path rewritten = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(rewritten, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                return;
            }
            out.write(header);
            out.write('\n');
            int[] identityColumns = identityColumns(phase);
            String line;
            while ((line = in.readLine()) != null) {
                String prefix = line.substring(0, line.lastIndexOf(','));
                String[] cells = prefix.split(",", -1);
                String mark = "";
                boolean warmUp = "1".equals(cells[cells.length - 1]);
                if (!warmUp && !cells[0].equals("-1")) {
                    if (coldRows.contains(prefix)) {
                        mark = "1";
                    } else if (othersWarmByConfiguration.getOrDefault(identity(cells, identityColumns), false)) {
                        mark = "0";
                    }
                }
                out.write(prefix);
                out.write(',');
                out.write(mark);
                out.write('\n');
            }
        }
        Files.move(rewritten, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String withoutColdCell(List<String> cells) {
        String row = CsvFormat.row(cells.subList(0, cells.size() - 1));
        return row.substring(0, row.length() - 1);
    }

    private static String identity(Phase phase, BenchmarkConfiguration configuration) {
        InvocationRecord any = new InvocationRecord(configuration.id(), 0, 0, 0, 0, 0,
                dev.slsbench.stats.Outcome.OK, null, 0, 0, null);
        return identity(RawResultsCsvWriter.cells(configuration, any, false).toArray(String[]::new), identityColumns(phase));
    }

    private static String identity(String[] cells, int[] columns) {
        StringBuilder key = new StringBuilder();
        for (int column : columns) {
            key.append(cells[column]).append('|');
        }
        return key.toString();
    }

    private static int[] identityColumns(Phase phase) {
        List<String> columns = RawResultsCsvWriter.columns(phase);
        return switch (phase) {
            case STABILITY -> new int[] {columns.indexOf("memory_size")};
            case CONCURRENCY -> new int[] {columns.indexOf("memory_size"), columns.indexOf("max_concurrency"),
                    columns.indexOf("num_clients")};
            case OPEN_LOOP -> new int[] {columns.indexOf("memory_size"), columns.indexOf("max_concurrency"),
                    columns.indexOf("arrivals_per_second")};
            case TRAFFIC -> new int[] {columns.indexOf("configuration_id")};
        };
    }
}
