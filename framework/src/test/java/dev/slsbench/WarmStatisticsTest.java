package dev.slsbench;

import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.Phase;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Warm statistics are warm, cold calls are summarised apart, and warm-up calls are kept in the raw
 * CSV, marked, and counted in no statistic: whole runs against the real emulator, whose echo model
 * answers in 5 ms once warm while a container start takes far longer.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class WarmStatisticsTest {

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass()
            .withModel("echo", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "5"));

    @TempDir
    Path output;

    private BenchmarkPlan.Builder plan() {
        return BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024).stabilityInvocations(20).includeConcurrency(false);
    }

    private static Payloads payloads() {
        return Payloads.of(Invocation.of("1,2,3", "text/csv"));
    }

    @Test
    void latencyStatisticsLeaveTheColdCallOutAndSummariseItApart() throws Exception {
        BenchmarkResult result = emulator.benchmarks().run(plan().build(), payloads());

        ConfigurationResult s1024 = result.configurations(Phase.STABILITY).getFirst();
        ColdStartSummary cold = s1024.coldStarts();
        assertThat(cold.coldCalls()).isEqualTo(1);
        assertThat(cold.coldSequences()).containsExactly(0L);
        assertThat(cold.medianColdLatencyMillis()).isPresent();
        assertThat(cold.meanModelSetupTimeMillis()).isPresent();
        assertThat(s1024.latency()).hasValueSatisfying(warm -> {
            assertThat(warm.count()).isEqualTo(19);
            assertThat(warm.maxMillis()).isLessThan(cold.minColdLatencyMillis().orElseThrow());
        });
        List<String> summary = Files.readAllLines(new ResultsLayout(output).stabilitySummaryCsv());
        List<String> columns = List.of(summary.getFirst().split(",", -1));
        String[] row = summary.get(1).split(",", -1);
        assertThat(row[columns.indexOf("successful_invocations")]).isEqualTo("20");
        assertThat(Double.parseDouble(row[columns.indexOf("invocation_latency_max")]))
                .as("the summary CSV's latencies are warm figures").isLessThan(cold.minColdLatencyMillis().orElseThrow());
        BenchmarkResult reread = ResultsJsonReader.read(new ResultsLayout(output).resultsJson());
        assertThat(reread.plan().includeColdStartsInLatency()).isFalse();
        assertThat(reread.configurations(Phase.STABILITY).getFirst().coldStarts()).isEqualTo(cold);
    }

    @Test
    void includeColdStartsInLatencyKeepsTheColdCallInTheStatistics() throws Exception {
        BenchmarkResult result = emulator.benchmarks().run(plan().includeColdStartsInLatency(true).build(), payloads());

        ConfigurationResult s1024 = result.configurations(Phase.STABILITY).getFirst();
        assertThat(s1024.coldStarts().coldCalls()).isEqualTo(1);
        assertThat(s1024.latency()).hasValueSatisfying(all -> {
            assertThat(all.count()).isEqualTo(20);
            assertThat(all.maxMillis()).isGreaterThanOrEqualTo(s1024.coldStarts().minColdLatencyMillis().orElseThrow());
        });
    }

    @Test
    void warmUpCallsAreInTheRawCsvMarkedAndInNoStatistic() throws Exception {
        BenchmarkResult result = emulator.benchmarks().run(plan().warmupInvocations(3).build(), payloads());

        ConfigurationResult s1024 = result.configurations(Phase.STABILITY).getFirst();
        assertThat(s1024.outcomes().issued()).isEqualTo(20);
        assertThat(s1024.latency().orElseThrow().count() + s1024.coldStarts().coldCalls()).isEqualTo(20);
        assertThat(s1024.coldStarts().coldCalls()).as("the warm-up took the cold start").isZero();
        List<String> lines = Files.readAllLines(new ResultsLayout(output).stabilityRawResultsCsv());
        List<String> header = List.of(lines.getFirst().split(",", -1));
        assertThat(header.subList(header.size() - 2, header.size())).containsExactly("warmup", "cold_start");
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
        assertThat(rows).hasSize(23);
        int warmup = header.indexOf("warmup");
        int start = header.indexOf("start_time");
        List<String[]> warmUps = rows.stream().filter(row -> row[warmup].equals("1")).toList();
        assertThat(warmUps).hasSize(3);
        double lastWarmUpStart = warmUps.stream().mapToDouble(row -> Double.parseDouble(row[start])).max().orElseThrow();
        assertThat(rows.stream().filter(row -> row[warmup].equals("0")))
                .allSatisfy(row -> assertThat(Double.parseDouble(row[start])).isGreaterThan(lastWarmUpStart));
    }
}
