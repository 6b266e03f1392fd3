package dev.slsbench.cli;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.container.EnforcementMode;
import dev.slsbench.emulator.controlplane.AccountQuotas;
import dev.slsbench.emulator.fault.FaultPlan;
import dev.slsbench.emulator.images.BuiltInImage;
import dev.slsbench.provision.AwsTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code slsbench emulator} runs the emulator in the foreground with the emulator's own flags. */
class EmulatorCommandTest {

    private static final Pattern LISTENING = Pattern.compile("slsbench emulator listening on (http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path dir;

    @Test
    void servesTheSageMakerApiUntilStopped() throws Exception {
        try (ChildJvm child = ChildJvm.start(dir, "emulator", "--port", "0", "--idle-timeout", "5s")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> LISTENING.matcher(child.out()).find()
                    || !child.process().isAlive());
            Matcher url = LISTENING.matcher(child.out());
            assertThat(url.find()).as(child.toString()).isTrue();
            try (SageMakerClient sageMaker = SageMakerClient.builder().endpointOverride(URI.create(url.group(1)))
                    .region(Region.US_EAST_1).credentialsProvider(AwsTarget.dummyCredentials()).build()) {
                assertThat(sageMaker.listEndpoints().endpoints()).isEmpty();
            }

            child.process().destroy();

            assertThat(child.awaitExit(30)).as(child.toString()).isNotEqualTo(-1);
            assertThat(child.err()).contains("slsbench emulator stopped");
        }
    }

    @Test
    void namesABadFlagValue() throws Exception {
        try (ChildJvm child = ChildJvm.start(dir, "emulator", "--idle-timeout", "soon")) {
            assertThat(child.awaitExit(30)).as(child.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(child.err()).contains("--idle-timeout needs a duration such as 60s, 500ms or 2m, got: soon");
        }
    }

    @Test
    void turnsItsFlagsIntoTheEmulatorsOptions() {
        EmulatorCommand command = new EmulatorCommand();
        new CommandLine(command).parseArgs("--port", "4566", "--image", "my/model=python3 serve.py",
                "--image", "other=slsbench/cpu", "--idle-timeout", "30s", "--enforcement", "polling",
                "--max-endpoints", "3", "--account-max-concurrency", "10", "--faults", "runtime-5xx=0.5,seed=2");

        EmulatorOptions options = command.options();

        assertThat(options.port()).isEqualTo(4566);
        assertThat(options.images()).containsEntry("my/model", List.of("python3", "serve.py"))
                .containsEntry("other", BuiltInImage.CPU.command());
        assertThat(options.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.enforcement()).isEqualTo(EnforcementMode.POLLING);
        assertThat(options.quotas()).isEqualTo(new AccountQuotas(3, 10));
        assertThat(options.faults()).isEqualTo(new FaultPlan(0, 0.5, 2));
    }

    @Test
    void refusesAValueTheEmulatorCannotUseAsBadInputBeforeStarting() {
        CliRun run = CliRun.of("emulator", "--faults", "runtime-5xx=2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("runtime-5xx needs a probability from 0 to 1, got: 2");
        assertThat(run.out()).doesNotContain("listening");
    }

    @Test
    void rejectsAnUnknownFlagBeforeStarting() {
        CliRun run = CliRun.of("emulator", "--prot", "4566");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Unknown options: '--prot'");
    }
}
