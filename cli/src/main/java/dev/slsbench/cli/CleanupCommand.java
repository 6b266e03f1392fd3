package dev.slsbench.cli;

import dev.slsbench.provision.AwsClients;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.provision.Cleanup;
import dev.slsbench.provision.ExpiredResources;
import dev.slsbench.provision.TeardownReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code slsbench cleanup}: deletes the endpoints and endpoint configs slsbench tagged (all of
 * them, or one run's) and lists what it deleted: what a run killed before its teardown left
 * behind. Resources without the slsbench tag are never touched. With {@code --expired} it deletes
 * only what every run deletes first: slsbench endpoints, configs and models whose lease ended.
 */
@Command(name = "cleanup", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = SlsbenchVersion.class,
        description = {
                "Deletes the endpoints and endpoint configs slsbench created and tagged (slsbench:created-by),"
                        + " of every run or of one run, and lists them. Anything not tagged by slsbench is left alone.",
                "With --expired: only those, and the models slsbench created, whose lease ended (a run killed"
                        + " before its teardown stops renewing it), as every run does before it starts.",
                "Exit codes: 0 everything found was deleted, 2 bad input, 3 something could not be listed or deleted."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  slsbench cleanup --region us-east-1",
                "  slsbench cleanup --region us-east-1 --run-id k3x9a",
                "  slsbench cleanup --region us-east-1 --expired",
                "  slsbench cleanup --endpoint-url http://127.0.0.1:4566"})
final class CleanupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "A SageMaker-compatible endpoint (e.g. a running emulator); default: AWS.")
    URI endpointUrl;

    @Option(names = "--region", paramLabel = "REGION", description = "The AWS region. Default: the SDK's region chain.")
    String region;

    @Option(names = "--run-id", paramLabel = "ID", description = "Delete only this run's resources.")
    String runId;

    @Option(names = "--expired", description = "Delete only resources whose lease ended (models included).")
    boolean expired;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AwsTarget target;
        try {
            AwsTarget probe = AwsTarget.builder().endpointUrl(endpointUrl).region(region).build();
            target = probe.toBuilder().credentialsProvider(probe.isLocal() ? AwsTarget.dummyCredentials() : null).build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--endpoint-url: " + e.getMessage());
        }
        String where = target.endpointUrl().map(URI::toString).orElse("AWS" + target.region().map(r -> " " + r).orElse(""));
        if (expired) {
            if (runId != null) {
                throw new BadInputException("--expired and --run-id: give one; --expired deletes any run's expired resources");
            }
            return deleteExpired(target, where, out, err);
        }
        TeardownReport report;
        try (AwsClients clients = AwsClients.create(target, 1)) {
            report = new Cleanup(clients.sageMaker()).delete(Optional.ofNullable(runId));
        } catch (SdkException e) {
            err.println("slsbench cleanup: cannot list the endpoints at " + where + ": " + e.getMessage());
            return ExitCodes.INCOMPLETE;
        }
        String scope = runId == null ? "slsbench" : "run " + runId;
        if (report.deletedEndpoints().isEmpty() && report.deletedEndpointConfigs().isEmpty() && report.isComplete()) {
            out.println("No " + scope + " endpoints or endpoint configs at " + where + ".");
        }
        report.deletedEndpoints().forEach(name -> out.println("deleted endpoint " + name));
        report.deletedEndpointConfigs().forEach(name -> out.println("deleted endpoint config " + name));
        report.failures().forEach(failure -> err.println("slsbench cleanup: could not delete " + failure));
        if (!report.deletedEndpoints().isEmpty() || !report.deletedEndpointConfigs().isEmpty()) {
            out.println("Deleted " + report.deletedEndpoints().size() + " endpoints and "
                    + report.deletedEndpointConfigs().size() + " endpoint configs of " + scope + " at " + where + ".");
        }
        return report.isComplete() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }

    private static int deleteExpired(AwsTarget target, String where, PrintWriter out, PrintWriter err) {
        ExpiredResources deleted;
        try (AwsClients clients = AwsClients.create(target, 1)) {
            deleted = new Cleanup(clients.sageMaker()).deleteExpired(Instant.now());
        }
        deleted.lines().forEach(out::println);
        deleted.failures().forEach(failure -> err.println("slsbench cleanup: " + failure));
        int count = deleted.endpoints().size() + deleted.endpointConfigs().size() + deleted.models().size();
        if (count == 0 && deleted.failures().isEmpty()) {
            out.println("No slsbench resources with an expired lease at " + where + ".");
        } else if (count > 0) {
            out.println("Deleted " + deleted.endpoints().size() + " endpoints, " + deleted.endpointConfigs().size()
                    + " endpoint configs and " + deleted.models().size() + " models with an expired lease at " + where + ".");
        }
        return deleted.failures().isEmpty() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }
}
