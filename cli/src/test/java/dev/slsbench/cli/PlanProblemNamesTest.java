package dev.slsbench.cli;

import dev.slsbench.plan.PlanOption;
import dev.slsbench.plan.PlanProblem;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Plan problems named with the CLI's flags, for every plan option. */
class PlanProblemNamesTest {

    private static CommandSpec run() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return SlsbenchCli.commandLine(sink, sink).getSubcommands().get("run").getCommandSpec();
    }

    @Test
    void namesEveryPlanOptionWithAFlagOrArgumentOfRun() {
        CommandSpec run = run();

        assertThat(Arrays.asList(PlanOption.values())).allSatisfy(option -> {
            String flag = PlanProblemNames.flag(option);
            if (flag.equals("MODEL")) {
                assertThat(run.positionalParameters()).extracting(p -> p.paramLabel()).contains("MODEL");
            } else {
                assertThat(run.findOption(flag)).as("%s names a flag of run: %s", option, flag).isNotNull();
            }
        });
    }

    @Test
    void wordsAProblemWithTheFlagAndAnOpenLoopPhaseWithItsNumberAndField() {
        assertThat(PlanProblemNames.withFlagName(new PlanProblem(PlanOption.MEMORY_SIZES_MB, 1000, "is not one of 1024")))
                .isEqualTo("--memory-sizes: 1000 is not one of 1024");
        assertThat(PlanProblemNames.withFlagName(PlanProblem.ofOpenLoopPhase(PlanOption.OPEN_LOOP_DURATION, 1,
                Duration.ZERO, "is not positive"))).isEqualTo("--open-loop #2 (duration): PT0S is not positive");
        assertThat(PlanProblemNames.withFlagName(PlanProblem.ofOpenLoopPhase(PlanOption.OPEN_LOOP_PHASES, 0, null,
                "is not a phase"))).isEqualTo("--open-loop #1: null is not a phase");
        assertThat(PlanProblemNames.withFlagName(new PlanProblem(PlanOption.MODEL_NAME, "x y", "is not a name")))
                .isEqualTo("MODEL: 'x y' is not a name");
        assertThat(List.of(PlanOption.values())).extracting(PlanProblemNames::flag).doesNotContainNull();
    }
}
