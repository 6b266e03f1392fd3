package dev.slsbench.record;

import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.stats.Outcome;
import dev.slsbench.stats.OutcomeCounts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationRecorderTest {

    private static final StabilityConfiguration CONFIGURATION = new StabilityConfiguration(1024);

    private static InvocationRecord call(long sequence, Outcome outcome, long latencyNanos, long startSecond) {
        long start = startSecond * 1_000_000_000L;
        return new InvocationRecord(CONFIGURATION.id(), sequence, 0, start, start + latencyNanos, latencyNanos, outcome,
                outcome.isSuccess() ? null : "boom " + outcome, 10, outcome.isSuccess() ? 20 : 0, null);
    }

    @Test
    void summarisesEveryCallAndStreamsEachToTheSink() {
        ConcurrentLinkedQueue<InvocationRecord> streamed = new ConcurrentLinkedQueue<>();
        ConfigurationRecorder recorder = new ConfigurationRecorder(CONFIGURATION, "ep", 5, (c, r) -> streamed.add(r));
        List<InvocationRecord> calls = List.of(call(0, Outcome.OK, 5_000_000, 100), call(1, Outcome.OK, 7_000_000, 100),
                call(2, Outcome.THROTTLED, 1_000_000, 101), call(3, Outcome.MODEL_ERROR, 2_000_000, 101),
                call(4, Outcome.OK, 9_000_000, 102));
        for (InvocationRecord c : calls) {
            recorder.issue();
            recorder.record(c);
        }

        RecordedConfiguration recorded = recorder.finish();

        assertThat(streamed).containsExactlyElementsOf(calls);
        assertThat(recorded.outcomes()).isEqualTo(new OutcomeCounts(3, 1, 0, 1, 0));
        assertThat(recorded.successLatencies().getTotalCount()).isEqualTo(3);
        assertThat(recorded.successLatencies().getMaxValue()).isBetween(8_990_000L, 9_010_000L);
        assertThat(recorded.tps()).hasValueSatisfying(tps -> {
            assertThat(tps.seconds()).isEqualTo(2);
            assertThat(tps.max()).isEqualTo(2);
        });
        assertThat(recorded.tpsSeries()).hasValueSatisfying(series -> {
            assertThat(series.startEpochSecond()).isEqualTo(100);
            assertThat(series.completions()).containsExactly(2L, 0L, 1L);
        });
        assertThat(recorded.bytesIn()).isEqualTo(50);
        assertThat(recorded.bytesOut()).isEqualTo(60);
        assertThat(recorded.meanBytesOut()).isEqualTo(20);
        assertThat(recorded.firstCall()).contains(calls.getFirst());
        assertThat(recorded.windowStart().getEpochSecond()).isEqualTo(100);
        assertThat(recorded.windowEnd().getEpochSecond()).isEqualTo(102);
        assertThat(recorder.errors()).isEqualTo(1);
        assertThat(recorded.errorMessages()).containsOnlyKeys("THROTTLED: boom THROTTLED", "MODEL_ERROR: boom MODEL_ERROR");
    }

    @Test
    void aCallIssuedButNeverRecordedIsCaughtAtTheEnd() {
        ConfigurationRecorder recorder = new ConfigurationRecorder(CONFIGURATION, "ep", 2, InvocationSink.discarding());
        recorder.issue();
        recorder.record(call(0, Outcome.OK, 1_000_000, 1));
        recorder.issue();

        assertThatThrownBy(recorder::finish).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 calls issued but 1 recorded");
    }

    @Test
    void distinctErrorMessagesAreBoundedAndTheRestCountedTogether() {
        ConfigurationRecorder recorder = new ConfigurationRecorder(CONFIGURATION, "ep", 50, InvocationSink.discarding());
        for (int i = 0; i < 50; i++) {
            recorder.issue();
            recorder.record(new InvocationRecord(CONFIGURATION.id(), i, 0, 0, 1, 1, Outcome.CLIENT_ERROR,
                    "failure number " + i, 1, 0, null));
        }

        RecordedConfiguration recorded = recorder.finish();

        assertThat(recorded.errorMessages()).hasSize(ConfigurationRecorder.MAX_ERROR_MESSAGES + 1);
        assertThat(recorded.errorMessages().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(50);
        assertThat(recorded.errorMessages().get(ConfigurationRecorder.OTHER_MESSAGES)).isEqualTo(40);
    }

    @Test
    void manyThreadsRecordingAtOnceLoseNoCall() throws InterruptedException {
        ConcurrencyConfiguration configuration = new ConcurrencyConfiguration(1024, 4, 8);
        ConfigurationRecorder recorder = new ConfigurationRecorder(configuration, "ep", 80_000, InvocationSink.discarding());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 10_000; i++) {
                    long sequence = recorder.issue();
                    Outcome outcome = sequence % 10 == 0 ? Outcome.THROTTLED : Outcome.OK;
                    recorder.record(new InvocationRecord(configuration.id(), sequence, 0, sequence, sequence + 1000,
                            1000 + sequence % 1000, outcome, null, 1, 1, null));
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        RecordedConfiguration recorded = recorder.finish();

        assertThat(recorded.issued()).isEqualTo(80_000);
        assertThat(recorded.outcomes().throttled()).isEqualTo(8_000);
        assertThat(recorded.successLatencies().getTotalCount()).isEqualTo(72_000);
    }
}
