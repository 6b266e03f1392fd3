package dev.slsbench.cli;

import dev.slsbench.cost.PriceTable;
import dev.slsbench.payload.InvalidPayloadException;
import dev.slsbench.payload.PayloadFile;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.InvalidPlanException;
import dev.slsbench.provision.AwsTarget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code slsbench run MODEL PAYLOADS.jsonl [options]}: checks every input before anything is
 * created (exit code 2 when one is bad), then either prints what a run would do
 * ({@code --dry-run}) or runs it (see {@link RunExecution}).
 */
@Command(name = "run", mixinStandardHelpOptions = true, customSynopsis = "slsbench run MODEL PAYLOADS.jsonl [OPTIONS]", sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = SlsbenchVersion.class,
        description = {
                "Benchmarks the SageMaker model MODEL with the example requests in PAYLOADS.jsonl, as the Python"
                        + " toolkit does: a stability phase (sequential calls, one endpoint per memory size), cost and a"
                        + " recommended memory size, then a concurrency phase at that size. Writes the toolkit's CSVs,"
                        + " results.json and an HTML report, and deletes every endpoint it created, also on failure"
                        + " and Ctrl-C.",
                "Exit codes: 0 completed and every SLA held, 1 an SLA failed, 2 bad input (nothing created),"
                        + " 3 the run could not complete (everything it created deleted)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  # on a local emulator, with the built-in echo model:",
                "  slsbench run echo-model payloads.jsonl --local --image slsbench/echo \\",
                "      --memory-sizes 1024,2048 --stability-invocations 50 --no-concurrency",
                "  # what a run on AWS would create, call and cost:",
                "  slsbench run my-model payloads.jsonl --region us-east-1 --dry-run",
                "  # on AWS; exit 1 when p99 > 500 ms or over 1%% of calls fail:",
                "  slsbench run my-model payloads.jsonl --region us-east-1 \\",
                "      --memory-sizes 2048 4096 --sla-p99-ms 500 \\",
                "      --sla-max-error-rate 0.01 --sla-phase stability",
                "  # options from a JSON file, one of them overridden:",
                "  slsbench run my-model payloads.jsonl --plan plan.json \\",
                "      --stability-invocations 100"})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The SageMaker model to benchmark.")
    String model;

    @Parameters(index = "1", paramLabel = "PAYLOADS.jsonl",
            description = "Example requests: JSON Lines, one InvokeEndpoint argument object per line (Body or"
                    + " BodyBase64, ContentType, Accept, ...), as the toolkit's convert_invoke_args_to_jsonl writes;"
                    + " or a .pkl file from its convert_invoke_args_to_pkl.")
    Path payloadFile;

    @ArgGroup(validate = false, heading = "%nBenchmark (the Python toolkit's options, then slsbench's):%n")
    PlanOptions plan = new PlanOptions();

    @ArgGroup(validate = false, heading = "%nThe Python toolkit's flags (same meaning, for commands written for it):%n")
    ToolkitFlags toolkit = new ToolkitFlags();

    @ArgGroup(validate = false, heading = "%nTarget:%n")
    TargetOptions target = new TargetOptions();

    @ArgGroup(validate = false, heading = "%nSLA (checked after the run; a failure exits with 1):%n")
    SlaOptions sla = new SlaOptions();

    @ArgGroup(validate = false, heading = "%nShared account:%n")
    AccountOptions account = new AccountOptions();

    @ArgGroup(validate = false, heading = "%nRun control:%n")
    Control control = new Control();

    /** Options about this invocation rather than the benchmark. */
    static final class Control {

        @Option(names = "--plan", paramLabel = "FILE",
                description = "Run options as a JSON object, keys named as the flags without dashes, e.g."
                        + " {\"memory-sizes\": [1024, 2048], \"sla-p99-ms\": 500}. Flags given here win.")
        Path planFile;

        @Option(names = "--dry-run",
                description = "Print the endpoints, calls, estimated cost and duration of the run; create nothing.")
        boolean dryRun;

        @Option(names = "--assumed-latency", paramLabel = "DURATION", converter = DurationConverter.class,
                defaultValue = "100ms", description = "The latency per call --dry-run estimates with. Default: ${DEFAULT-VALUE}.")
        Duration assumedLatency;

        @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
                description = "auto (bars on a terminal, log lines otherwise), bars, lines or quiet (only the summary)."
                        + " Default: ${DEFAULT-VALUE}.")
        ProgressMode progress;
    }

    @Override
    public Integer call() throws Exception {
        Inputs inputs = validate();
        if (control.dryRun) {
            new DryRunReport(inputs.plan(), inputs.payloads(), inputs.priceTable(), control.assumedLatency,
                    inputs.plan().endpointUrl().isPresent() || target.local, pricingRegion(inputs.plan()), plan.runId != null)
                    .print(spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        return new RunExecution(inputs, target, account, sla, control.progress.resolve(), spec.commandLine().getOut(),
                spec.commandLine().getErr()).execute();
    }

    /**
     * The checked inputs of a run.
     *
     * @param plan the plan, its endpoint URL not yet set for {@code --local}
     * @param payloadFile the payload file
     * @param payloads its invocations
     * @param priceTable the prices the run will use
     */
    record Inputs(BenchmarkPlan plan, Path payloadFile, Payloads payloads, PriceTable priceTable) {
    }

    /**
     * Checks every flag, the plan, the payload file and the price table, reporting all problems at once.
     *
     * @throws BadInputException naming each bad flag, file or value
     */
    Inputs validate() {
        List<String> problems = new ArrayList<>(
                toolkit.applyTo(plan, name -> spec.commandLine().getParseResult().hasMatchedOption(name)));
        problems.addAll(target.problems());
        problems.addAll(sla.problems());
        problems.addAll(account.problems());
        BenchmarkPlan benchmarkPlan = null;
        try {
            benchmarkPlan = plan.builder(model).region(target.region).endpointUrl(target.endpointUrl).build();
        } catch (InvalidPlanException e) {
            e.planProblems().stream().map(PlanProblemNames::withFlagName).forEach(problems::add);
        }
        if (benchmarkPlan != null && account.problems().isEmpty()) {
            account.limits().problems(benchmarkPlan).stream().map(PlanProblemNames::withFlagName)
                    .map(p -> p + " (--account-max-concurrency)").forEach(problems::add);
        }
        Payloads payloads = null;
        try {
            payloads = PayloadFile.read(payloadFile);
        } catch (InvalidPayloadException e) {
            problems.add("PAYLOADS.jsonl " + e.getMessage());
        }
        PriceTable priceTable = PriceTable.bundled();
        if (plan.priceTable != null) {
            try {
                priceTable = priceTable.withOverrides(PriceTable.load(plan.priceTable));
            } catch (RuntimeException e) {
                problems.add("--price-table " + plan.priceTable + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return new Inputs(benchmarkPlan, payloadFile, payloads, priceTable);
    }

    private String pricingRegion(BenchmarkPlan benchmarkPlan) {
        return benchmarkPlan.region()
                .or(() -> benchmarkPlan.endpointUrl().isPresent() || target.local
                        ? Optional.of(AwsTarget.DEFAULT_LOCAL_REGION) : Optional.empty())
                .or(() -> Optional.ofNullable(System.getenv("AWS_REGION")))
                .or(() -> Optional.ofNullable(System.getenv("AWS_DEFAULT_REGION")))
                .orElse(AwsTarget.DEFAULT_LOCAL_REGION);
    }
}
