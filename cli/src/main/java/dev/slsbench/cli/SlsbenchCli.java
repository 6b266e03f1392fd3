package dev.slsbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code slsbench} command: {@code run}, {@code job}, {@code cleanup}, {@code convert}, {@code emulator}
 * and {@code report}. {@link #main} exits with the command's {@link ExitCodes exit code};
 * {@link #execute} runs a command line in-process with the given streams and returns it.
 */
@Command(name = "slsbench", mixinStandardHelpOptions = true, versionProvider = SlsbenchVersion.class,
        description = "Benchmarks Amazon SageMaker Serverless Inference endpoints: latency, throttling, TPS and cost"
                + " per memory size and MaxConcurrency, against AWS, any SageMaker-compatible URL or a local emulator.",
        subcommands = {RunCommand.class, JobCommand.class, CleanupCommand.class, ConvertCommand.class, EmulatorCommand.class,
                ReportCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  slsbench run my-model payloads.jsonl --local --image slsbench/echo \\",
                "      --memory-sizes 1024,2048",
                "  slsbench run my-model payloads.jsonl --region us-east-1 --sla-p99-ms 500",
                "  slsbench convert images/ --output payloads.jsonl",
                "  slsbench cleanup --region us-east-1",
                "",
                "Exit codes of run: 0 completed and every SLA held, 1 an SLA failed,",
                "2 bad input (nothing created), 3 the run could not complete",
                "(everything it created deleted)."})
public final class SlsbenchCli implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command: run, job, cleanup, convert, emulator or report");
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        Charset charset = System.out.charset();
        int exitCode = execute(new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, System.err.charset()), true), args);
        System.exit(exitCode);
    }

    /** Runs the command line in this JVM, printing to {@code out} and {@code err}, and returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(out, err);
        try {
            planFile(args).ifPresent(plan -> {
                CommandLine run = cli.getSubcommands().get(java.util.Arrays.stream(args)
                        .filter(arg -> !arg.startsWith("-")).findFirst().filter("job"::equals).orElse("run"));
                run.setDefaultValueProvider(PlanFileDefaults.read(plan, run.getCommandSpec()));
            });
        } catch (BadInputException e) {
            e.problems().forEach(problem -> err.println("slsbench run: " + problem));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        int exitCode = cli.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SlsbenchCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(SlsbenchCli::badParameters);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter errors = commandLine.getErr();
            if (e instanceof BadInputException bad) {
                bad.problems().forEach(p -> errors.println(prefix(commandLine) + p));
                return ExitCodes.BAD_INPUT;
            }
            errors.println(prefix(commandLine) + "failed: " + e);
            e.printStackTrace(errors);
            return ExitCodes.INCOMPLETE;
        });
        return cli;
    }

    private static int badParameters(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(prefix(commandLine) + e.getMessage() + planFileSource(e, args));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for the options and examples.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** {@code " (from --plan FILE)"} when the bad value came from the plan file rather than the command line. */
    private static String planFileSource(ParameterException e, String[] args) {
        if (e.getArgSpec() instanceof OptionSpec option
                && e.getCommandLine().getCommandSpec().defaultValueProvider() instanceof PlanFileDefaults plan
                && plan.defaultValue(option) != null
                && java.util.Arrays.stream(args).noneMatch(arg -> java.util.Arrays.stream(option.names())
                        .anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")))) {
            return " (from --plan " + plan.file() + ")";
        }
        return "";
    }

    private static String prefix(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName() + ": ";
    }

    /** The {@code --plan FILE} of a {@code run} command line, found before parsing so that it can supply defaults. */
    static java.util.Optional<Path> planFile(String... args) {
        List<String> list = List.of(args);
        int run = list.indexOf("run") >= 0 ? list.indexOf("run") : list.indexOf("job");
        if (run < 0 || list.subList(0, run).stream().anyMatch(a -> !a.startsWith("-"))) {
            return java.util.Optional.empty();
        }
        for (int i = run + 1; i < list.size(); i++) {
            String arg = list.get(i);
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("--plan") && i + 1 < list.size()) {
                return java.util.Optional.of(Path.of(list.get(i + 1)));
            }
            if (arg.startsWith("--plan=")) {
                return java.util.Optional.of(Path.of(arg.substring("--plan=".length())));
            }
        }
        return java.util.Optional.empty();
    }
}
