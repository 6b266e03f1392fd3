package dev.slsbench.cli;

import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.provision.TeardownReport;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress as log lines (a line per tenth of the calls) and as bars drawn and erased in place. */
class ProgressTest {

    @Test
    void logsEachTenthOfAConfigurationsCallsOnce() {
        StringWriter text = new StringWriter();
        LineProgress progress = new LineProgress(new PrintWriter(text), false);
        StabilityConfiguration s1024 = new StabilityConfiguration(1024);

        progress.configurationStarted(s1024, "ep-1", 20);
        for (int done = 1; done <= 20; done++) {
            progress.progress(s1024, done, 20);
        }

        List<String> lines = text.toString().lines().toList();
        assertThat(lines).first().isEqualTo("  s1024 (1024 MB): 20 calls to ep-1");
        assertThat(lines).filteredOn(line -> line.contains("calls (")).containsExactly(
                "  s1024: 2/20 calls (10%)", "  s1024: 4/20 calls (20%)", "  s1024: 6/20 calls (30%)",
                "  s1024: 8/20 calls (40%)", "  s1024: 10/20 calls (50%)", "  s1024: 12/20 calls (60%)",
                "  s1024: 14/20 calls (70%)", "  s1024: 16/20 calls (80%)", "  s1024: 18/20 calls (90%)");
    }

    @Test
    void quietProgressStillReportsWhatTeardownCouldNotDelete() {
        StringWriter text = new StringWriter();
        LineProgress progress = new LineProgress(new PrintWriter(text), true);

        progress.configurationStarted(new StabilityConfiguration(1024), "ep-1", 20);
        progress.teardownFinished(new TeardownReport(List.of("ep-1"), List.of("cfg-1"), List.of("endpoint ep-2: denied")));

        assertThat(text.toString()).isEqualTo("  could not delete endpoint ep-2: denied" + System.lineSeparator());
        assertThat(progress.deletedEndpoints()).isEqualTo(1);
        assertThat(progress.teardownFailures()).containsExactly("endpoint ep-2: denied");
    }

    @Test
    void drawsABarPerRunningConfigurationBelowTheLogLinesAndErasesItAtTheEnd() {
        StringWriter text = new StringWriter();
        BarProgress progress = new BarProgress(new PrintWriter(text));
        StabilityConfiguration s1024 = new StabilityConfiguration(1024);

        progress.configurationStarted(s1024, "ep-1", 40);
        progress.progress(s1024, 10, 40);
        progress.emit("  ready: ep-2 after 1.0 s");
        progress.finish();

        String drawn = text.toString();
        assertThat(drawn).contains("  ready: ep-2 after 1.0 s\n")
                .containsPattern("  s1024 +\\[######------------------]  25% 10/40 ")
                .endsWith("\r\033[1A\033[J");
    }

    @Test
    void callsCountWhileALineIsBeingWrittenToASlowTerminal() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OutputStream stuckTerminal = new OutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void flush() {
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        BarProgress progress = new BarProgress(new PrintWriter(stuckTerminal));
        StabilityConfiguration s1024 = new StabilityConfiguration(1024);
        progress.configurationStarted(s1024, "ep-1", 40);
        Thread logLine = Thread.ofPlatform().start(() -> progress.emit("  ready: ep-2 after 1.0 s"));
        try {
            assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> call = CompletableFuture.runAsync(() -> progress.progress(s1024, 10, 40));

            assertThat(call).succeedsWithin(Duration.ofSeconds(30));
        } finally {
            release.countDown();
            logLine.join();
            progress.finish();
        }
    }
}
