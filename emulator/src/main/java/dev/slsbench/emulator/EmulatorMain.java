package dev.slsbench.emulator;

import dev.slsbench.emulator.container.EnforcementMode;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * The emulator's command line ({@code java -jar slsbench-emulator.jar}): starts a
 * {@link LocalSageMaker}, prints {@code slsbench emulator listening on http://HOST:PORT} once it
 * accepts requests, and runs until SIGTERM or SIGINT, stopping every container on the way out.
 */
public final class EmulatorMain {

    static final String USAGE = """
            usage: java -jar slsbench-emulator.jar [options]
              --port N                   port to listen on (default 0: any free port)
              --host HOST                address to bind (default 127.0.0.1, loopback only)
              --image NAME=COMMAND       run image NAME with COMMAND (split on whitespace; repeatable)
              --idle-timeout DURATION    idle time before a container stops, e.g. 60s, 500ms, 2m (default 60s)
              --invocation-timeout DUR   longest a container may take to answer (default 60s)
              --enforcement MODE         auto | cgroup-v1 | polling | none (default auto)
              --max-endpoints N          account quota of serverless endpoints (default 50)
              --account-max-concurrency N  account quota of total MaxConcurrency (default 1000)
              --faults SPEC               inject faults, e.g. control-plane-throttle=0.2,runtime-5xx=0.01,seed=7
              --help                     show this help
            built-in images: slsbench/echo, slsbench/cpu, slsbench/memory, slsbench/fail-start
            """;

    private EmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmulatorOptions options;
        try {
            options = parse(args);
        } catch (HelpRequested e) {
            System.out.print(USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("slsbench emulator: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        try {
            serve(options, new PrintWriter(System.out, true, System.out.charset()),
                    new PrintWriter(System.err, true, System.err.charset()));
        } catch (IOException | RuntimeException e) {
            System.err.println("slsbench emulator: cannot start: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Runs an emulator in the foreground, the programmatic twin of {@link #main}: starts it, prints
     * {@code slsbench emulator listening on URL} to {@code out} once it accepts requests, and returns
     * only when the JVM shuts down (SIGTERM, SIGINT), after stopping every container and saying so on
     * {@code err}. Never exits the JVM itself.
     *
     * @throws IOException when the port cannot be bound
     * @throws IllegalStateException when the requested enforcement mode is not available on this host
     */
    public static void serve(EmulatorOptions options, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        LocalSageMaker emulator = LocalSageMaker.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            err.println("slsbench emulator stopped; every container is gone");
            err.flush();
            stopped.countDown();
        }, "slsbench-emulator-shutdown"));
        out.println("slsbench emulator listening on " + emulator.endpointUrl());
        out.flush();
        stopped.await();
    }

    static EmulatorOptions parse(String[] args) {
        EmulatorOptions.Builder builder = EmulatorOptions.builder();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                throw new HelpRequested();
            }
            String value;
            int equals = flag.indexOf('=');
            if (flag.startsWith("--") && equals > 0 && !flag.startsWith("--image")) {
                value = flag.substring(equals + 1);
                flag = flag.substring(0, equals);
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                value = args[++i];
            }
            switch (flag) {
                case "--port" -> builder.port(integer(flag, value));
                case "--host" -> builder.host(value);
                case "--image" -> builder.image(value);
                case "--idle-timeout" -> builder.idleTimeout(DurationParser.parseFlag(flag, value));
                case "--invocation-timeout" -> builder.invocationTimeout(DurationParser.parseFlag(flag, value));
                case "--enforcement" -> builder.enforcement(EnforcementMode.parse(value));
                case "--max-endpoints" -> builder.maxEndpoints(integer(flag, value));
                case "--account-max-concurrency" -> builder.accountMaxConcurrency(integer(flag, value));
                case "--faults" -> builder.faults(value);
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return builder.build();
    }

    private static int integer(String flag, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number, got: " + value);
        }
    }

    /** {@code --help} was given. */
    private static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super(null, null, false, false);
        }
    }
}
