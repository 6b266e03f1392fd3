package dev.slsbench.cli;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.record.RecordedConfiguration;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress bars on a terminal: one bar per running configuration, redrawn in place four times a
 * second with ANSI cursor movement, below the log lines of deployments and finished
 * configurations (which stay in the scrollback). Calls only bump counters, without a lock, so a
 * busy run pays nothing for drawing and no client waits while a line is written to a slow terminal.
 */
final class BarProgress extends LineProgress {

    private static final int BAR_WIDTH = 24;
    private static final String ERASE_TO_END_OF_SCREEN = "\033[J";

    private final PrintWriter out;
    /** Looked up by every call without a lock; drawn in the order the configurations started. */
    private final Map<String, Bar> bars = new ConcurrentHashMap<>();
    private final AtomicLong started = new AtomicLong();
    private final ScheduledExecutorService ticker;
    private int drawnLines;

    BarProgress(PrintWriter out) {
        super(out, false);
        this.out = out;
        this.ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("slsbench-progress").factory());
        ticker.scheduleAtFixedRate(this::redraw, 250, 250, TimeUnit.MILLISECONDS);
    }

    @Override
    public void configurationStarted(BenchmarkConfiguration configuration, String endpointName, long plannedCalls) {
        bars.put(configuration.id(), new Bar(configuration, plannedCalls, new AtomicLong(), System.nanoTime(),
                started.getAndIncrement()));
    }

    @Override
    public void progress(BenchmarkConfiguration configuration, long done, long planned) {
        Bar bar = bars.get(configuration.id());
        if (bar != null) {
            bar.done().accumulateAndGet(done, Math::max);
        }
    }

    @Override
    public void configurationFinished(RecordedConfiguration recorded) {
        bars.remove(recorded.configuration().id());
        super.configurationFinished(recorded);
    }

    @Override
    void finish() {
        ticker.shutdownNow();
        synchronized (out) {
            bars.clear();
            erase();
            out.flush();
        }
    }

    @Override
    void write(String line) {
        synchronized (out) {
            erase();
            out.println(line);
            draw();
            out.flush();
        }
    }

    private void redraw() {
        synchronized (out) {
            erase();
            draw();
            out.flush();
        }
    }

    private void erase() {
        if (drawnLines > 0) {
            out.print("\r\033[" + drawnLines + "A" + ERASE_TO_END_OF_SCREEN);
            drawnLines = 0;
        }
    }

    private void draw() {
        List<Bar> running = new ArrayList<>(bars.values());
        running.sort(Comparator.comparingLong(Bar::order));
        for (Bar bar : running) {
            out.print(bar.render());
            out.print('\n');
        }
        drawnLines = running.size();
    }

    /** One running configuration's bar. */
    private record Bar(BenchmarkConfiguration configuration, long planned, AtomicLong done, long startedNanos, long order) {

        String render() {
            long calls = done.get();
            double fraction = planned <= 0 ? 0 : Math.min(1.0, (double) calls / planned);
            int filled = (int) Math.round(fraction * BAR_WIDTH);
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            double rate = seconds > 0 ? calls / seconds : 0;
            String eta = rate > 0 && calls < planned
                    ? "  eta " + ConfigurationLabels.duration(java.time.Duration.ofMillis((long) ((planned - calls) / rate * 1000)))
                    : "";
            return String.format(Locale.ROOT, "  %-14s [%s%s] %3d%% %d/%d  %.1f calls/s%s",
                    configuration.id(), "#".repeat(filled), "-".repeat(BAR_WIDTH - filled),
                    Math.round(fraction * 100), calls, planned, rate, eta);
        }
    }
}
