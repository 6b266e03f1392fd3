package dev.slsbench.cli;

import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.PlanOption;
import dev.slsbench.plan.PlanProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How run's flag values are read: durations, open-loop phases, list separators, plan problem names. */
class FlagParsingTest {

    @ParameterizedTest
    @CsvSource({"500ms, PT0.5S", "2s, PT2S", "1.5s, PT1.5S", "2m, PT2M", "1h, PT1H", "30, PT30S", "0.25, PT0.25S",
            "PT1M30S, PT1M30S", "0, PT0S", "30 s, PT30S", "pt5s, PT5S", "250MS, PT0.25S"})
    void readsDurationsInTheUnitsPeopleType(String text, String iso) {
        assertThat(DurationConverter.parse(text)).isEqualTo(Duration.parse(iso));
    }

    @Test
    void rejectsADurationItCannotRead() {
        assertThatThrownBy(() -> DurationConverter.parse("2 weeks")).isInstanceOf(TypeConversionException.class)
                .hasMessage("'2 weeks' is not a duration such as 500ms, 2s, 1.5m or 30 (seconds)");
    }

    @Test
    void readsAnOpenLoopPhase() {
        assertThat(new OpenLoopPhaseConverter().convert("20:30s:2048:4"))
                .isEqualTo(new OpenLoopPhase(20, Duration.ofSeconds(30), 2048, 4));
        assertThatThrownBy(() -> new OpenLoopPhaseConverter().convert("20:30s:2048"))
                .hasMessageContaining("is not RATE:DURATION:MEMORY_MB:MAX_CONCURRENCY");
    }

    @Test
    void listFlagsTakeSpaceAndCommaSeparatedValues() {
        RunCommand spaced = parse("--memory-sizes", "1024", "2048", "--client-multipliers", "1", "1.5");
        RunCommand commas = parse("--memory-sizes", "1024,2048", "--client-multipliers", "1,1.5");
        RunCommand repeated = parse("--memory-sizes", "1024", "--memory-sizes", "2048", "--client-multipliers=1,1.5");

        for (RunCommand run : new RunCommand[] {spaced, commas, repeated}) {
            assertThat(run.plan.memorySizesMb).containsExactly(1024, 2048);
            assertThat(run.plan.clientMultipliers).containsExactly(1.0, 1.5);
            assertThat(run.model).isEqualTo("m");
            assertThat(run.payloadFile).isEqualTo(Path.of("p.jsonl"));
        }
    }

    @Test
    void leavesUnsetFlagsToThePlansDefaults() {
        RunCommand run = parse();

        assertThat(run.plan.builder("m").build().memorySizesMb()).containsExactly(1024, 2048, 3072, 4096, 5120, 6144);
        assertThat(run.plan.builder("m").build().stabilityInvocations()).isEqualTo(1000);
        assertThat(run.plan.builder("m").build().includeConcurrency()).isTrue();
    }

    @Test
    void renamesPlanOptionsToTheirFlags() {
        assertThat(PlanProblemNames.withFlagName(new PlanProblem(PlanOption.CONCURRENCY_MAX_VALUES, 300,
                "is not within 1..200"))).isEqualTo("--concurrency-max: 300 is not within 1..200");
        assertThat(PlanProblemNames.withFlagName(PlanProblem.ofOpenLoopPhase(PlanOption.OPEN_LOOP_DURATION, 0,
                Duration.ZERO, "is not positive"))).isEqualTo("--open-loop #1 (duration): PT0S is not positive");
        assertThat(PlanProblemNames.withFlagName(new PlanProblem(PlanOption.MODEL_NAME, "a_b",
                "is not a SageMaker model name"))).isEqualTo("MODEL: 'a_b' is not a SageMaker model name");
    }

    @Test
    void findsThePlanFileBeforeParsing() {
        assertThat(SlsbenchCli.planFile("run", "m", "p", "--plan", "a.json")).contains(Path.of("a.json"));
        assertThat(SlsbenchCli.planFile("run", "m", "p", "--plan=b.json")).contains(Path.of("b.json"));
        assertThat(SlsbenchCli.planFile("convert", "--plan", "a.json")).isEmpty();
        assertThat(SlsbenchCli.planFile("run", "m", "p")).isEmpty();
    }

    private static RunCommand parse(String... flags) {
        RunCommand run = new RunCommand();
        String[] args = new String[flags.length + 2];
        args[0] = "m";
        args[1] = "p.jsonl";
        System.arraycopy(flags, 0, args, 2, flags.length);
        new CommandLine(run).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return run;
    }
}
