package dev.slsbench.junit.engine.execution;

import dev.slsbench.junit.engine.model.BenchmarkClassModel;
import dev.slsbench.junit.engine.model.VerifyMethod;
import dev.slsbench.junit.engine.verdict.MeasuredFigures;
import dev.slsbench.junit.engine.verdict.SlaMessage;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.ConfigurationLabel;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.record.StopEvent;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.SlaVerdict;
import dev.slsbench.sla.SlaCriterion;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Reports one configuration's result and the run's SLA verdicts on it: aborted when it could not be deployed or was interrupted;
 * otherwise its figures are published and it passes only when it completed (was not abandoned
 * at the error threshold), every applicable SLA holds and every configuration {@code @Verify}
 * method returns normally. A failure lists every problem with the measured values.
 */
public final class ConfigurationVerdict {

    private ConfigurationVerdict() {
    }

    /**
     * Judges {@code result}.
     *
     * @param publish receives the configuration's figures
     * @throws TestAbortedException when the configuration did not run
     * @throws AssertionFailedError listing every problem
     */
    public static void judge(ConfigurationResult result, BenchmarkClassModel model, RunningBenchmark run,
                             CancellationToken cancellation, Consumer<ReportEntry> publish) {
        BenchmarkConfiguration configuration = result.configuration();
        String label = ConfigurationLabel.settings(configuration);
        String reason = result.statusReason().orElse("no reason given");
        if (result.status() == ConfigurationStatus.DEPLOYMENT_FAILED) {
            throw new TestAbortedException(label + " could not be deployed: " + reason);
        }
        if (result.status() == ConfigurationStatus.INTERRUPTED) {
            throw new TestAbortedException(label + " was interrupted: " + reason);
        }
        List<SlaVerdict> verdicts = run.verdicts(configuration.phase(), configuration.id(), cancellation);
        OptionalDouble costPerMillionUsd = verdicts.stream()
                .filter(v -> v.criterion().equals(SlaCriterion.MAX_COST_PER_MILLION_USD.criterion()))
                .map(SlaVerdict::actual).findFirst().orElse(OptionalDouble.empty());
        MeasuredFigures figures = MeasuredFigures.of(result, costPerMillionUsd);
        publish.accept(ReportEntry.from(figures(label, result, figures)));

        List<String> problems = new ArrayList<>();
        if (result.status() == ConfigurationStatus.ABANDONED) {
            problems.add("abandoned after " + result.outcomes().errors() + " failed calls: " + reason);
        }
        // a latency or error limit broken fails the test, as k6 fails on an aborting threshold; a time budget does not
        result.stop().filter(stop -> stop.condition() != StopEvent.Condition.MAX_DURATION)
                .ifPresent(stop -> problems.add(stop.describe()));
        verdicts.stream().filter(v -> !v.passed()).map(v -> SlaMessage.of(v, result.outcomes())).forEach(problems::add);
        List<Throwable> verifyFailures = new ArrayList<>();
        for (VerifyMethod verify : model.verifyMethods(VerifyMethod.Scope.CONFIGURATION, configuration.phase())) {
            VerifyInvoker.invoke(verify, run.instance(), result).ifPresent(failure -> {
                verifyFailures.add(failure);
                problems.add("@Verify " + verify.displayName() + ": " + failure);
            });
        }
        if (problems.isEmpty()) {
            return;
        }
        String message = label + " at endpoint " + result.endpointName().orElse("?") + " failed " + problems.size()
                + " check" + (problems.size() == 1 ? "" : "s") + ":\n  - " + String.join("\n  - ", problems);
        if (verifyFailures.size() == 1) {
            throw new AssertionFailedError(message, verifyFailures.getFirst());
        }
        AssertionFailedError failure = new AssertionFailedError(message);
        verifyFailures.forEach(failure::addSuppressed);
        throw failure;
    }

    private static Map<String, String> figures(String label, ConfigurationResult result, MeasuredFigures figures) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("configuration", label);
        result.endpointName().ifPresent(name -> entry.put("endpoint", name));
        entry.put("status", result.status().name());
        entry.put("calls", Long.toString(result.outcomes().issued()));
        figures.latency().ifPresent(latency -> {
            entry.put("p50Millis", format(latency.medianMillis()));
            entry.put("p90Millis", format(latency.p90Millis()));
            entry.put("p99Millis", format(latency.p99Millis()));
        });
        entry.put("throttleRate", format(result.outcomes().throttleRate()));
        entry.put("errorRate", format(result.outcomes().errorRate()));
        figures.tps().ifPresent(tps -> entry.put("tps", format(tps.mean())));
        figures.costPerMillionUsd().ifPresent(usd -> entry.put("usdPerMillion", format(usd)));
        figures.coldStartMillis().ifPresent(cold -> entry.put("coldStartMillis", format(cold)));
        figures.coldStartRate().ifPresent(rate -> entry.put("coldStartRate", format(rate)));
        return entry;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
