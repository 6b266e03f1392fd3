package dev.slsbench.junit.engine.execution;

import dev.slsbench.ServerlessBenchmarks;
import dev.slsbench.junit.engine.model.BenchmarkClassModel;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.InvalidPlanException;
import dev.slsbench.plan.PlanProblem;
import dev.slsbench.provision.SlsbenchTags;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.TestAbortedException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Starts and finishes the run of one benchmark class: before its tests, it creates the instance,
 * collects the payloads and starts the run, which deletes what earlier runs left past their lease and
 * creates the model on its own SDK clients (one client set and one cleanup per run, as
 * {@code slsbench run} does); after them, it stops a cancelled
 * run, waits until everything the run created is deleted, and publishes the result files, which
 * the run wrote once with the verdicts of the class's {@code @Sla}s.
 */
public final class ClassRunner {

    private ClassRunner() {
    }

    /** Prepares and starts the run of {@code model}'s class, measuring what the {@code selected} tests need. */
    public static RunningBenchmark start(BenchmarkClassModel model, SelectedTests selected, TestDescriptor descriptor,
                                         SlsbenchExecutionContext context) {
        Object instance = model.needsInstance() ? ReflectionSupport.newInstance(model.testClass()) : null;
        Payloads payloads = PayloadCollector.collect(model, instance);
        RunTarget target = context.target();
        BenchmarkPlan plan = selected.prune(model.plan()).toBuilder().endpointUrl(target.endpointUrl().orElse(null)).build();
        context.listener().reportingEntryPublished(descriptor, ReportEntry.from("slsbench.endpoint-url",
                plan.endpointUrl().map(Object::toString).orElse("aws")));
        Duration lease = context.settings().lease();
        ServerlessBenchmarks benchmarks = ServerlessBenchmarks.builder().credentialsProvider(target.credentials())
                .lease(lease).accountLimits(context.settings().accountLimits())
                // on the run's own clients, after the run deleted what outlived its lease: a model among
                // that is then created afresh
                .modelSetup((sageMaker, runPlan) -> ModelInstaller.install(sageMaker, model, target.isLocal(),
                        context.settings().roleArn(), SlsbenchTags.forModel(runPlan.runId(), Instant.now().plus(lease))))
                .build();
        List<PlanProblem> beyondQuotas = context.settings().accountLimits().problems(plan);
        if (!beyondQuotas.isEmpty()) {
            throw new InvalidPlanException(beyondQuotas); // before the run starts
        }
        return RunningBenchmark.start(benchmarks, plan, payloads, model.slas(), instance,
                "slsbench-" + model.testClass().getSimpleName(),
                line -> context.listener().reportingEntryPublished(descriptor, ReportEntry.from("slsbench.lease", line)));
    }

    /**
     * Ends the run of {@code model}'s class: interrupts it when the execution was cancelled, waits
     * for its teardown, publishes its files and rethrows its failure (a cancelled run aborts the
     * class instead).
     */
    public static void finish(BenchmarkClassModel model, RunningBenchmark run, TestDescriptor descriptor,
                              SlsbenchExecutionContext context) throws Exception {
        boolean cancelled = context.cancellation().isCancellationRequested();
        if (cancelled) {
            run.cancel();
        }
        run.join();
        publishFiles(model.plan().outputDirectory(), descriptor, context);
        if (run.failure().isPresent()) {
            if (cancelled) {
                throw new TestAbortedException("execution cancelled; the run stopped and deleted what it created",
                        run.failure().get());
            }
            throw Failures.rethrow(run.failure().get());
        }
    }

    private static void publishFiles(Path outputDirectory, TestDescriptor descriptor, SlsbenchExecutionContext context) {
        ResultsLayout layout = new ResultsLayout(outputDirectory.toAbsolutePath());
        if (!Files.isDirectory(layout.root())) {
            return;
        }
        context.listener().reportingEntryPublished(descriptor, ReportEntry.from("slsbench.results", layout.root().toString()));
        System.out.println("slsbench: results of " + descriptor.getDisplayName() + " in " + layout.root());
        if (Files.isRegularFile(layout.resultsJson())) {
            context.listener().fileEntryPublished(descriptor, FileEntry.from(layout.resultsJson(), "application/json"));
        }
        if (Files.isRegularFile(layout.reportHtml())) {
            System.out.println("slsbench: report " + layout.reportHtml().toUri());
            context.listener().fileEntryPublished(descriptor, FileEntry.from(layout.reportHtml(), "text/html"));
        }
    }
}
