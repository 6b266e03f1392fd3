package dev.slsbench.cli;

import dev.slsbench.emulator.DurationParser;
import dev.slsbench.emulator.EmulatorMain;
import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.container.EnforcementMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code slsbench emulator}: the local SageMaker Serverless emulator in the foreground, as
 * {@code java -jar slsbench-emulator.jar} runs it, with the same flags. The flags become
 * {@link EmulatorOptions} here and {@link EmulatorMain#serve} runs them (prints the listening line,
 * stops every container on Ctrl-C); a value the emulator cannot use is bad input (exit 2) naming
 * its flag, and nothing calls {@code System.exit} inside the command.
 */
@Command(name = "emulator", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = SlsbenchVersion.class,
        description = {
                "Runs the local SageMaker Serverless emulator in the foreground until Ctrl-C: the SageMaker,"
                        + " SageMaker Runtime and CloudWatch APIs on one loopback port, model containers as child"
                        + " processes with serverless semantics (cold starts, MaxConcurrency throttling, memory limits).",
                "Prints 'slsbench emulator listening on http://127.0.0.1:PORT'. Built-in images: slsbench/echo,"
                        + " slsbench/cpu, slsbench/memory, slsbench/fail-start."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  slsbench emulator --port 4566",
                "  slsbench emulator --port 4566 --image my/model='python3 serve.py' \\",
                "      --idle-timeout 30s",
                "  # then, in another shell:",
                "  slsbench run my-model payloads.jsonl \\",
                "      --endpoint-url http://127.0.0.1:4566 --image my/model"})
final class EmulatorCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "The port to listen on; 0 picks a free one. Default: 0.")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST", description = "The address to bind. Default: 127.0.0.1 (loopback only).")
    String host;

    @Option(names = "--image", paramLabel = "NAME=COMMAND",
            description = "Run image NAME (CreateModel's PrimaryContainer.Image) with COMMAND, split at whitespace."
                    + " Repeatable.")
    List<String> images = new ArrayList<>();

    @Option(names = "--idle-timeout", paramLabel = "DURATION",
            description = "Idle time before a container stops (scale to zero), e.g. 60s, 500ms, 2m. Default: 60s.")
    String idleTimeout;

    @Option(names = "--invocation-timeout", paramLabel = "DURATION",
            description = "The longest a container may take to answer. Default: 60s.")
    String invocationTimeout;

    @Option(names = "--enforcement", paramLabel = "MODE",
            description = "Memory and CPU enforcement: auto, cgroup-v1, polling or none. Default: auto.")
    String enforcement;

    @Option(names = "--max-endpoints", paramLabel = "N",
            description = "The account quota of serverless endpoints; CreateEndpoint beyond it gets ResourceLimitExceeded."
                    + " Default: 50, as on SageMaker.")
    Integer maxEndpoints;

    @Option(names = "--account-max-concurrency", paramLabel = "N",
            description = "The account quota of MaxConcurrency summed over all serverless endpoints. Default: 1000,"
                    + " as on SageMaker (500 in smaller regions).")
    Integer accountMaxConcurrency;

    @Option(names = "--faults", paramLabel = "SPEC",
            description = "Inject faults, seeded: control-plane-throttle=P (ThrottlingException), runtime-5xx=P"
                    + " (InternalFailure/ServiceUnavailable), seed=N, e.g. control-plane-throttle=0.2,runtime-5xx=0.01.")
    String faults;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        EmulatorMain.serve(options(), spec.commandLine().getOut(), spec.commandLine().getErr());
        return ExitCodes.OK;
    }

    /**
     * The emulator's options from the flags given.
     *
     * @throws BadInputException naming the flag whose value the emulator cannot use
     */
    EmulatorOptions options() {
        EmulatorOptions.Builder options = EmulatorOptions.builder();
        try {
            Optional.ofNullable(port).ifPresent(options::port);
            Optional.ofNullable(host).ifPresent(options::host);
            images.forEach(options::image);
            Optional.ofNullable(idleTimeout).map(value -> DurationParser.parseFlag("--idle-timeout", value)).ifPresent(options::idleTimeout);
            Optional.ofNullable(invocationTimeout).map(value -> DurationParser.parseFlag("--invocation-timeout", value))
                    .ifPresent(options::invocationTimeout);
            Optional.ofNullable(enforcement).map(EnforcementMode::parse).ifPresent(options::enforcement);
            Optional.ofNullable(maxEndpoints).ifPresent(options::maxEndpoints);
            Optional.ofNullable(accountMaxConcurrency).ifPresent(options::accountMaxConcurrency);
            Optional.ofNullable(faults).ifPresent(options::faults);
            return options.build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
