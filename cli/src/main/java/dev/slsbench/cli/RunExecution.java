package dev.slsbench.cli;

import dev.slsbench.ServerlessBenchmarks;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.InvalidPlanException;
import dev.slsbench.plan.PlanOption;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.provision.SlsbenchTags;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.result.SlaVerdict;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One {@code slsbench run} after its inputs were checked: starts the embedded emulator for
 * {@code --local}, runs the plan through {@link ServerlessBenchmarks} (which creates the model from
 * {@code --image} when missing, on the run's own SDK clients) with progress and the SLA flags (the run
 * judges them and writes its files once, with the verdicts), prints the summary and decides the exit code. Ctrl-C is handled by an
 * {@link InterruptGuard}; every endpoint the run created is deleted by the framework's teardown
 * whatever happens, and the command says how many.
 */
final class RunExecution {

    private final RunCommand.Inputs inputs;
    private final TargetOptions target;
    private final AccountOptions account;
    private final SlaOptions sla;
    private final ProgressMode progressMode;
    private final PrintWriter out;
    private final PrintWriter err;

    RunExecution(RunCommand.Inputs inputs, TargetOptions target, AccountOptions account, SlaOptions sla, ProgressMode progressMode,
                 PrintWriter out, PrintWriter err) {
        this.inputs = inputs;
        this.target = target;
        this.account = account;
        this.sla = sla;
        this.progressMode = progressMode;
        this.out = out;
        this.err = err;
    }

    int execute() {
        BenchmarkPlan plan = inputs.plan();
        LineProgress progress = switch (progressMode) {
            case BARS -> new BarProgress(out);
            case QUIET -> new LineProgress(out, true);
            default -> new LineProgress(out, false);
        };
        try (InterruptGuard guard = InterruptGuard.install(err, plan.runId())) {
            EmbeddedEmulator emulator = null;
            try {
                if (target.local) {
                    try {
                        emulator = EmbeddedEmulator.start(target.emulatorImages,
                                plan.outputDirectory().resolve("emulator-containers.log"), target.verbose);
                    } catch (IOException | RuntimeException e) {
                        err.println("slsbench run: cannot start the embedded emulator: " + e.getMessage());
                        return ExitCodes.INCOMPLETE;
                    }
                    plan = plan.toBuilder().endpointUrl(emulator.endpointUrl()).build();
                    progress.emit("emulator: started on " + emulator.endpointUrl());
                }
                return run(plan, progress, guard);
            } finally {
                progress.finish();
                if (emulator != null) {
                    emulator.close();
                }
            }
        }
    }

    private int run(BenchmarkPlan plan, LineProgress progress, InterruptGuard guard) {
        boolean emulatorTarget = AwsTarget.forPlan(plan).build().isLocal();
        ServerlessBenchmarks benchmarks = ServerlessBenchmarks.builder()
                .credentialsProvider(emulatorTarget ? AwsTarget.dummyCredentials() : null)
                .lease(account.lease)
                .accountLimits(account.limits())
                // on the run's own clients, after a model whose lease ended is deleted: then created afresh
                .modelSetup(target.image == null ? ServerlessBenchmarks.ModelSetup.NONE
                        : (sageMaker, runPlan) -> progress.emit(ModelFromImage.ensure(sageMaker, runPlan.modelName(),
                                target.image, target.imageEnvironment, emulatorTarget, Optional.ofNullable(target.roleArn),
                                SlsbenchTags.forModel(runPlan.runId(), Instant.now().plus(account.lease)))))
                .build();
        BenchmarkResult result;
        try {
            result = benchmarks.run(plan, inputs.payloadFile(), SlaCheck.thresholds(sla.thresholds(), sla.phase),
                    progress);
        } catch (BadInputException e) {
            e.problems().forEach(p -> err.println("slsbench run: " + p));
            return ExitCodes.BAD_INPUT;
        } catch (InvalidPlanException e) {
            e.planProblems().forEach(p -> err.println("slsbench run: " + PlanProblemNames.withFlagName(p)
                    + (p.option() == PlanOption.MODEL_NAME ? " (or pass --image IMAGE)" : "")));
            return ExitCodes.BAD_INPUT;
        } catch (InterruptedException e) {
            progress.finish();
            reportTeardown(progress, guard.wasInterrupted() ? "interrupted" : "stopped by an interrupt", plan);
            return ExitCodes.INCOMPLETE;
        } catch (RuntimeException e) {
            progress.finish();
            if (guard.wasInterrupted()) {
                reportTeardown(progress, "interrupted", plan);
            } else {
                err.println("slsbench run: the run failed: " + e);
                reportTeardown(progress, "failed", plan);
            }
            return ExitCodes.INCOMPLETE;
        }
        progress.finish();
        return judge(result, progress, guard);
    }

    private int judge(BenchmarkResult result, LineProgress progress, InterruptGuard guard) {
        RunSummary.print(result, out);
        List<ConfigurationResult> incomplete = result.configurations().stream()
                .filter(c -> c.status() == ConfigurationStatus.DEPLOYMENT_FAILED
                        || c.status() == ConfigurationStatus.INTERRUPTED)
                .toList();
        boolean nothingMeasured = result.configurations().stream().noneMatch(ConfigurationResult::hasSuccessfulCalls);
        if (guard.wasInterrupted() || !incomplete.isEmpty() || nothingMeasured) {
            String why = guard.wasInterrupted() ? "interrupted"
                    : !incomplete.isEmpty() ? "incomplete: " + incomplete.size() + " configuration"
                    + (incomplete.size() == 1 ? "" : "s") + " did not run ("
                    + String.join(", ", incomplete.stream().map(c -> c.configuration().id()).toList()) + ")"
                    : "incomplete: no call succeeded";
            reportTeardown(progress, why, result.plan());
            return ExitCodes.INCOMPLETE;
        }
        return result.slaVerdicts().stream().allMatch(SlaVerdict::passed) ? ExitCodes.OK : ExitCodes.SLA_FAILED;
    }

    private void reportTeardown(LineProgress progress, String what, BenchmarkPlan plan) {
        List<String> failures = progress.teardownFailures();
        if (failures.isEmpty()) {
            err.println("slsbench run: " + what + "; every endpoint and endpoint config run " + plan.runId()
                    + " created is deleted");
        } else {
            err.println("slsbench run: " + what + "; " + failures.size() + " resources of run " + plan.runId()
                    + " could not be deleted; retry with: slsbench cleanup --run-id " + plan.runId()
                    + plan.endpointUrl().filter(url -> !target.local).map(url -> " --endpoint-url " + url).orElse(""));
        }
        err.flush();
    }
}
