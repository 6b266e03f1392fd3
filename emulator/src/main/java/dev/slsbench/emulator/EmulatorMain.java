package dev.slsbench.emulator;

import dev.slsbench.emulator.container.EnforcementMode;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
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
        LocalSageMaker emulator;
        try {
            emulator = LocalSageMaker.start(options);
        } catch (Exception e) {
            System.err.println("slsbench emulator: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            System.err.println("slsbench emulator stopped; every container is gone");
            stopped.countDown();
        }, "slsbench-emulator-shutdown"));
        PrintStream out = System.out;
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
                case "--idle-timeout" -> builder.idleTimeout(duration(flag, value));
                case "--invocation-timeout" -> builder.invocationTimeout(duration(flag, value));
                case "--enforcement" -> builder.enforcement(enforcement(value));
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

    /** Reads {@code 500ms}, {@code 60s}, {@code 2m}, {@code 1h}, ISO-8601 ({@code PT1M}) or bare seconds. */
    static Duration duration(String flag, String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("pt")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            if (text.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 1000));
            }
            if (text.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
            }
            if (text.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1)));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(flag + " needs a duration such as 60s, 500ms or 2m, got: " + value);
        }
    }

    private static EnforcementMode enforcement(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "auto" -> EnforcementMode.AUTO;
            case "cgroup-v1", "cgroup_v1", "cgroups" -> EnforcementMode.CGROUP_V1;
            case "polling" -> EnforcementMode.POLLING;
            case "none" -> EnforcementMode.NONE;
            default -> throw new IllegalArgumentException("--enforcement must be auto, cgroup-v1, polling or none, got: " + value);
        };
    }

    /** {@code --help} was given. */
    private static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super(null, null, false, false);
        }
    }
}
