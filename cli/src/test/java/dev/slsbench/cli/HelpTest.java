package dev.slsbench.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command explains itself with examples; the top level names the commands and the version. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"run", "job", "cleanup", "convert", "emulator", "report"})
    void everyCommandHasHelpWithExamples(String command) {
        CliRun help = CliRun.of(command, "--help");

        assertThat(help.exitCode()).as(help.toString()).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).contains("slsbench " + command, "Examples:", "  slsbench " + command + " ");
        assertThat(help.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    }

    @Test
    void runHelpListsTheToolkitFlagsAndTheExitCodes() {
        CliRun help = CliRun.of("run", "--help");

        assertThat(help.out()).contains("--memory-sizes", "--stability-invocations", "--error-threshold",
                "--concurrency-max", "--client-multipliers", "--concurrency-invocations", "--cold-start-delay",
                "--no-concurrency", "--output", "--endpoint-url", "--local", "--region", "--image", "--emulator-image",
                "--plan", "--dry-run", "--sla-p99-ms", "Exit codes: 0 completed and every SLA held, 1 an SLA failed,");
    }

    @Test
    void runHelpListsThePythonToolkitsFlagsUnderTheirOwnHeading() {
        String help = CliRun.of("run", "--help").out();

        String section = help.substring(help.indexOf("The Python toolkit's flags"), help.indexOf("Target:"));
        assertThat(section).contains("--memory_sizes", "--stability_benchmark_invocations",
                "--stability_benchmark_error_thresh", "--no_include_concurrency_benchmark",
                "--concurrency_benchmark_max_conc", "--concurrency_benchmark_invocations",
                "--concurrency_num_clients_multiplier", "--result_save_path", "--cold_start_delay");
    }

    @Test
    void topLevelHelpNamesTheCommands() {
        CliRun help = CliRun.of("--help");

        assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).contains("run", "cleanup", "convert", "emulator", "report", "Exit codes of run:");
    }

    @Test
    void printsTheVersion() {
        CliRun version = CliRun.of("--version");

        assertThat(version.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(version.out()).startsWith("slsbench " + SlsbenchVersion.version()).contains("Java ");
        assertThat(SlsbenchVersion.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void exitsWith2WithoutACommand() {
        CliRun none = CliRun.of();

        assertThat(none.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err()).contains("name a command: run, job, cleanup, convert, emulator or report");
    }

    @Test
    void exitsWith2OnAnUnknownCommand() {
        CliRun typo = CliRun.of("rnu");

        assertThat(typo.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(typo.err()).contains("Unmatched argument at index 0: 'rnu'", "Did you mean: slsbench ");
    }

    @Test
    void namesAMissingPositionalParameter() {
        CliRun missing = CliRun.of("run", "my-model");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("Missing required parameter: 'PAYLOADS.jsonl'");
    }
}
