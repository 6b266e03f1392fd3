package dev.slsbench;

import dev.slsbench.output.ResultsLayout;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.stats.OutcomeCounts;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAdder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 200 clients every call issued is accounted for exactly once: one raw CSV row per call with
 * its outcome, rows and recorded outcomes agreeing, and the emulator's own counts (read from the
 * datapoints it publishes, not from CloudWatch queries) agreeing with both.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class AccountingUnderLoadTest {

    private static final int CALLS = 6000;

    @TempDir
    Path output;

    @Test
    void everyCallOfTwoHundredClientsIsOneRawRowWithItsOutcomeAndTheEmulatorCountsAgree() throws Exception {
        Map<String, DoubleAdder> emulatorCounts = new ConcurrentHashMap<>();
        try (EmulatorUnderTest emulator = EmulatorUnderTest.start(o -> o.faults("runtime-5xx=0.01,seed=5")
                .metricStore((namespace, metric, dimensions, value, unit, at) -> {
                    if (dimensions.getOrDefault("EndpointName", "").contains("-c1024-")) {
                        emulatorCounts.computeIfAbsent(metric, m -> new DoubleAdder()).add(value);
                    }
                }))) {
            emulator.createModel("echo", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "2"));
            // MaxConcurrency 4 and 50 clients per unit of it: 200 clients, most of whose calls are throttled
            BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                    .memorySizesMb(1024).stabilityInvocations(5).concurrencyMemoryMb(1024).concurrencyMaxValues(4)
                    .clientMultipliers(50).concurrencyInvocations(CALLS).build();

            BenchmarkResult result = emulator.benchmarks().run(plan, Payloads.of(Invocation.of("1", "text/csv")));

            ConfigurationResult concurrency = result.configurations().stream()
                    .filter(c -> c.configuration() instanceof ConcurrencyConfiguration).findFirst().orElseThrow();
            assertThat(((ConcurrencyConfiguration) concurrency.configuration()).clients()).isEqualTo(200);
            OutcomeCounts recorded = concurrency.outcomes();
            List<String[]> rows = rows(new ResultsLayout(output).concurrencyRawResultsCsv());
            long throttledRows = rows.stream().filter(r -> r[2].equals("1")).count();
            long okRows = rows.stream().filter(r -> !r[0].equals("-1")).count();
            long otherRows = rows.size() - throttledRows - okRows;

            assertThat(recorded.issued()).isEqualTo(CALLS);
            assertThat(rows).hasSize(CALLS);
            assertThat(throttledRows).isEqualTo(recorded.throttled()).isPositive();
            assertThat(okRows).isEqualTo(recorded.ok()).isPositive();
            assertThat(otherRows).isEqualTo(recorded.errors()).isPositive();
            // The emulator counts every call it answered, throttled ones included (as 4XX), as an
            // Invocation: rows = its Invocations = its throttles + its successes + its 5xx answers.
            long invocations = count(emulatorCounts, "Invocations");
            long throttles = count(emulatorCounts, "Invocation4XXErrors");
            long serverErrors = count(emulatorCounts, "Invocation5XXErrors");
            assertThat(invocations).isEqualTo(rows.size());
            assertThat(throttles).isEqualTo(throttledRows);
            assertThat(serverErrors).isEqualTo(otherRows);
            assertThat(invocations - throttles - serverErrors).isEqualTo(okRows);
        }
    }

    private static long count(Map<String, DoubleAdder> counts, String metric) {
        DoubleAdder adder = counts.get(metric);
        return adder == null ? 0 : Math.round(adder.sum());
    }

    private static List<String[]> rows(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).startsWith("invocation_latency,response_size,throttle_exception");
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
    }
}
