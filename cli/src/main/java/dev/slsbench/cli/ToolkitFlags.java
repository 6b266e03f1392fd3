package dev.slsbench.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The Python toolkit's own command-line flags ({@code python -m sm_serverless_benchmarking}),
 * accepted by {@code slsbench run} as aliases of its options so that a toolkit user's command
 * works unchanged: each sets the matching {@link PlanOptions} field with the toolkit's meaning.
 * Giving a flag in both spellings is refused rather than silently picking one.
 */
final class ToolkitFlags {

    @Option(names = "--memory_sizes", split = ",", arity = "1..*", paramLabel = "MB",
            description = "= --memory-sizes")
    List<Integer> memorySizes;

    @Option(names = "--stability_benchmark_invocations", paramLabel = "N", description = "= --stability-invocations")
    Integer stabilityInvocations;

    @Option(names = "--stability_benchmark_error_thresh", paramLabel = "N",
            description = "= --error-threshold N --toolkit-error-threshold (throttles count)")
    Integer errorThreshold;

    @Option(names = "--no_include_concurrency_benchmark", description = "= --no-concurrency")
    Boolean noConcurrency;

    @Option(names = "--concurrency_benchmark_max_conc", split = ",", arity = "1..*", paramLabel = "N",
            description = "= --concurrency-max")
    List<Integer> concurrencyMax;

    @Option(names = "--concurrency_benchmark_invocations", paramLabel = "N",
            description = "= --concurrency-invocations")
    Integer concurrencyInvocations;

    @Option(names = "--concurrency_num_clients_multiplier", split = ",", arity = "1..*", paramLabel = "X",
            description = "= --client-multipliers")
    List<Double> clientMultipliers;

    @Option(names = "--result_save_path", paramLabel = "DIR",
            description = "= --output: results go straight into DIR, as the toolkit writes them")
    Path resultSavePath;

    @Option(names = "--cold_start_delay", paramLabel = "SECONDS",
            description = "= --cold-start-delay, in whole seconds as the toolkit takes it")
    Integer coldStartDelaySeconds;

    /** The long names of these flags, which a {@code --plan} file does not take (it uses slsbench's names). */
    static final List<String> NAMES = List.of("memory_sizes", "stability_benchmark_invocations",
            "stability_benchmark_error_thresh", "no_include_concurrency_benchmark", "concurrency_benchmark_max_conc",
            "concurrency_benchmark_invocations", "concurrency_num_clients_multiplier", "result_save_path",
            "cold_start_delay");

    private Predicate<String> onCommandLine = name -> false;

    /**
     * Copies every toolkit flag given onto {@code plan}; a toolkit flag beats a {@code --plan}
     * file's value for the same option, as any command-line flag does.
     *
     * @param onCommandLine whether slsbench's own flag of that name was given on the command line
     * @return one problem per option given in both spellings, and for a negative delay
     */
    List<String> applyTo(PlanOptions plan, Predicate<String> onCommandLine) {
        this.onCommandLine = onCommandLine;
        List<String> problems = new ArrayList<>();
        plan.memorySizesMb = merge(problems, "--memory-sizes", plan.memorySizesMb, "--memory_sizes", memorySizes);
        plan.stabilityInvocations = merge(problems, "--stability-invocations", plan.stabilityInvocations,
                "--stability_benchmark_invocations", stabilityInvocations);
        plan.errorThreshold = merge(problems, "--error-threshold", plan.errorThreshold,
                "--stability_benchmark_error_thresh", errorThreshold);
        if (errorThreshold != null) {
            plan.toolkitErrorThreshold = true;
        }
        plan.noConcurrency = merge(problems, "--no-concurrency", plan.noConcurrency,
                "--no_include_concurrency_benchmark", noConcurrency);
        plan.concurrencyMaxValues = merge(problems, "--concurrency-max", plan.concurrencyMaxValues,
                "--concurrency_benchmark_max_conc", concurrencyMax);
        plan.concurrencyInvocations = merge(problems, "--concurrency-invocations", plan.concurrencyInvocations,
                "--concurrency_benchmark_invocations", concurrencyInvocations);
        plan.clientMultipliers = merge(problems, "--client-multipliers", plan.clientMultipliers,
                "--concurrency_num_clients_multiplier", clientMultipliers);
        plan.output = merge(problems, "--output", plan.output, "--result_save_path", resultSavePath);
        if (coldStartDelaySeconds != null && coldStartDelaySeconds < 0) {
            problems.add("--cold_start_delay " + coldStartDelaySeconds + " is negative; give whole seconds, e.g. 30");
        } else {
            Duration delay = coldStartDelaySeconds == null ? null : Duration.ofSeconds(coldStartDelaySeconds);
            plan.coldStartDelay = merge(problems, "--cold-start-delay", plan.coldStartDelay, "--cold_start_delay", delay);
        }
        return problems;
    }

    private <T> T merge(List<String> problems, String ours, T ourValue, String toolkits, T toolkitValue) {
        if (toolkitValue == null) {
            return ourValue;
        }
        if (onCommandLine.test(ours)) {
            problems.add(toolkits + " is the toolkit's name for " + ours + "; give one of them, not both");
            return ourValue;
        }
        return toolkitValue;
    }
}
