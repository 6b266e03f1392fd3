package dev.slsbench.cli;

import dev.slsbench.emulator.EmulatorMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code slsbench emulator}: the local SageMaker Serverless emulator in the foreground, exactly
 * as {@code java -jar slsbench-emulator.jar} runs it ({@link EmulatorMain} parses the flags,
 * prints the listening line and stops every container on Ctrl-C). The flags are declared here
 * too, for {@code --help} and for errors that name them.
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

    @Override
    public Integer call() throws InterruptedException {
        EmulatorMain.main(arguments().toArray(String[]::new));
        return ExitCodes.OK;
    }

    /** The flags given, in the emulator's own syntax. */
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        add(args, "--port", port == null ? null : port.toString());
        add(args, "--host", host);
        images.forEach(image -> add(args, "--image", image));
        add(args, "--idle-timeout", idleTimeout);
        add(args, "--invocation-timeout", invocationTimeout);
        add(args, "--enforcement", enforcement);
        return args;
    }

    private static void add(List<String> args, String flag, String value) {
        if (value != null) {
            args.add(flag);
            args.add(value);
        }
    }
}
